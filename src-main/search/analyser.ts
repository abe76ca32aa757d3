// Language-aware text analysis for search. A word is a run of letters, digits and marks. Each
// word yields two terms: its exact form, folded (case, diacritics, final sigma, dotless i, ß,
// alef forms, tatweel — src-shared/fold.ts), which phrases and prefixes use; and its stem in the
// article's own language (@orama/stemmers, pure JS, with the corrections of stem-corrections.ts),
// folded and keyed by language, which plain
// words use. A query word is stemmed with every language in scope, so "workers" finds "worker"
// in English articles and "κομμουνιστικο" finds "κομμουνιστικό" in Greek ones, while one
// language's stems never match another's words.
import { stemmer as arabic } from '@orama/stemmers/arabic'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as french } from '@orama/stemmers/french'
import { stemmer as german } from '@orama/stemmers/german'
import { stemmer as greek } from '@orama/stemmers/greek'
import { stemmer as italian } from '@orama/stemmers/italian'
import { stemmer as russian } from '@orama/stemmers/russian'
import { stemmer as spanish } from '@orama/stemmers/spanish'
import { stemmer as turkish } from '@orama/stemmers/turkish'
import { foldWord } from '../../src-shared/fold'
import { correctedStemmer } from './stem-corrections'

/** The Snowball stemmers as @orama/stemmers gives them, by language. */
export const SNOWBALL_STEMMERS: Record<string, (word: string) => string> = {
  en: english,
  el: greek,
  ru: russian,
  ar: arabic,
  de: german,
  fr: french,
  it: italian,
  es: spanish,
  tr: turkish,
}

/** Letters, digits, combining marks and tatweel; everything else separates words. */
export const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu

/** Longest word indexed; longer runs (base64, URLs run together) are cut. */
const MAX_WORD = 64

const exactCache = new Map<string, string>()
const stemCaches = new Map<string, Map<string, string>>()
const CACHE_LIMIT = 500_000

/** The folded exact form of a word as it appears in the text. */
export function exactTerm(word: string): string {
  let term = exactCache.get(word)
  if (term === undefined) {
    term = foldWord(word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word)
    if (exactCache.size >= CACHE_LIMIT) exactCache.clear()
    exactCache.set(word, term)
  }
  return term
}

/** Base language of a tag: "el-GR" → "el". */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0]!
}

const stemmers = new Map<string, (word: string) => string>()

/** A function giving the stem term of a word in `lang`, with its own cache (see stemTerm). */
export function stemmerFor(lang: string): (word: string) => string {
  let stemmer = stemmers.get(lang)
  if (stemmer) return stemmer
  const base = baseLanguage(lang)
  let cache = stemCaches.get(base)
  if (!cache) stemCaches.set(base, (cache = new Map()))
  const stem = correctedStemmer(base, SNOWBALL_STEMMERS[base])
  const turkish = base === 'tr'
  const words = cache
  stemmer = (word: string) => {
    let term = words.get(word)
    if (term === undefined) {
      const cut = word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word
      const lower = turkish ? cut.toLocaleLowerCase('tr') : cut.toLowerCase()
      term = `${base}:${foldWord(stem(lower))}`
      if (words.size >= CACHE_LIMIT) words.clear()
      words.set(word, term)
    }
    return term
  }
  stemmers.set(lang, stemmer)
  return stemmer
}

/** The stem term of a word in a language: `<lang>:<folded stem>` (or the exact form, keyed). */
export function stemTerm(word: string, lang: string): string {
  return stemmerFor(lang)(word)
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Calls `visit` with each word and its [start, end) offsets in the text. */
export function eachWord(
  text: string,
  visit: (word: string, start: number, end: number) => void,
): void {
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) visit(m[0], m.index, m.index + m[0].length)
}
