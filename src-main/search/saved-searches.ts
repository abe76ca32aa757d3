// Saved searches and their alerts (saved-searches.json): a query (with its filters) kept under a
// name, in the reader's order; for each, how many articles match and how many of those arrived
// since the reader last looked. Articles arrive by sync (the user's own library records when) and
// by archive update packs (recorded here when one is applied). When articles arrive, each saved
// search they match is told once, with how many (the desktop app shows one notification per
// search, never one per article).
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import type { SavedSearchView } from '../../src-shared/api'
import { parseSearch, isEmptySearch } from '../../src-shared/search-query'
import { safeKey } from '../../src-shared/safe-keys'
import { err, ok, type Result } from '../../src-shared/result'
import type { Library } from '../library/library'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import { searchArticles } from './article-search'
import type { SearchIndex } from './search-index'

export const MAX_SAVED_SEARCHES = 200
/** Arrivals by update pack kept (the newest), for "new since you looked". */
const MAX_ARRIVALS = 100_000
/** New articles a saved search lists by id (for marks); the count goes on beyond. */
const MAX_NEW_IDS = 200

const savedSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  name: z.string().min(1).max(200),
  query: z.string().min(1).max(2000),
  created: z.string(),
  /** When the reader last looked at its results (ISO). */
  seenAt: z.string(),
})
export type SavedSearch = z.infer<typeof savedSchema>

const schema = z.object({
  searches: z.array(savedSchema).max(MAX_SAVED_SEARCHES),
  /** Articles an update pack brought, and when (ISO). */
  arrivals: z.record(safeKey, z.string()),
})
type Data = z.infer<typeof schema>

export function openSavedSearchStore(dataDir: string, now?: () => Date): Promise<JsonStore<Data>> {
  return openJsonStore({
    file: join(dataDir, 'saved-searches.json'),
    label: 'store.savedSearches',
    schema,
    defaults: () => ({ searches: [], arrivals: {} }),
    version: 1,
    now,
  })
}

export interface SearchMatch {
  search: SavedSearch
  /** How many of the arrived articles it matches. */
  count: number
}

