// Resolves one query term against the index segments: which articles match it, how often, and
// how many articles match it overall (for its weight). Words go through the stem index in every
// language in scope; prefixes expand to the exact words they start; phrases intersect exact
// words and check their positions. Also finds the words near a misspelt one, for typo tolerance.
import type { SearchTerm } from '../../src-shared/search-query'
import { baseLanguage, exactTerm, stemTerm } from './analyser'
import { EMPTY_POSTINGS, type PostingList, type Segment } from './segment'

/** Expanding a prefix stops at this many words (the most a short prefix is worth). */
export const PREFIX_LIMIT = 300

export interface TermMatch {
  /** Per segment, the matching articles with the term's count in each. */
  postings: PostingList[]
  /** Articles matching in all segments. */
  df: number
  /** Folded exact forms and stem keys to highlight in snippets. */
  exact: string[]
  stems: string[]
  prefixes: string[]
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
function phraseCount(positions: Int32Array[]): number {
  const first = positions[0]!
  const cursors = new Int32Array(positions.length)
  let count = 0
  for (let k = 0; k < first.length; k++) {
    const at = first[k]!
    let all = true
    for (let w = 1; w < positions.length; w++) {
      const list = positions[w]!
      const want = at + w
      let c = cursors[w]!
      while (c < list.length && list[c]! < want) c++
      cursors[w] = c
      if (c >= list.length || list[c] !== want) {
        all = false
        if (c >= list.length) return count
        break
      }
    }
    if (all) count++
  }
  return count
}

function phraseMatches(segment: Segment, words: string[]): PostingList {
  const lists = words.map((w) => segment.exactPostings(w))
  if (lists.some((l) => l.docs.length === 0)) return EMPTY_POSTINGS
  // Candidates: articles holding every word.
  const seen = new Uint8Array(segment.docCount)
  for (const list of lists) for (const doc of list.docs) seen[doc]!++
  const wanted = new Uint8Array(segment.docCount)
  let candidates = 0
  for (let doc = 0; doc < seen.length; doc++)
    if (seen[doc] === lists.length) {
      wanted[doc] = 1
      candidates++
    }
  if (candidates === 0) return EMPTY_POSTINGS
  const unique = [...new Set(words)]
  const byWord = new Map(unique.map((w) => [w, segment.positions(w, wanted)]))
  const docs: number[] = []
  const counts: number[] = []
  for (let doc = 0; doc < wanted.length; doc++) {
    if (!wanted[doc]) continue
    const count = phraseCount(words.map((w) => byWord.get(w)!.get(doc)!))
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
    match.postings = segments.map((s) =>
      union(
        s.wordsWithPrefix(prefix, PREFIX_LIMIT).map((w) => s.exactPostings(w.term)),
        s.docCount,
      ),
    )
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

let rowA = new Int32Array(64)
let rowB = new Int32Array(64)

/** Edit distance between a and b, or max + 1 once it is certain to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2)
    rowB = new Int32Array(b.length * 2 + 2)
  }
  let previous = rowA
  let row = rowB
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let best = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1
      const v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      row[j] = v
      if (v < best) best = v
    }
    if (best > max) return max + 1
    const t = previous
    previous = row
    row = t
  }
  return previous[b.length]!
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
    s.eachWordStartingWith(first, folded.length - budget, folded.length + budget, (term, df) => {
      if (term !== folded && boundedDistance(folded, term, budget) <= budget)
        found.set(term, (found.get(term) ?? 0) + df)
    })
  return [...found]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([t]) => t)
}
