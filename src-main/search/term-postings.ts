// Resolves one query term against the index segments: which articles match it, how often, and
// how many articles match it overall (for its weight). Words go through the stem index in every
// language in scope; prefixes expand to the exact words they start; phrases intersect exact
// words and check their positions. Also finds the words near a misspelt one, for typo tolerance.
import type { SearchTerm } from '../../src-shared/search-query'
import { baseLanguage, exactTerm, stemTerm } from './analyser'
import type { Posting, Segment } from './segment'

/** Expanding a prefix stops at this many words (the most a short prefix is worth). */
export const PREFIX_LIMIT = 300

export interface TermMatch {
  /** Per segment, the matching articles (sorted by article) with the term's count in each. */
  postings: Posting[][]
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

function mergeTwo(a: Posting[], b: Posting[]): Posting[] {
  const out: Posting[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x.doc < y.doc) {
      out.push(x)
      i++
    } else if (y.doc < x.doc) {
      out.push(y)
      j++
    } else {
      out.push({ doc: x.doc, count: x.count + y.count })
      i++
      j++
    }
  }
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}

/** Sorted union of sorted posting lists, adding the counts of an article found in several. */
function mergeUnion(lists: Posting[][]): Posting[] {
  let merged: Posting[] = []
  for (const list of lists) if (list.length) merged = merged.length ? mergeTwo(merged, list) : list
  return merged
}

function phraseMatches(segment: Segment, words: string[]): Posting[] {
  const lists = words.map((w) => segment.exactPostings(w))
  if (lists.some((l) => l.length === 0)) return []
  // Candidates: articles holding every word, starting from the rarest.
  const order = [...lists].sort((a, b) => a.length - b.length)
  let candidates = new Set(order[0]!.map((p) => p.doc))
  for (const list of order.slice(1)) {
    const next = new Set<number>()
    for (const p of list) if (candidates.has(p.doc)) next.add(p.doc)
    candidates = next
    if (candidates.size === 0) return []
  }
  const positions = words.map((w) => segment.positions(w, candidates))
  const out: Posting[] = []
  for (const doc of [...candidates].sort((a, b) => a - b)) {
    const first = positions[0]!.get(doc)!
    const rest = positions.slice(1).map((p) => new Set(p.get(doc)))
    let count = 0
    for (const at of first) if (rest.every((set, i) => set.has(at + i + 1))) count++
    if (count > 0) out.push({ doc, count })
  }
  return out
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
    match.postings = segments.map((s) => mergeUnion(match.stems.map((k) => s.stemPostings(k))))
  } else if (term.kind === 'prefix') {
    const prefix = exactTerm(term.text)
    match.prefixes = [prefix]
    match.postings = segments.map((s) =>
      mergeUnion(s.wordsWithPrefix(prefix, PREFIX_LIMIT).map((w) => s.exactPostings(w.term))),
    )
  } else {
    const words = term.words.map(exactTerm)
    match.exact = words
    match.postings = segments.map((s) =>
      words.length === 1 ? s.exactPostings(words[0]!) : phraseMatches(s, words),
    )
  }
  for (const list of match.postings) match.df += list.length
  return match
}

/** Edit distance between a and b, or max + 1 once it is certain to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      row.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    previous = row
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
    s.eachWordStartingWith(first, (term, df) => {
      if (term !== folded && boundedDistance(folded, term, budget) <= budget)
        found.set(term, (found.get(term) ?? 0) + df)
    })
  return [...found]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([t]) => t)
}