export function createSavedSearches(o: {
  store: JsonStore<Data>
  library: Library | null
  index: () => SearchIndex | null
  now: () => Date
}) {
  const { store } = o

  /** Ids of the articles that arrived after `time`. */
  const arrivedSince = (time: string): Set<string> => {
    const ids = new Set(o.library?.addedAfter(time) ?? [])
    for (const [id, at] of Object.entries(store.data.arrivals)) if (at > time) ids.add(id)
    return ids
  }

  /** How many articles match `query`, among `allowed` when given; with up to `ids` of them. */
  const matching = (query: string, allowed: Set<string> | null, ids = 0) => {
    const index = o.index()
    const parsed = parseSearch(query)
    if (!index || isEmptySearch(parsed) || allowed?.size === 0) return { total: 0, ids: [] }
    const found = searchArticles(index.segments(), parsed, { offset: 0, limit: ids, allowed })
    return { total: found.total, ids: found.hits.map((h) => h.id) }
  }

  const view = (s: SavedSearch): SavedSearchView => {
    const all = matching(s.query, null)
    const fresh = matching(s.query, arrivedSince(s.seenAt), MAX_NEW_IDS)
    return { ...s, total: all.total, fresh: fresh.total, freshIds: fresh.ids }
  }

  const find = (id: string): SavedSearch | Result<never> =>
    store.data.searches.find((s) => s.id === id) ?? err('not_found', { key: 'savedSearch.gone' })

  return {
    list: (): SavedSearchView[] => store.data.searches.map(view),

    async save(name: string, query: string): Promise<Result<SavedSearchView>> {
      if (store.data.searches.length >= MAX_SAVED_SEARCHES)
        return err('invalid_input', {
          key: 'savedSearch.tooMany',
          values: { max: MAX_SAVED_SEARCHES },
        })
      if (isEmptySearch(parseSearch(query)))
        return err('invalid_input', { key: 'savedSearch.empty' })
      const at = o.now().toISOString()
      const saved: SavedSearch = {
        id: randomBytes(8).toString('hex'),
        name: name.trim(),
        query: query.trim(),
        created: at,
        seenAt: at,
      }
      await store.update((d) => void d.searches.push(saved))
      return ok(view(saved))
    },

    async edit(
      id: string,
      change: { name?: string; query?: string },
    ): Promise<Result<SavedSearchView>> {
      const found = find(id)
      if ('ok' in found) return found
      if (change.query !== undefined && isEmptySearch(parseSearch(change.query)))
        return err('invalid_input', { key: 'savedSearch.empty' })
      const next = {
        ...found,
        ...(change.name !== undefined ? { name: change.name.trim() } : {}),
        ...(change.query !== undefined ? { query: change.query.trim() } : {}),
      }
      await store.update((d) => {
        d.searches = d.searches.map((s) => (s.id === id ? next : s))
      })
      return ok(view(next))
    },

    /** Moves a saved search to position `to` (0 first). */
    async move(id: string, to: number): Promise<Result<SavedSearchView[]>> {
      const found = find(id)
      if ('ok' in found) return found
      await store.update((d) => {
        const rest = d.searches.filter((s) => s.id !== id)
        rest.splice(Math.max(0, Math.min(to, rest.length)), 0, found)
        d.searches = rest
      })
      return ok(store.data.searches.map(view))
    },

    async remove(id: string): Promise<Result<null>> {
      const found = find(id)
      if ('ok' in found) return found
      await store.update((d) => {
        d.searches = d.searches.filter((s) => s.id !== id)
      })
      return ok(null)
    },

    /** The reader looked at the results: nothing is new any more. */
    async seen(id: string): Promise<Result<SavedSearchView>> {
      const found = find(id)
      if ('ok' in found) return found
      const next = { ...found, seenAt: o.now().toISOString() }
      await store.update((d) => {
        d.searches = d.searches.map((s) => (s.id === id ? next : s))
      })
      return ok(view(next))
    },

    /** Saved searches from a settings file, after the reader's own: those already here (the
     * same name and query) are not added again, nor any past the most kept. Nothing is new in
     * them yet. With `dryRun`, only says what it would do. */
    async importMany(
      list: readonly { name: string; query: string }[],
      dryRun: boolean,
    ): Promise<{ added: string[]; present: number; overLimit: number }> {
      const key = (s: { name: string; query: string }) => `${s.name}\u0000${s.query}`
      const have = new Set(store.data.searches.map(key))
      const at = o.now().toISOString()
      const adding: SavedSearch[] = []
      let present = 0
      let overLimit = 0
      for (const s of list) {
        if (have.has(key(s))) {
          present++
          continue
        }
        if (store.data.searches.length + adding.length >= MAX_SAVED_SEARCHES) {
          overLimit++
          continue
        }
        have.add(key(s))
        adding.push({ id: randomBytes(8).toString('hex'), ...s, created: at, seenAt: at })
      }
      if (!dryRun && adding.length) await store.update((d) => void d.searches.push(...adding))
      return { added: adding.map((s) => s.name), present, overLimit }
    },

    /** Articles an update pack brought: recorded, so that they count as new. */
    async arrivedByPack(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return
      const at = o.now().toISOString()
      await store.update((d) => {
        for (const id of ids) d.arrivals[id] = at
        const entries = Object.entries(d.arrivals)
        if (entries.length > MAX_ARRIVALS)
          d.arrivals = Object.fromEntries(
            entries.sort((a, b) => b[1].localeCompare(a[1])).slice(0, MAX_ARRIVALS),
          )
      })
    },

    /** The saved searches that articles `ids` (just arrived) match, with how many each. */
    matchesOf(ids: readonly string[]): SearchMatch[] {
      if (ids.length === 0) return []
      const arrived = new Set(ids)
      return store.data.searches
        .map((search) => ({ search, count: matching(search.query, arrived).total }))
        .filter((m) => m.count > 0)
    },
  }
}

export type SavedSearches = ReturnType<typeof createSavedSearches>
