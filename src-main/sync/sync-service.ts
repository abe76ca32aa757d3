// Sync on demand: for each enabled source, fetch its listing politely (conditionally, so an
// unchanged feed costs one 304), find the article links in it, fetch the ones the library does
// not have yet, and add them to the user's own library through the same importer as saved pages
// (their pictures fetched with them, keep-pictures.ts).
// A page that cannot be fetched or holds no article is reported with its reason; nothing already
// in the library is touched, and nothing is removed because it left a feed. Links over one run's
// limit, and those of a run cut short, wait in sync.json for the next run (a journal).
import { join } from 'node:path'
import { z } from 'zod'
import { storedMessage } from '../storage/stored-message'
import type {
  AddFilesReport,
  SyncProgress,
  SyncReport,
  SyncSourceLast,
  SyncSourceResult,
} from '../../src-shared/api'
import { charsetOf, decodeText } from '../library/import/decode-text'
import type { SourceFile } from '../library/import/import-file'
import type { Library } from '../library/library'
import type { UpdatedFiles } from '../library/own-library'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import { discoverLinks, type FoundLink } from './discover'
import { PoliteFetcher, type CacheEntry } from './polite-fetch'
import { createRunFetches, type RunFetches } from './run-fetches'
import { builtInSources, patternOf, sourceSchema, type Source } from './sources'
import { lookup, safeKey } from '../../src-shared/safe-keys'
import { type Message } from '../../src-shared/i18n/translate'
import { messageOf } from '../../src-shared/result'
import type { PictureBytes } from '../library/pictures/keep-pictures'
import { fileOf, pictureFetcher } from './fetched-files'

/** New articles fetched from one source in one run, at most: a first sync stays polite. */
export const MAX_NEW_PER_SOURCE = 100
/** Known articles a changed listing names that are asked again for changes, at most, a run. */
export const RECHECK_PER_SOURCE = 20
/** Sitemaps of a sitemap index read in one run, at most. */
const MAX_SITEMAPS = 10

const cacheSchema = z.object({
  etag: z.string().nullable().optional(),
  lastModified: z.string().nullable().optional(),
  bodyHash: z.string().nullable().optional(),
  freshUntil: z.number().nullable().optional(),
})
const stateSchema = z.object({
  sources: z.array(sourceSchema),
  /** What each source's listing answered last, by address. */
  cache: z.record(safeKey, cacheSchema),
  /** When each source was last synced (ISO), for the schedule. */
  lastRun: z.record(safeKey, z.string()).default({}),
  /** By source: article links found but not fetched yet (over the limit of one run, or in
   * flight when the last run was cut short). The next run starts with them. */
  pending: z.record(safeKey, z.array(z.string())).default({}),
  /** By address: pages that failed for a reason that may pass (no answer, a 5xx), how often in
   * a row, and when to ask again (a backoff), so that a page that never answers does not hold
   * every run. */
  failures: z
    .record(
      safeKey,
      z.object({ count: z.number().int().min(1), retryAfter: z.number(), reason: storedMessage }),
    )
    .default({}),
  /** By source: what its last run brought, for the sources screen. */
  lastResult: z
    .record(
      z.string(),
      z.object({
        finished: z.string(),
        added: z.number(),
        updated: z.number(),
        known: z.number(),
        failed: z.number(),
        error: storedMessage.nullable(),
      }),
    )
    .default({}),
})
type SyncState = z.infer<typeof stateSchema>

export interface SyncDeps {
  dataDir: string
  library: Library
  /** Adds fetched pages to the user's own library (and the search index). */
  addFiles: (files: SourceFile[], fetchPicture?: PictureBytes) => Promise<AddFilesReport>
  /** Takes pages of articles already there that changed: new versions, the old ones kept. */
  updateFiles?: (
    updates: { id: string; file: SourceFile }[],
    fetchPicture?: PictureBytes,
  ) => Promise<UpdatedFiles>
  fetcher?: PoliteFetcher
  now?: () => Date
  /** New articles fetched from one source in one run, at most (default MAX_NEW_PER_SOURCE). */
  maxNewPerSource?: number
}

export interface SyncService {
  sources(): Source[]
  /** When each source was last synced (ISO). */
  lastRuns(): Readonly<Record<string, string>>
  /** What each source's last run brought. */
  lastResults(): Readonly<Record<string, SyncSourceLast>>
  /** Where the run in progress is, source by source; null when none runs. */
  progress(): SyncProgress | null
  /** Replaces the sources; built-in ones the list leaves out come back, turned off. The list
   * must pass `sourcesProblem` first. */
  saveSources(sources: Omit<Source, 'builtIn'>[]): Promise<Source[]>
  run(
    ids?: readonly string[],
    onProgress?: (done: number, total: number) => void,
    /** A full refresh: nothing asked conditionally (for a server that lies about 304). */
    full?: boolean,
  ): Promise<SyncReport>
  readonly store: JsonStore<SyncState>
}

