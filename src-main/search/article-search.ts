// Runs a parsed query over the index segments: every clause must match, exclusions must not,
// filters narrow by language, section, date and (through annotations) tag, colour and notes.
// Ranked by BM25 with recency breaking ties, or by date; only the page asked for is sorted.
// When the exact search finds almost nothing, longer words are retried with near spellings.
import type { ParsedSearch, SearchTerm } from '../../src-shared/search-query'
import { baseLanguage } from './analyser'
import { dayNumber, NO_DATE } from './segment-format'
import type { Segment } from './segment'
import {
  languagesIn,
  PREFIX_LIMIT,
  resolveTerm,
  similarWords,
  type TermMatch,
} from './term-postings'

const K1 = 1.2
const B = 0.75
/** Fewer results than this, and longer words are retried with near spellings. */
const FUZZY_BELOW = 3
/** A near spelling counts for this much of the word itself. */
const FUZZY_WEIGHT = 0.6
/** Clause counts past any query's (2,000 characters): never matches, and counted already. */
const EXCLUDED = 0xffff
const COUNTED = 0xfffe

export interface SearchSegment {
  segment: Segment
  /** Articles of this segment replaced by a newer segment or removed. */
  hidden: { has(doc: number): boolean; readonly size: number }
}

export interface ArticleSearchOptions {
  offset: number
  limit: number
  /** Articles allowed by annotation filters (tag, colour, has:notes); null for no such filter. */
  allowed: ReadonlySet<string> | null
}

export interface ArticleMatch {
  id: string
  /** Where it is in the index: which of the sources searched, and which article of it. */
  source: number
  doc: number
  score: number
  /** Days since 1970, or NO_DATE. */
  day: number
}

export interface ArticleSearchResult {
  total: number
  hits: ArticleMatch[]
  /** Words replaced by near spellings, with what they were replaced by. */
  corrected: { word: string; similar: string[] }[]
  /** What to highlight in snippets. */
  highlight: { exact: string[]; stems: string[]; prefixes: string[] }
  /** Per prefix searched, per source, the words it was searched as (snippets find them). */
  prefixWords: Map<string, string[][]>
  /** Prefixes that start more words than are searched, with how many they start. */
  broadPrefixes: { prefix: string; words: number }[]
}

interface Weighted {
  term: SearchTerm
  weight: number
}

export function searchArticles(
  sources: readonly SearchSegment[],
  query: ParsedSearch,
  options: ArticleSearchOptions,
): ArticleSearchResult {
  const first = run(
    sources,
    query,
    query.clauses.map((c) => c.map((term) => ({ term, weight: 1 }))),
    options,
  )
  if (first.total >= FUZZY_BELOW || query.clauses.length === 0) return first
  // Too little found: let each longer word also match its near spellings, and try again.
  const segments = sources.map((s) => s.segment)
  const corrected: ArticleSearchResult['corrected'] = []
  const clauses = query.clauses.map((clause) =>
    clause.flatMap((term): Weighted[] => {
      if (term.kind !== 'word') return [{ term, weight: 1 }]
      const similar = similarWords(segments, term.text)
      if (similar.length) corrected.push({ word: term.text, similar })
      return [
        { term, weight: 1 },
        ...similar.map((w) => ({
          term: { kind: 'phrase' as const, words: [w] },
          weight: FUZZY_WEIGHT,
        })),
      ]
    }),
  )
  if (corrected.length === 0) return first
  const second = run(sources, query, clauses, options)
  return second.total > first.total ? { ...second, corrected } : first
}

