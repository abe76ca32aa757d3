// Folding text for matching that ignores case and diacritics ("κομμουνιστικο" finds
// "κομμουνιστικό"), with a map back to the original offsets so matches can be shown in place.
// Search (its own analyser) and find-in-article share this folding of single characters.

const MARKS = /\p{M}/gu

/**
 * Letters that case and diacritic folding leave apart but readers treat as one: Greek final
 * sigma, Turkish dotless i, German sharp s, ligatures, Arabic alef maqsura and tatweel (hamza
 * and tashkeel are combining marks, dropped with the rest). Arabic teh marbuta stays: it
 * changes the word.
 */
const SPECIAL: Record<string, string> = {
  ς: 'σ',
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ى: 'ي',
  ٱ: 'ا',
  '\u0640': '',
}

/** Folds one character (one code point) to its lowercase base letters. */
export function foldChar(ch: string): string {
  const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase()
  return SPECIAL[base] ?? base
}

const PLAIN = /^[a-z0-9]*$/
const SPECIALS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu')

/** Folds a whole word (or any text) at once: the same result as folding it character by character. */
export function foldWord(word: string): string {
  if (PLAIN.test(word)) return word
  const lower = word.toLowerCase()
  if (PLAIN.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIALS, (ch) => SPECIAL[ch]!)
    .normalize('NFC')
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

/** Folds a phrase (a title, a filter) whole: what foldQuery gives, several times faster (it
 * folds the string at once, not one character at a time). */
export function foldPhrase(text: string): string {
  return foldWord(text).replace(/\s+/g, ' ').trim()
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
