// Resolves one query term against the index segments: which articles match it, how often, and
// how many articles match it overall (for its weight). Words go through the stem index in every
// language in scope; prefixes expand to the exact words they start; phrases intersect exact
// words and check their positions. Also finds the words near a misspelt one, for typo tolerance.
import type { SearchTerm } from '../../src-shared/search-query'
import { baseLanguage, exactTerm, stemTerm } from './analyser'
import { EMPTY_POSTINGS, type PositionCursor, type PostingList, type Segment } from './segment'

/** A prefix is expanded to at most this many words, the most common ones. */
export const PREFIX_LIMIT = 64
/** Words with a prefix looked at to choose them (a one-letter prefix has tens of thousands). */
const PREFIX_SCAN = 20_000

export interface TermMatch {
  /** Per segment, the matching articles with the term's count in each. */
  postings: PostingList[]
  /** Articles matching in all segments. */
  df: number
  /** Folded exact forms and stem keys to highlight in snippets. */
  exact: string[]
  stems: string[]
  prefixes: string[]
  /** For a prefix: how many words start with it (in the largest segment). */
  expanded?: number
  /** For a prefix: per segment, the words it was searched as. */
  words?: string[][]
}

/** Every language the segments hold, by base language. */
export function languagesIn(segments: readonly Segment[]): string[] {
  const langs = new Set<string>()
  for (const s of segments) for (const l of s.langs) langs.add(baseLanguage(l))
  return [...langs]
}

/** Union of posting lists, adding the counts of an article found in several. */
function union(lists: PostingList[], docCount: number): PostingList {
  const nonEmpty = lists.filter((l) => l.docs.length > 0)
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? EMPTY_POSTINGS
  const counts = new Int32Array(docCount)
  let distinct = 0
  for (const { docs, counts: c } of nonEmpty)
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!
      if (counts[doc] === 0) distinct++
      counts[doc] = counts[doc]! + c[k]!
    }
  const out = { docs: new Int32Array(distinct), counts: new Int32Array(distinct) }
  let at = 0
  for (let doc = 0; doc < docCount; doc++)
    if (counts[doc]) {
      out.docs[at] = doc
      out.counts[at++] = counts[doc]!
    }
  return out
}

/** How often the words occur one after another, given each word's sorted positions. */
function phraseCount(cursors: readonly PositionCursor[]): number {
  const first = cursors[0]!
  const at = new Int32Array(cursors.length)
  let count = 0
  for (let k = 0; k < first.count; k++) {
    const start = first.positions[k]!
    let all = true
    for (let w = 1; w < cursors.length; w++) {
      const c = cursors[w]!
      const want = start + w
      let i = at[w]!
      while (i < c.count && c.positions[i]! < want) i++
      at[w] = i
      if (i >= c.count) return count
      if (c.positions[i] !== want) {
        all = false
        break
      }
    }
    if (all) count++
  }
  return count
}

function phraseMatches(segment: Segment, words: string[]): PostingList {
  // One cursor per word of the phrase (a word used twice gets two cursors).
  const cursors: PositionCursor[] = []
  for (const w of words) {
    const cursor = segment.positionCursor(w)
    if (!cursor) return EMPTY_POSTINGS
    cursors.push(cursor)
  }
  // Candidates: the articles of the rarest word that hold every other word too.
  const rarest = cursors.reduce((a, b) => (b.list.docs.length < a.list.docs.length ? b : a))
  const seen = new Uint8Array(segment.docCount)
  for (const c of cursors) if (c !== rarest) for (const doc of c.list.docs) seen[doc]!++
  const need = cursors.length - 1
  const docs: number[] = []
  const counts: number[] = []
  for (const doc of rarest.list.docs) {
    if (seen[doc] !== need) continue
    for (const c of cursors) c.seek(doc)
    const count = phraseCount(cursors)
    if (count > 0) {
      docs.push(doc)
      counts.push(count)
    }
  }
  return { docs: Int32Array.from(docs), counts: Int32Array.from(counts) }
}

/** The articles matching one term, in every segment. */
export function resolveTerm(
  segments: readonly Segment[],
  term: SearchTerm,
  langs: readonly string[],
): TermMatch {
  const match: TermMatch = { postings: [], df: 0, exact: [], stems: [], prefixes: [] }
  if (term.kind === 'word') {
    match.stems = [...new Set(langs.map((l) => stemTerm(term.text, l)))]
    // One language's stems only occur in that language's articles: the lists are disjoint.
    match.postings = segments.map((s) =>
      union(
        match.stems.map((k) => s.stemPostings(k)),
        s.docCount,
      ),
    )
  } else if (term.kind === 'prefix') {
    const prefix = exactTerm(term.text)
    match.prefixes = [prefix]
    match.words = []
    match.postings = segments.map((s) => {
      const { chosen, expanded } = prefixWords(s, prefix)
      match.expanded = Math.max(match.expanded ?? 0, expanded)
      match.words!.push(chosen)
      return union(
        chosen.map((w) => s.exactPostings(w)),
        s.docCount,
      )
    })
  } else {
    const words = term.words.map(exactTerm)
    match.exact = words
    match.postings = segments.map((s) =>
      words.length === 1 ? s.exactPostings(words[0]!) : phraseMatches(s, words),
    )
  }
  for (const list of match.postings) match.df += list.docs.length
  return match
}

/** The words a prefix is searched as in a segment (the most common ones that start with it),
 * and how many start with it. */
export function prefixWords(
  segment: Segment,
  prefix: string,
): { chosen: string[]; expanded: number } {
  const { words, count } = segment.commonWordsWithPrefix(prefix, PREFIX_SCAN, PREFIX_LIMIT)
  return { chosen: words, expanded: count }
}

/** Words allowed one typo from 5 letters, two from 8; shorter ones none. */
export function typoBudget(word: string): number {
  const n = [...word].length
  return n >= 8 ? 2 : n >= 5 ? 1 : 0
}

/**
 * Indexed words within the typo budget of `word` (same first letter), most common first.
 * The first letter is rarely the mistyped one, and fixing it keeps the scan small.
 */
export function similarWords(segments: readonly Segment[], word: string, limit = 5): string[] {
  const folded = exactTerm(word)
  const budget = typoBudget(folded)
  if (budget === 0) return []
  const found = new Map<string, number>()
  const first = String.fromCodePoint(folded.codePointAt(0)!)
  for (const s of segments)
    for (const { term, df } of s.similarWords(first, folded, budget))
      found.set(term, (found.get(term) ?? 0) + df)
  return [...found]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([t]) => t)
}
