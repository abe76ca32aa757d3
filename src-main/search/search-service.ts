// The search behind the contract: parses the query, searches the article index and the
// annotations, and dresses the hits for the UI (titles, marks, snippets for the first few).
// A damaged index found mid-query starts a rebuild; the query still answers.
import type { Notice } from '../../src-shared/article'
import type { Annotation, NotebookEntry } from '../../src-shared/annotation'
import type { ParsedInput } from '../../src-shared/api'
import { err, ok, type Result } from '../../src-shared/result'
import type { ArticleHit, IndexStatus, NoteHit, SearchResults } from '../../src-shared/search'
import { isEmptySearch, parseSearch } from '../../src-shared/search-query'
import { BLOCK_SEPARATOR } from '../../src-shared/text'
import type { Library } from '../library/library'
import { searchArticles, type ArticleSearchResult } from './article-search'
import { docBlocks } from './doc-blocks'
import { NoteSearch } from './note-search'
import { SegmentDamaged } from './segment'
import { SearchIndex } from './search-index'
import { PREFIX_LIMIT } from './term-postings'
import { makeSnippet, markWords, queryHighlight, type Highlight } from './snippets'
import { placesOf, snippetAt, titleMarksAt, type Place } from './snippet-positions'
import { reasonOf } from '../core/error-reason'
import { verbatim, type Message } from '../../src-shared/i18n/translate'

export interface SearchServiceOptions {
  library: Library | null
  dataDir: string
  annotations: () => Promise<Annotation[]>
  verify?: boolean
  rebuildChunk?: number
  /** Merge the segments of added articles in the background (default true). */
  merge?: boolean
  onNotice?: (message: Message | null) => void
}

export interface SearchService {
  /** Why the index is being rebuilt, while it is (one notice, gone once it is done). */
  readonly notices: readonly Notice[]
  query(input: ParsedInput<'search.query'>): Promise<Result<SearchResults>>
  status(): IndexStatus
  readonly index: SearchIndex | null
  close(): void
}

const UNAVAILABLE: IndexStatus = {
  state: 'unavailable',
  done: 0,
  total: 0,
  reason: { key: 'search.noArchive' },
}

