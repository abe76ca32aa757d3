// The contract's search methods, and the subscription that indexes articles as the library
// gets them (told on the event hub by whoever wrote them).
import { ok } from '../../src-shared/result'
import type { CoreEvents, EventHub } from '../core/events'
import type { HandlerSlice } from '../core/handler-slice'
import type { Library } from '../library/library'
import { indexableArticles } from './index-files'
import type { SearchService } from './search-service'

export function searchHandlers(search: SearchService): HandlerSlice<'search'> {
  return {
    'search.query': (input) => search.query(input),
    'search.status': async () => ok(search.status()),
  }
}

/** New and changed articles reach the index (a newer text hides the older). */
export function indexArticleChanges(
  events: EventHub<CoreEvents>,
  library: Library,
  search: SearchService,
): () => void {
  return events.on('articles.changed', async ({ ids }) => {
    if (!search.index || ids.length === 0) return
    const articles = []
    for await (const article of indexableArticles(library, ids)) articles.push(article)
    await search.index.addArticles(articles)
  })
}
