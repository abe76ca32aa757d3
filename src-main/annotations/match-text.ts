// Text normalised for matching quotes against a text that may have been edited since: case and
// diacritics folded, curly and straight quotes alike, every dash a hyphen, whitespace runs one
// space, invisible characters dropped, NFC and NFD alike. Every normalised unit remembers the
// original offset it came from, so a match can be mapped back to the real text.
import { foldChar } from '../../src-shared/fold'

export interface MatchText {
  norm: string
  /** For each UTF-16 unit of `norm`, the offset in the original text where its character starts. */
  start: Int32Array
  /** For each UTF-16 unit of `norm`, the offset just past its original character. */
  end: Int32Array
}

const SINGLE_QUOTES = new Set(['‘', '’', '‚', '‛', '′', '`', '´', 'ʼ'])
const DOUBLE_QUOTES = new Set(['“', '”', '„', '‟', '″', '«', '»', '〝', '〞'])
const DASHES = new Set(['‐', '‑', '‒', '–', '—', '―', '−', '⁃', '﹘', '﹣', '－'])
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/

/** Folded form of every code point seen, by code point (BMP in an array, the rest in a map). */
const memoBmp: (string | undefined)[] = []
const memoAstral = new Map<number, string>()

function normChar(ch: string): string {
  if (SINGLE_QUOTES.has(ch)) return "'"
  if (DOUBLE_QUOTES.has(ch)) return '"'
  if (DASHES.has(ch)) return '-'
  if (INVISIBLE.test(ch)) return ''
  if (/\s/u.test(ch)) return ' '
  return foldChar(ch)
}

/** ASCII folded by table: 0 = whitespace, otherwise the code unit to emit. */
const ASCII = new Uint16Array(128).map((_, c) => {
  const ch = String.fromCharCode(c)
  if (/\s/.test(ch)) return 0
  if (ch === '`') return 39
  return ch.toLowerCase().charCodeAt(0)
})

const SPACE = 32
/** Combining marks in the Basic Multilingual Plane, as a table built on first use. */
let bmpMarks: Uint8Array | null = null

function markTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let cp = 0x300; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue
    if (/\p{M}/u.test(String.fromCharCode(cp))) table[cp] = 1
  }
  return table
}

/** Whether a code point is a combining mark (none below U+0300). */
function isMark(cp: number): boolean {
  if (!(cp >= 0x300)) return false
  if (cp < 0x10000) return (bmpMarks ??= markTable())[cp] === 1
  return /\p{M}/u.test(String.fromCodePoint(cp))
}

const utf16 = new TextDecoder('utf-16le')

/** Normalises `text`, keeping the way back to its offsets. */
export function toMatchText(text: string): MatchText {
  // Folding can lengthen a character (ǅ → dz), rarely; room for twice the input is plenty.
  const cap = text.length * 2 + 2
  const out = new Uint16Array(cap)
  const start = new Int32Array(cap)
  const end = new Int32Array(cap)
  let n = 0
  let lastSpace = true
  const push = (unit: number, s: number, e: number): void => {
    if (unit === SPACE) {
      if (lastSpace) return
      lastSpace = true
    } else lastSpace = false
    if (n >= cap) return
    out[n] = unit
    start[n] = s
    end[n] = e
    n++
  }
  const emit = (cp: number, ch: string, s: number, e: number): void => {
    let f = cp < 0x10000 ? memoBmp[cp] : memoAstral.get(cp)
    if (f === undefined) {
      f = normChar(ch)
      if (cp < 0x10000) memoBmp[cp] = f
      else memoAstral.set(cp, f)
    }
    for (let k = 0; k < f.length; k++) push(f.charCodeAt(k), s, e)
  }
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    if (c < 128 && !isMark(text.charCodeAt(i + 1))) {
      push(ASCII[c] || SPACE, i, i + 1)
      i++
      continue
    }
    const cp = text.codePointAt(i)!
    const len = cp > 0xffff ? 2 : 1
    let j = i + len
    while (j < text.length && isMark(text.codePointAt(j)!))
      j += text.codePointAt(j)! > 0xffff ? 2 : 1
    if (j === i + len) {
      emit(cp, len === 1 ? text[i]! : text.slice(i, j), i, j)
    } else {
      // A base character with combining marks (decomposed accents, say): compose them, so
      // "e" + "\u0301" folds like "é", and map every result back to the whole cluster.
      for (const ch of text.slice(i, j).normalize('NFC')) emit(ch.codePointAt(0)!, ch, i, j)
    }
    i = j
  }
  return {
    norm: utf16.decode(out.subarray(0, n)),
    start: start.subarray(0, n),
    end: end.subarray(0, n),
  }
}

/** Normalises a quote or context string the same way, with no map. */
export function normalise(text: string): string {
  return toMatchText(text).norm
}

/** Single-entry cache: an article's annotations are anchored one after another on one text. */
let cached: { text: string; match: MatchText } | null = null

export function matchTextOf(text: string): MatchText {
  if (cached?.text !== text) cached = { text, match: toMatchText(text) }
  return cached.match
}