export function createSearchService(options: SearchServiceOptions): SearchService {
  const { library } = options
  const notices: Notice[] = []
  const index = library
    ? new SearchIndex({
        library,
        dataDir: options.dataDir,
        verify: options.verify,
        rebuildChunk: options.rebuildChunk,
        merge: options.merge,
        onNotice: (message) => {
          notices.splice(
            0,
            notices.length,
            ...(message ? [{ level: 'info' as const, code: 'search_rebuild', message }] : []),
          )
          options.onNotice?.(message)
        },
      })
    : null
  const notes = new NoteSearch()
  const status = () => index?.status() ?? UNAVAILABLE

  function articleContext(id: string) {
    const s = library?.summary(id)
    return { lang: s?.lang ?? 'und', section: s?.section ?? null }
  }

  async function snippetOf(
    id: string,
    title: string,
    hl: Highlight,
    lang: string,
    places: readonly Place[] | null,
  ) {
    // One small synchronous read each: a few of them cost less than asynchronous ones.
    const doc = await library!.docJson(id, { blocking: true })
    if (!doc.ok) return null
    const blocks = docBlocks(doc.value)
    // The index knows where the words are.
    const fromIndex = places ? snippetAt(title, blocks, places, hl, lang) : null
    if (fromIndex) return fromIndex
    // The title heading is shown above the snippet already.
    const from =
      blocks.length > 1 && blocks[0] === title ? blocks[0].length + BLOCK_SEPARATOR.length : 0
    return makeSnippet(blocks.join(BLOCK_SEPARATOR), hl, lang, from)
  }

  return {
    notices,
    index,
    status,
    close: () => index?.close(),
    async query(input) {
      const started = performance.now()
      const parsed = parseSearch(input.query)
      const empty: SearchResults = {
        articles: { total: 0, hits: [] },
        notes: { total: 0, hits: [] },
        corrected: [],
        problems: parsed.problems,
        sort: parsed.sort,
        index: status(),
        elapsedMs: 0,
      }
      if (isEmptySearch(parsed)) return ok(empty)
      let all: Annotation[]
      try {
        all = await options.annotations()
      } catch (error) {
        return err('unavailable', {
          key: 'search.annotationsUnread',
          values: { reason: reasonOf(error) },
        })
      }
      const noteFilter =
        parsed.filters.tags.length + parsed.filters.colors.length > 0 || parsed.filters.hasNotes
      const allowed = noteFilter
        ? new Set(
            all.filter((a) => NoteSearch.passesNoteFilters(a, parsed)).map((a) => a.articleId),
          )
        : null

      let found: ArticleSearchResult = {
        total: 0,
        hits: [],
        corrected: [],
        highlight: { exact: [], stems: [], prefixes: [] },
        broadPrefixes: [],
        prefixWords: new Map(),
      }
      const sources = index?.segments() ?? []
      if (index) {
        try {
          found = searchArticles(sources, parsed, {
            offset: input.offset,
            limit: input.limit,
            allowed,
          })
        } catch (error) {
          if (!(error instanceof SegmentDamaged)) throw error
          index.rebuild(verbatim(error.message.replace(/^search index damaged: /, '')))
        }
      }
      const highlight: Highlight = {
        ...found.highlight,
        weak: found.corrected.flatMap((c) => c.similar),
      }
      // Where the words are in the articles shown, from the index (read before any wait).
      let places: Place[][] = []
      try {
        places = placesOf(sources, found.hits, highlight, found.prefixWords)
      } catch (error) {
        if (!(error instanceof SegmentDamaged)) throw error
      }
      const hits: ArticleHit[] = await Promise.all(
        found.hits.map(async (hit, i): Promise<ArticleHit> => {
          const s = library!.summary(hit.id)
          const lang = s?.lang ?? 'und'
          const title = s?.title ?? hit.id
          return {
            id: hit.id,
            title,
            titleMarks:
              (places[i] && titleMarksAt(title, places[i])) ??
              markWords(title, found.highlight, lang),
            lang,
            date: s?.date ?? null,
            section: s?.section ?? null,
            score: hit.score,
            snippet:
              i < input.snippets
                ? await snippetOf(hit.id, title, highlight, lang, places[i] ?? null)
                : null,
          }
        }),
      )

      const noteMatches = notes.search(all, parsed, articleContext, null)
      const noteHits: NoteHit[] = noteMatches.slice(0, input.notesLimit).map(({ annotation }) => {
        const s = library?.summary(annotation.articleId)
        const lang = s?.lang ?? 'und'
        const hl = queryHighlight(parsed, lang)
        const entry: NotebookEntry = {
          ...annotation,
          articleTitle: s?.title ?? annotation.articleId,
          lang,
        }
        const tagHits = annotation.tags.filter((t) => markWords(t, hl, lang).length > 0)
        return {
          annotation: entry,
          quoteMarks: markWords(annotation.quote.exact, hl, lang),
          noteMarks: markWords(annotation.note, hl, lang),
          tagMatches: tagHits,
        }
      })
      return ok({
        ...empty,
        articles: { total: found.total, hits },
        notes: { total: noteMatches.length, hits: noteHits },
        corrected: found.corrected,
        problems: [
          ...parsed.problems,
          ...found.broadPrefixes.map(
            (b) =>
              `“${b.prefix}*” starts ${b.words.toLocaleString('en')} words; the ${PREFIX_LIMIT} most common were searched. Type more letters to narrow it.`,
          ),
        ],
        index: status(),
        elapsedMs: Math.round((performance.now() - started) * 10) / 10,
      })
    },
  }
}
