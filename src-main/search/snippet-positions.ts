// Snippets from the index: where the query's words are in an article is already known to the
// index (each exact word's positions; each stem's forms), so a snippet reads the article's words
// only up to the passage it quotes, and never folds or stems them. Ten snippets of ten articles
// cost little more than reading the ten articles. The words found this way are checked against
// the text (the words at those places must match the query); if the index and the text
// disagree, or the index finds nothing, the caller scans the text instead (snippets.ts).
import type { SearchSnippet } from '../../src-shared/search'
import { BLOCK_SEPARATOR } from '../../src-shared/text'
import { baseLanguage, exactTerm } from './analyser'
import type { SearchSegment } from './article-search'
import type { ArticlePositions, Segment } from './segment'
import { BLOCK_GAP } from './segment-format'
import type { Highlight } from './snippet-words'
import { MATCH_LIMIT, passage, passageWorth, SCAN_LIMIT, windowScore, type Found } from './snippets'
import { prefixWords as prefixWordsOf } from './term-postings'
import { scanWords } from './word-table'

/** A matched word of an article, by its position in the index (title words first). */
export interface Place {
  position: number
  key: string
  /** The exact (folded) word the index has there. */
  term: string
}

/** Per language, the exact words that match the query in one segment, each with its key: the
 * exact words asked for first, then the forms of the stems of that language, then the words a
 * prefix was searched as (the order snippet-words.ts's matcher tries them in). */
function wordsByLanguage(
  segment: Segment,
  hl: Highlight,
  searched: readonly (readonly string[] | undefined)[],
) {
  const shared: [string, string][] = hl.exact.map((e) => [e, e])
  const prefixed: [string, string][] = []
  hl.prefixes.forEach((p, i) => {
    for (const w of searched[i] ?? prefixWordsOf(segment, p).chosen) prefixed.push([w, p])
  })
  const cache = new Map<string, Map<string, string>>()
  return (lang: string): Map<string, string> => {
    const base = baseLanguage(lang)
    let words = cache.get(base)
    if (words) return words
    words = new Map<string, string>()
    const add = (word: string, key: string) => words!.has(word) || words!.set(word, key)
    for (const [w, key] of shared) add(w, key)
    for (const stem of hl.stems)
      if (stem.startsWith(`${base}:`)) for (const w of segment.stemForms(stem)) add(w, stem)
    for (const [w, key] of prefixed) add(w, key)
    cache.set(base, words)
    return words
  }
}

/**
 * The matched words of each hit asked for, by position, from the index. Hits are given as the
 * source searched and the article in it; the answer is in the same order. `prefixWords` are the
 * words each prefix was searched as, per source (the search found them already); a prefix not
 * among them is looked up again.
 */
export function placesOf(
  sources: readonly SearchSegment[],
  hits: readonly { source: number; doc: number }[],
  hl: Highlight,
  prefixWords: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(),
): Place[][] {
  const out: Place[][] = hits.map(() => [])
  const bySource = new Map<number, number[]>()
  hits.forEach((h, i) => bySource.set(h.source, [...(bySource.get(h.source) ?? []), i]))
  for (const [source, indexes] of bySource) {
    const segment = sources[source]?.segment
    if (!segment) continue
    const searched = hl.prefixes.map((p) => prefixWords.get(p)?.[source])
    const wordsFor = wordsByLanguage(segment, hl, searched)
    const cursors = new Map<string, ArticlePositions | null>()
    // A cursor only moves forward: the articles are asked for in order.
    indexes.sort((a, b) => hits[a]!.doc - hits[b]!.doc)
    for (const i of indexes) {
      const doc = hits[i]!.doc
      const lang = segment.langs[segment.docLang[doc]!] ?? 'und'
      const places: Place[] = []
      for (const [word, key] of wordsFor(lang)) {
        let cursor = cursors.get(word)
        if (cursor === undefined) cursors.set(word, (cursor = segment.articlePositions(word)))
        const positions = cursor?.positions(doc)
        if (positions) for (const position of positions) places.push({ position, key, term: word })
      }
      out[i] = places.sort((a, b) => a.position - b.position)
    }
  }
  return out
}

/**
 * The snippet of an article (its title and text blocks, as indexed) from the places of its
 * matched words; null if the index has none for it or does not agree with the text. The title
 * heading (a first block equal to the title) is shown anyway and not quoted.
 */
export function snippetAt(
  title: string,
  blocks: readonly string[],
  places: readonly Place[],
  hl: Highlight,
  lang: string,
): SearchSnippet | null {
  if (places.length === 0) return null
  const text = blocks.join(BLOCK_SEPARATOR)
  const heading = blocks.length > 1 && blocks[0] === title
  const from = heading ? blocks[0]!.length + BLOCK_SEPARATOR.length : 0
  const { worth, perfect } = passageWorth(hl, lang)
  // Positions as the index counts them: the title's words, then each block after a gap.
  let position = 0
  scanWords(title, () => void position++)
  const found: Found[] = []
  let next = 0
  let agrees = true
  let done = false
  let offset = 0
  let scanned = 0
  const stop = () => {
    done = true
    return false
  }
  for (let b = 0; b < blocks.length && !done; b++) {
    const block = blocks[b]!
    const base = offset
    offset += block.length + BLOCK_SEPARATOR.length
    position += BLOCK_GAP
    scanWords(block, (start, end) => {
      while (next < places.length && places[next]!.position < position) next++
      if (next >= places.length || ++scanned > SCAN_LIMIT) return stop()
      if (places[next]!.position === position && !(heading && b === 0)) {
        const { key, term } = places[next]!
        // The word at this place must be the word the index has there.
        if (exactTerm(block.slice(start, end)) !== term) {
          agrees = false
          return stop()
        }
        found.push({ start: base + start, end: base + end, key })
        const enough =
          found.length >= MATCH_LIMIT ||
          windowScore(text, found, found.length - 1, worth) >= perfect
        if (enough) return stop()
      }
      position++
    })
  }
  // With every place in the title, the passage is the article's opening, as when scanning.
  return agrees ? passage(text, found, worth, from) : null
}

/** The matched words of a title from the places of its article (the title's words come first);
 * null if the index does not agree with the title. */
export function titleMarksAt(title: string, places: readonly Place[]): [number, number][] | null {
  const marks: [number, number][] = []
  let position = 0
  let next = 0
  let agrees = true
  scanWords(title, (start, end) => {
    while (next < places.length && places[next]!.position < position) next++
    if (next >= places.length) return false
    if (places[next]!.position === position) {
      if (exactTerm(title.slice(start, end)) !== places[next]!.term) return (agrees = false)
      marks.push([start, end])
    }
    position++
  })
  return agrees ? marks : null
}
