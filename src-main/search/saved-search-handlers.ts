// The contract's saved-search methods, and the alerts: when articles arrive (a sync's new
// articles, an update pack's), each saved search they match is told on the event hub once, with
// how many (after the search index has them: it subscribed first).
import { ok } from '../../src-shared/result'
import type { CoreEvents, EventHub } from '../core/events'
import type { HandlerSlice } from '../core/handler-slice'
import type { SavedSearches } from './saved-searches'

export function savedSearchHandlers(saved: SavedSearches): HandlerSlice<'searches'> {
  return {
    'searches.list': async () => ok(saved.list()),
    'searches.save': ({ name, query }) => saved.save(name, query),
    'searches.edit': ({ id, name, query }) => saved.edit(id, { name, query }),
    'searches.move': ({ id, to }) => saved.move(id, to),
    'searches.delete': ({ id }) => saved.remove(id),
    'searches.seen': ({ id }) => saved.seen(id),
  }
}

/** Tells the hub which saved searches the articles that arrived match. */
export async function alertArrivals(
  events: EventHub<CoreEvents>,
  saved: SavedSearches,
  ids: readonly string[],
): Promise<void> {
  const matches = saved.matchesOf(ids)
  if (matches.length === 0) return
  await events.emit('searches.matched', {
    matches: matches.map((m) => ({ name: m.search.name, query: m.search.query, count: m.count })),
  })
}

/** New articles a sync brought are checked against the saved searches. */
export function alertOnNewArticles(events: EventHub<CoreEvents>, saved: SavedSearches): () => void {
  return events.on('articles.changed', async ({ ids, added }) => {
    if (added) await alertArrivals(events, saved, ids)
  })
}
