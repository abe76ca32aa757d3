// Folding text for matching that ignores case and diacritics ("κομμουνιστικο" finds
// "κομμουνιστικό"), with a map back to the original offsets so matches can be shown in place.
// Search (its own analyser) and find-in-article share this folding of single characters.

const MARKS = /\p{M}/gu

/** Folds one character (one code point) to its lowercase base letters. */
export function foldChar(ch: string): string {
  const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase()
  return base === 'ς' ? 'σ' : base
}

export interface FoldedText {
  folded: string
  /** For each UTF-16 unit of `folded`, the offset in the original text it came from. */
  toOriginal: number[]
}

/** Folds `text` code point by code point, remembering where every folded unit came from. */
export function foldWithMap(text: string): FoldedText {
  let folded = ''
  const toOriginal: number[] = []
  let offset = 0
  for (const ch of text) {
    const f = foldChar(ch)
    for (let i = 0; i < f.length; i++) toOriginal.push(offset)
    folded += f
    offset += ch.length
  }
  return { folded, toOriginal }
}

/** Folds a query the same way (no map needed). */
export function foldQuery(query: string): string {
  let out = ''
  for (const ch of query.normalize('NFC')) out += foldChar(ch)
  return out.replace(/\s+/g, ' ').trim()
}

/**
 * All non-overlapping matches of `query` in `text`, ignoring case and diacritics, as
 * [start, end) offsets into the original text.
 */
export function findAll(text: string, query: string): { start: number; end: number }[] {
  const needle = foldQuery(query)
  if (!needle) return []
  const { folded, toOriginal } = foldWithMap(text)
  const matches: { start: number; end: number }[] = []
  let from = 0
  for (;;) {
    const at = folded.indexOf(needle, from)
    if (at < 0) break
    const last = at + needle.length - 1
    const start = toOriginal[at]!
    // End just past the original code point the last folded unit came from.
    const lastStart = toOriginal[last]!
    const end = lastStart + (text.codePointAt(lastStart)! > 0xffff ? 2 : 1)
    matches.push({ start, end })
    from = at + needle.length
  }
  return matches
}
