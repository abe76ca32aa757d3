// One sync run's fetches of article pages, by address: each address is asked once per run,
// however many sources name it (the same outcome serves them all), and its failure is listed
// once, under the first source that met it, with the others' names beside it. A page that failed
// in earlier runs for a reason that may pass waits out its backoff (unless the run is a full
// refresh); after the run, failures are remembered with a longer wait, and a success forgets.
import type { SyncSourceResult } from '../../src-shared/api'
import { isSafeKey, lookup } from '../../src-shared/safe-keys'
import type { CacheEntry, FetchOutcome, PoliteFetcher } from './polite-fetch'
import { type Message } from '../../src-shared/i18n/translate'

export interface RememberedFailure {
  count: number
  /** When to ask again (ms since the epoch). */
  retryAfter: number
  reason: Message
}

/** Failures kept across runs, at most. */
const MAX_REMEMBERED = 2000

/** A failed page is asked again after 15 minutes, then 30, 60… and at least once a day. */
export function retryDelayMs(failures: number): number {
  return Math.min(15 * 60_000 * 2 ** (failures - 1), 24 * 60 * 60_000)
}

export function createRunFetches(o: {
  fetcher: Pick<PoliteFetcher, 'get'>
  /** Failures remembered from earlier runs, by address. */
  remembered: Readonly<Record<string, RememberedFailure>>
  now: () => Date
  full: boolean
}) {
  const outcomes = new Map<string, Promise<FetchOutcome>>()
  /** Addresses not asked this run: their backoff from earlier failures is not over. */
  const deferred = new Set<string>()
  const listed = new Map<string, SyncSourceResult['failed'][number]>()

  return {
    /** A full refresh: nothing asked conditionally, no backoff waited out. */
    full: o.full,
    /** The page's outcome in this run, asking for it only the first time. */
    fetch(url: string, cache: CacheEntry = {}): Promise<FetchOutcome> {
      let pending = outcomes.get(url)
      if (pending) return pending
      const before = lookup(o.remembered, url)
      if (before && !o.full && before.retryAfter > o.now().getTime()) {
        deferred.add(url)
        pending = Promise.resolve({
          kind: 'failed',
          url,
          reason: {
            key: 'sync.backingOff',
            values: {
              count: before.count,
              reason: before.reason,
              when: new Date(before.retryAfter),
            },
          },
        })
      } else pending = o.fetcher.get(url, cache, { force: o.full })
      outcomes.set(url, pending)
      return pending
    },

    /** Whether the page was not asked because its backoff is not over. */
    deferred: (url: string) => deferred.has(url),

    /** Lists a failed page once in the run's report, under the first source that met it. */
    report(result: SyncSourceResult, sourceName: string, url: string, reason: Message): void {
      const entry = listed.get(url)
      if (!entry) {
        const first = { url, reason }
        listed.set(url, first)
        result.failed.push(first)
      } else if (!result.failed.includes(entry) && !entry.alsoIn?.includes(sourceName)) {
        ;(entry.alsoIn ??= []).push(sourceName)
      }
    },

    /** The failures to remember after this run, given those remembered before. */
    async remembered(): Promise<Record<string, RememberedFailure>> {
      const settled = await Promise.all(
        [...outcomes].map(async ([url, p]) => [url, await p] as const),
      )
      const at = o.now().getTime()
      const failures = new Map(Object.entries(o.remembered))
      for (const [url, outcome] of settled) {
        if (deferred.has(url)) continue
        if (outcome.kind !== 'failed' || !outcome.transient) failures.delete(url)
        else {
          const count = (failures.get(url)?.count ?? 0) + 1
          failures.set(url, { count, retryAfter: at + retryDelayMs(count), reason: outcome.reason })
        }
      }
      // Only addresses that can be keys (a URL always can), and the latest.
      return Object.fromEntries(
        [...failures].filter(([url]) => isSafeKey(url)).slice(-MAX_REMEMBERED),
      )
    },
  }
}

export type RunFetches = ReturnType<typeof createRunFetches>