function run(
  sources: readonly SearchSegment[],
  query: ParsedSearch,
  clauses: Weighted[][],
  options: ArticleSearchOptions,
): ArticleSearchResult {
  const segments = sources.map((s) => s.segment)
  const f = query.filters
  const scope = f.langs.length ? [...new Set(f.langs.map(baseLanguage))] : languagesIn(segments)
  const totalDocs = segments.reduce((n, s) => n + s.docCount, 0)
  const totalLength = segments.reduce((n, s) => n + s.header.totalLength, 0)
  const avgLength = totalLength / Math.max(1, totalDocs)
  const highlight: ArticleSearchResult['highlight'] = { exact: [], stems: [], prefixes: [] }
  const broadPrefixes: ArticleSearchResult['broadPrefixes'] = []
  const prefixWords: ArticleSearchResult['prefixWords'] = new Map()

  const resolved = clauses.map((clause) =>
    clause.map(({ term, weight }) => {
      const match = resolveTerm(segments, term, scope)
      if (term.kind === 'prefix' && (match.expanded ?? 0) > PREFIX_LIMIT)
        broadPrefixes.push({ prefix: term.text, words: match.expanded! })
      highlight.exact.push(...match.exact)
      highlight.stems.push(...match.stems)
      highlight.prefixes.push(...match.prefixes)
      if (match.words) prefixWords.set(match.prefixes[0]!, match.words)
      return { match, weight }
    }),
  )
  const excluded = query.exclude.map((term) => resolveTerm(segments, term, scope))
  const fromDay = f.from ? dayNumber(f.from) : null
  const toDay = f.to ? dayNumber(f.to) : null
  const langSet = new Set(f.langs.map(baseLanguage))
  const sectionSet = new Set(f.sections.map((s) => s.toLowerCase()))

  // The articles found, as columns (no object each: a common word finds thousands), as many at
  // most as the first clause's articles.
  let capacity = 0
  sources.forEach(({ segment }, si) => {
    if (clauses.length === 0) capacity += segment.docCount
    else for (const { match } of resolved[0]!) capacity += match.postings[si]!.docs.length
  })
  const cSi = new Int32Array(capacity)
  const cDoc = new Int32Array(capacity)
  const cScore = new Float64Array(capacity)
  const cDay = new Int32Array(capacity)
  let total = 0
  sources.forEach(({ segment, hidden }, si) => {
    const n = segment.docCount
    const score = new Float64Array(n)
    // How many clauses each article matched so far (EXCLUDED: never; COUNTED: already taken).
    const matched = new Uint16Array(n)
    const idf = (df: number) => Math.log(1 + (totalDocs - df + 0.5) / (df + 0.5))
    const addClause = (i: number, match: TermMatch, weight: number) => {
      const w = idf(match.df) * weight
      const { docs, counts } = match.postings[si]!
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!
        const count = counts[k]!
        if (matched[doc]! < i) continue
        const norm = K1 * (1 - B + (B * segment.docLength[doc]!) / avgLength)
        score[doc]! += (w * (count * (K1 + 1))) / (count + norm)
        matched[doc] = i + 1
      }
    }
    resolved.forEach((clause, i) => {
      for (const { match, weight } of clause) addClause(i, match, weight)
    })
    const need = resolved.length
    for (const match of excluded)
      for (const doc of match.postings[si]!.docs) matched[doc] = EXCLUDED
    const langOk = segment.langs.map((l) => langSet.size === 0 || langSet.has(baseLanguage(l)))
    const sectionOk = segment.header.sections.map(
      (s) => sectionSet.size === 0 || sectionSet.has(s.toLowerCase()),
    )
    // Only the filters asked for are checked, article by article.
    const byLang = langSet.size > 0
    const bySection = sectionSet.size > 0
    const byDay = fromDay !== null || toDay !== null
    const anyHidden = hidden.size > 0
    const { docLang, docSection, docDate } = segment
    // Annotation filters name articles: look their ids up once (ids are built only then).
    const ids = options.allowed ? segment.ids() : null
    const consider = (doc: number) => {
      if (anyHidden && hidden.has(doc)) return
      if (byLang && !langOk[docLang[doc]!]) return
      if (bySection && !sectionOk[docSection[doc]!]) return
      const day = docDate[doc]!
      if (byDay && (day === NO_DATE || day < (fromDay ?? day) || day > (toDay ?? day))) return
      if (ids && !options.allowed!.has(ids[doc]!)) return
      cSi[total] = si
      cDoc[total] = doc
      cScore[total] = score[doc]!
      cDay[total] = day
      total++
    }
    if (need === 0) {
      for (let doc = 0; doc < n; doc++) if (matched[doc] === 0) consider(doc)
    } else {
      // Only articles of the first clause can match them all: those are looked at, not every
      // article of the segment.
      for (const { match } of resolved[0]!) {
        const docs = match.postings[si]!.docs
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!
          if (matched[doc] !== need) continue
          matched[doc] = COUNTED
          consider(doc)
        }
      }
    }
  })

  const byDate = query.sort === 'date' || resolved.length === 0
  // Scores equal to a thousandth are equal; ties go in index order, so the same query always
  // lists the same page.
  const rank = new Float64Array(total)
  for (let i = 0; i < total; i++) rank[i] = Math.round(cScore[i]! * 1000)
  const compare = byDate
    ? (a: number, b: number) => cDay[b]! - cDay[a]! || cScore[b]! - cScore[a]! || a - b
    : (a: number, b: number) => rank[b]! - rank[a]! || cDay[b]! - cDay[a]! || a - b
  // Ids are read only for the page shown.
  const page = topK(total, options.offset + options.limit, compare).slice(options.offset)
  return {
    total,
    hits: page.map((c) => ({
      id: segments[cSi[c]!]!.id(cDoc[c]!),
      source: cSi[c]!,
      doc: cDoc[c]!,
      score: cScore[c]!,
      day: cDay[c]!,
    })),
    corrected: [],
    broadPrefixes,
    prefixWords,
    highlight: {
      exact: [...new Set(highlight.exact)],
      stems: [...new Set(highlight.stems)],
      prefixes: [...new Set(highlight.prefixes)],
    },
  }
}

/** The first k of items 0 … count - 1 in `compare` order, without sorting them all. */
function topK(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return []
  if (count <= k * 4)
    return Array.from({ length: count }, (_, i) => i)
      .sort(compare)
      .slice(0, k)
  // A bounded heap with the worst kept item on top.
  const heap: number[] = []
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0
  const swap = (i: number, j: number) => {
    const t = heap[i]!
    heap[i] = heap[j]!
    heap[j] = t
  }
  for (let item = 0; item < count; item++) {
    if (heap.length < k) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && worse(l, m)) m = l
        if (r < heap.length && worse(r, m)) m = r
        if (m === i) break
        swap(i, m)
        i = m
      }
    }
  }
  return heap.sort(compare)
}
