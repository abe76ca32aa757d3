// Snippets for search results: a short passage of the article around its best cluster of
// matches, with the matched words marked, and the offset of the first match in the canonical
// text so the reader can scroll to it. A word matches if its exact form, its stem in the
// article's language, or a searched prefix matches what the query asked for (snippet-words.ts
// answers that for each word, fast).
import type { SearchSnippet } from '../../src-shared/search'
import type { ParsedSearch } from '../../src-shared/search-query'
import { baseLanguage, exactTerm, stemTerm } from './analyser'
import { formMatcher, type Highlight } from './snippet-words'
import { scanWords } from './word-table'

export type { Highlight }

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

/** Stop looking for a better passage after this many words (100,000-word articles). */
export const SCAN_LIMIT = 30_000
/** ... or once this many matches are found: enough to choose a passage from. */
export const MATCH_LIMIT = 40
const WIDTH = 240

/** Every matched word of a short text (a title), as [start, end) offsets. */
export function markWords(text: string, hl: Highlight, lang: string): [number, number][] {
  const matcher = formMatcher(hl, lang)
  const marks: [number, number][] = []
  scanWords(text, (start, end, hash) => {
    if (matcher.match(text, start, end, hash)) marks.push([start, end])
  })
  return marks
}

/** A matched word of a text: where it is and which key of the query it matched. */
export interface Found {
  start: number
  end: number
  key: string
}

/** How much each key of the query counts in a passage: the words typed twice as much as near
 * spellings; and the best score a passage of `lang` can have (every key it could match). Once a
 * passage has that, nothing later is better and the rest of the article need not be read. */
export function passageWorth(
  hl: Highlight,
  lang: string,
): { worth: (key: string) => number; perfect: number } {
  const weak = new Set(hl.weak ?? [])
  const worth = (key: string) => (weak.has(key) ? 1 : 2)
  const stemPrefix = `${baseLanguage(lang)}:`
  let perfect = 0
  for (const key of new Set([...hl.exact, ...hl.prefixes])) perfect += worth(key)
  for (const key of new Set(hl.stems)) if (key.startsWith(stemPrefix)) perfect += worth(key)
  return { worth, perfect }
}

/** The score of the best window ending at match `last`: the worth of the different keys of the
 * matches before it that fit in a passage with it, in its paragraph. */
export function windowScore(
  text: string,
  found: readonly Found[],
  last: number,
  worth: (key: string) => number,
): number {
  const end = found[last]!.end
  const paragraph = text.lastIndexOf('\n', end - 1)
  const keys = new Set<string>()
  for (let i = last; i >= 0; i--) {
    const m = found[i]!
    if (end - m.start > WIDTH - 40 || m.start <= paragraph) break
    keys.add(m.key)
  }
  let score = 0
  for (const key of keys) score += worth(key)
  return score
}

/**
 * The passage of `text` with the most different matched words, or its opening if none match.
 * Text before `from` (the title heading, shown anyway) is not quoted. Every word is read (up to
 * a limit); search-service.ts first tries snippet-positions.ts, which reads the index instead.
 */
export function makeSnippet(text: string, hl: Highlight, lang: string, from = 0): SearchSnippet {
  const matcher = formMatcher(hl, lang)
  const { worth, perfect } = passageWorth(hl, lang)
  const found: Found[] = []
  let scanned = 0
  scanWords(
    text,
    (start, end, hash) => {
      const key = matcher.match(text, start, end, hash)
      if (key) {
        found.push({ start, end, key })
        if (windowScore(text, found, found.length - 1, worth) >= perfect) return false
      }
      return ++scanned < SCAN_LIMIT && found.length < MATCH_LIMIT
    },
    from,
  )
  return passage(text, found, worth, from)
}

/** The snippet around the best window of the matches found (the text's opening if none). */
export function passage(
  text: string,
  found: readonly Found[],
  worth: (key: string) => number,
  from: number,
): SearchSnippet {
  if (found.length === 0) {
    const cut = text.slice(from, from + WIDTH)
    return { text: cut + (text.length > from + WIDTH ? '…' : ''), marks: [], offset: null }
  }
  // Best window: the one starting at a match that covers the most different keys, the words
  // typed counting twice as much as near spellings.
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
    for (const key of keys) score += worth(key)
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
