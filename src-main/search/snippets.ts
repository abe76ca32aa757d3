// Snippets for search results: a short passage of the article around its best cluster of
// matches, with the matched words marked, and the offset of the first match in the canonical
// text so the reader can scroll to it. A word matches if its exact form, its stem in the
// article's language, or a searched prefix matches what the query asked for.
import type { SearchSnippet } from '../../src-shared/search'
import type { ParsedSearch } from '../../src-shared/search-query'
import { eachWord, exactTerm, stemmerFor, stemTerm } from './analyser'

export interface Highlight {
  exact: readonly string[]
  stems: readonly string[]
  prefixes: readonly string[]
  /** Near spellings searched for a typo: marked, but a passage with the words typed wins. */
  weak?: readonly string[]
}

/** Stop looking for a better passage after this many words (100,000-word articles). */
/** What to mark for a query in a text of one language. */
export function queryHighlight(q: ParsedSearch, lang: string): Highlight {
  const exact: string[] = []
  const stems: string[] = []
  const prefixes: string[] = []
  for (const clause of q.clauses)
    for (const t of clause) {
      if (t.kind === 'word') stems.push(stemTerm(t.text, lang))
      else if (t.kind === 'prefix') prefixes.push(exactTerm(t.text))
      else exact.push(...t.words.map(exactTerm))
    }
  return { exact, stems, prefixes }
}

const SCAN_LIMIT = 30_000
const WIDTH = 240

export function wordMatcher(hl: Highlight, lang: string): (word: string) => string | null {
  const exact = new Set(hl.exact)
  const stems = new Set(hl.stems)
  const stem = stemmerFor(lang)
  return (word) => {
    const e = exactTerm(word)
    if (exact.has(e)) return e
    const s = stem(word)
    if (stems.has(s)) return s
    for (const p of hl.prefixes) if (e.startsWith(p)) return p
    return null
  }
}

/** Every matched word of a short text (a title), as [start, end) offsets. */
export function markWords(text: string, hl: Highlight, lang: string): [number, number][] {
  const matches = wordMatcher(hl, lang)
  const marks: [number, number][] = []
  eachWord(text, (word, start, end) => {
    if (matches(word)) marks.push([start, end])
  })
  return marks
}

/**
 * The passage of `text` with the most different matched words, or its opening if none match.
 * Text before `from` (the title heading, shown anyway) is not quoted.
 */
export function makeSnippet(text: string, hl: Highlight, lang: string, from = 0): SearchSnippet {
  const matches = wordMatcher(hl, lang)
  const found: { start: number; end: number; key: string }[] = []
  let scanned = 0
  eachWord(text, (word, start, end) => {
    // Enough to choose a passage from: stop looking once there are a few dozen matches.
    if (start < from || scanned++ > SCAN_LIMIT || found.length >= 40) return
    const key = matches(word)
    if (key) found.push({ start, end, key })
  })
  if (found.length === 0) {
    const cut = text.slice(from, from + WIDTH)
    return { text: cut + (text.length > from + WIDTH ? '…' : ''), marks: [], offset: null }
  }
  // Best window: the one starting at a match that covers the most different keys, the words
  // typed counting twice as much as near spellings.
  const weak = new Set(hl.weak ?? [])
  let best = 0
  let bestScore = 0
  for (let i = 0; i < found.length; i++) {
    const keys = new Set<string>()
    // A window never runs past the paragraph it starts in.
    const breakAt = text.indexOf('\n', found[i]!.start)
    const limit = breakAt < 0 ? Infinity : breakAt
    for (let j = i; j < found.length && found[j]!.end - found[i]!.start <= WIDTH - 40; j++)
      if (found[j]!.end <= limit) keys.add(found[j]!.key)
    let score = 0
    for (const key of keys) score += weak.has(key) ? 1 : 2
    if (score > bestScore) {
      bestScore = score
      best = i
    }
  }
  const anchor = found[best]!
  // Start a little before the match, at a word boundary, never across a paragraph break.
  let start = Math.max(0, anchor.start - 60)
  const paragraph = text.lastIndexOf('\n', anchor.start)
  if (paragraph >= start) start = paragraph + 1
  else if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < anchor.start) start = space + 1
  }
  let end = Math.min(text.length, start + WIDTH)
  const breakAt = text.indexOf('\n', anchor.end)
  if (breakAt >= 0 && breakAt < end) end = breakAt
  else if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > anchor.end) end = space
  }
  const marks = found
    .filter((m) => m.start >= start && m.end <= end)
    .map((m): [number, number] => [m.start - start, m.end - start])
  // An ellipsis only where the passage cuts a paragraph.
  const before = start > 0 && text[start - 1] !== '\n' ? '…' : ''
  const after = end < text.length && text[end] !== '\n' ? '…' : ''
  return {
    text: before + text.slice(start, end) + after,
    marks: marks.map(([a, b]): [number, number] => [a + before.length, b + before.length]),
    offset: anchor.start,
  }
}