/** Why a list of sources cannot be saved (an id given twice, a pattern that is not a regular
 * expression), or null. */
export function sourcesProblem(list: readonly Omit<Source, 'builtIn'>[]): Message | null {
  const ids = new Set<string>()
  for (const s of list) {
    if (ids.has(s.id)) return { key: 'sync.sameId', values: { id: s.id } }
    ids.add(s.id)
    if (s.pattern !== null && !patternOf({ ...s, builtIn: false }))
      return { key: 'sync.badPattern', values: { name: s.name } }
  }
  return null
}

export async function openSyncService(deps: SyncDeps): Promise<SyncService> {
  let progress: SyncProgress | null = null
  const now = deps.now ?? (() => new Date())
  const fetcher = deps.fetcher ?? new PoliteFetcher()
  const limit = deps.maxNewPerSource ?? MAX_NEW_PER_SOURCE
  const fetchPicture = pictureFetcher(fetcher)
  const store = await openJsonStore<SyncState>({
    file: join(deps.dataDir, 'sync.json'),
    label: 'store.syncSources',
    schema: stateSchema,
    defaults: () => ({
      sources: builtInSources(),
      cache: {},
      lastRun: {},
      pending: {},
      failures: {},
      lastResult: {},
    }),
    version: 1,
    now,
  })

  /** The article links a source lists now (a sitemap index's sitemaps read too). */
  async function listing(source: Source, cache: Record<string, CacheEntry>, force: boolean) {
    const outcome = await fetcher.get(source.url, cache[source.url] ?? {}, { force })
    if (outcome.kind === 'failed')
      return {
        error: {
          key: 'sync.listingFailed',
          values: { url: source.url, reason: outcome.reason },
        } as Message,
      }
    cache[source.url] = outcome.cache
    if (outcome.kind === 'unchanged') return { links: [] as FoundLink[], unchanged: true }
    const text = decodeText(outcome.body, { declared: charsetOf(outcome.contentType), html: true })
    const found = discoverLinks(text, outcome.finalUrl, patternOf(source))
    if (!found.ok)
      return {
        error: {
          key: 'sync.listingFailed',
          values: { url: source.url, reason: messageOf(found.error) },
        } as Message,
      }
    if (found.value.kind !== 'sitemap-index') return { links: found.value.links, unchanged: false }
    const links: FoundLink[] = []
    for (const map of found.value.links.slice(0, MAX_SITEMAPS)) {
      const got = await fetcher.get(map.url)
      if (got.kind !== 'fetched') continue
      const inner = discoverLinks(decodeText(got.body, { html: true }), got.finalUrl)
      if (inner.ok) links.push(...inner.value.links)
    }
    return { links, unchanged: false }
  }

  /** Asks again for the articles a changed listing names that the library has (conditionally,
   * unless `force`), and takes the pages whose words changed as new versions. */
  async function recheck(
    run: RunFetches,
    links: readonly FoundLink[],
    cache: Record<string, CacheEntry>,
    result: SyncSourceResult,
  ): Promise<void> {
    // Not what this run just added: that is as new as it gets.
    const justAdded = new Set(result.added.map((a) => a.id))
    const own = links
      .map((l) => ({ url: l.url, id: deps.library.findBySource(l.url) }))
      .filter((k): k is { url: string; id: string } => !!k.id && !justAdded.has(k.id))
      .slice(0, RECHECK_PER_SOURCE)
    const outcomes = await Promise.all(
      own.map(async (k) => ({
        ...k,
        outcome: await run.fetch(k.url, lookup(cache, k.url)),
      })),
    )
    const updates: { id: string; file: SourceFile }[] = []
    for (const { id, url, outcome } of outcomes) {
      if (outcome.kind === 'failed') continue // Known already: not worth a failure line.
      cache[url] = outcome.cache
      if (outcome.kind === 'fetched') updates.push({ id, file: fileOf(outcome) })
    }
    if (!updates.length || !deps.updateFiles) return
    const done = await deps.updateFiles(updates, fetchPicture)
    result.updated = done.updated
  }

  async function runSource(
    run: RunFetches,
    source: Source,
    cache: Record<string, CacheEntry>,
    step: SyncProgress['sources'][number],
  ): Promise<SyncSourceResult> {
    const result: SyncSourceResult = {
      id: source.id,
      name: source.name,
      added: [],
      known: 0,
      failed: [],
      error: null,
      unchanged: false,
      updated: [],
    }
    const listed = await listing(source, cache, run.full)
    if ('error' in listed) return { ...result, error: listed.error ?? null }
    result.unchanged = listed.unchanged
    const waiting = store.data.pending[source.id] ?? []
    const listedUrls = new Set(listed.links.map((l) => l.url))
    const candidates = [
      ...listed.links,
      ...waiting.filter((url) => !listedUrls.has(url)).map((url) => ({ url })),
    ]
    const fresh = candidates.filter((l) => !deps.library.findBySource(l.url))
    result.known = listed.links.filter((l) => deps.library.findBySource(l.url)).length
    // The journal: what this run will fetch and what waits, saved before fetching, so a run
    // cut short is taken up again by the next one.
    await savePending(
      source.id,
      fresh.map((l) => l.url),
    )
    const batch = fresh.slice(0, limit)
    step.state = 'fetching'
    step.total = batch.length
    const pages = await Promise.all(
      batch.map(async (link) => {
        const outcome = await run.fetch(link.url)
        step.done++
        return { link, outcome }
      }),
    )
    const files: SourceFile[] = []
    // Pages that could not be fetched (a timeout, a 500) wait in the journal to be asked again
    // by a later run, once their backoff is over; an unchanged listing would not name them.
    const retry: string[] = []
    for (const { link, outcome } of pages) {
      if (outcome.kind === 'fetched') {
        files.push(fileOf(outcome))
        // Asked conditionally when it is checked for changes later.
        cache[link.url] = outcome.cache
      } else if (outcome.kind === 'failed') {
        run.report(result, source.name, link.url, outcome.reason)
        if (outcome.transient || run.deferred(link.url)) retry.push(link.url)
      }
    }
    if (files.length) {
      const report = await deps.addFiles(files, fetchPicture)
      const urlOf = new Map(files.map((f) => [f.name, f.url!]))
      result.added = report.added.map((a) => ({ id: a.id, title: a.title }))
      for (const s of report.skipped) {
        // Already there under another address (a redirect): known, not failed.
        if (s.reason.key === 'addFiles.alreadyHere') result.known++
        else run.report(result, source.name, urlOf.get(s.file) ?? s.file, s.reason)
      }
    }
    await savePending(source.id, [...fresh.slice(limit).map((l) => l.url), ...retry])
    if (!listed.unchanged) await recheck(run, listed.links, cache, result)
    return result
  }

  const savePending = (id: string, urls: string[]) =>
    store
      .update((draft) => {
        if (urls.length) draft.pending[id] = urls
        else delete draft.pending[id]
      })
      .catch(() => undefined) // Only a resumption is lost: the next listing finds them again.

  return {
    store,
    sources: () => store.data.sources,
    lastRuns: () => store.data.lastRun,
    lastResults: () => store.data.lastResult,
    progress: () => (progress ? structuredClone(progress) : null),
    async saveSources(list) {
      const ids = new Set(list.map((s) => s.id))
      const builtIn = new Set(builtInSources().map((s) => s.id))
      const next: Source[] = list.map((s) => ({ ...s, builtIn: builtIn.has(s.id) }))
      for (const b of builtInSources()) if (!ids.has(b.id)) next.push({ ...b, enabled: false })
      const saved = await store.update((draft) => {
        draft.sources = next
      })
      return saved.sources
    },
    async run(ids, onProgress, full = false) {
      const chosen = store.data.sources.filter((s) => (ids ? ids.includes(s.id) : s.enabled))
      const cache: Record<string, CacheEntry> = { ...store.data.cache }
      const results: SyncSourceResult[] = []
      const fetches = createRunFetches({
        fetcher,
        remembered: store.data.failures,
        now,
        full,
      })
      progress = {
        sources: chosen.map((s) => ({
          id: s.id,
          name: s.name,
          state: 'waiting',
          done: 0,
          total: 0,
        })),
      }
      try {
        for (const [i, source] of chosen.entries()) {
          const step = progress.sources[i]!
          step.state = 'listing'
          const result = await runSource(fetches, source, cache, step)
          results.push(result)
          Object.assign(step, {
            state: 'done',
            added: result.added.length,
            updated: result.updated.length,
            failed: result.failed.length,
            error: result.error,
          })
          onProgress?.(i + 1, chosen.length)
        }
      } finally {
        progress = null
        await fetches
          .remembered()
          .then((failures) =>
            store.update((draft) => {
              draft.failures = failures
            }),
          )
          .catch(() => undefined)
      }
      const finished = now().toISOString()
      await store
        .update((draft) => {
          draft.cache = cache as SyncState['cache']
          for (const r of results) {
            if (!r.error) draft.lastRun[r.id] = finished
            draft.lastResult[r.id] = {
              finished,
              added: r.added.length,
              updated: r.updated.length,
              known: r.known,
              failed: r.failed.length,
              error: r.error,
            }
          }
        })
        .catch(() => undefined) // Only what to ask conditionally next time is lost.
      return { finished, sources: results }
    },
  }
}
