// Sync on its own: at start (after a short pause, so opening the app comes first) and then as
// each source's interval comes round, but only when online. Offline is a normal state: the
// round is skipped quietly and tried again at the next check. Which sources are due is pure.
import { lookup } from 'node:dns/promises'
import type { SyncReport } from '../../src-shared/api'
import type { Source } from './sources'
import type { SyncService } from './sync-service'

/** The enabled sources whose interval has passed since they were last synced (or never were). */
export function dueSources(
  sources: readonly Source[],
  lastRun: Readonly<Record<string, string>>,
  now: Date,
): string[] {
  return sources
    .filter((s) => {
      if (!s.enabled) return false
      const last = Date.parse(lastRun[s.id] ?? '')
      return Number.isNaN(last) || now.getTime() - last >= s.intervalMinutes * 60_000
    })
    .map((s) => s.id)
}

/** A cheap check that the network is there: the first due source's host resolves. */
export async function canResolve(url: string): Promise<boolean> {
  try {
    await lookup(new URL(url).hostname)
    return true
  } catch {
    return false
  }
}

export interface AutoSyncOptions {
  sync: SyncService
  /** The host's own idea of being online (Electron's `net.isOnline()`), checked first. */
  isOnline?: () => boolean
  /** Told of each round that added articles (for a desktop notification). */
  onAdded?: (report: SyncReport, added: number) => void
  now?: () => Date
  firstDelayMs?: number
  checkEveryMs?: number
}

/** Starts syncing on its own; returns a function that stops it. */
export function startAutoSync({
  sync,
  isOnline,
  onAdded,
  now = () => new Date(),
  firstDelayMs = 15_000,
  checkEveryMs = 5 * 60_000,
}: AutoSyncOptions): () => void {
  let running = false
  let timer: NodeJS.Timeout | null = null
  const round = async () => {
    if (running) return
    running = true
    try {
      const sources = sync.sources()
      const due = dueSources(sources, sync.lastRuns(), now())
      const first = sources.find((s) => s.id === due[0])
      if (!first || (isOnline && !isOnline()) || !(await canResolve(first.url))) return
      const report = await sync.run(due)
      const added = report.sources.reduce((n, s) => n + s.added.length, 0)
      if (added > 0) onAdded?.(report, added)
    } catch {
      // A round that fails is tried again at the next check; its sources keep their reports.
    } finally {
      running = false
    }
  }
  const first = setTimeout(() => {
    void round()
    timer = setInterval(() => void round(), checkEveryMs)
    timer.unref()
  }, firstDelayMs)
  first.unref()
  return () => {
    clearTimeout(first)
    if (timer) clearInterval(timer)
  }
}
