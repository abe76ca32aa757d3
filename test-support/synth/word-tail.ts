// The long tail of the synthetic vocabulary: made-up words in each language's script, with its
// diacritics and its inflectional endings, so that a synthetic archive has what a real one has —
// thousands of rare words and families of inflected forms — for search and scale benchmarks.
// The tail depends only on the language, never on the corpus seed, so benchmarks stay comparable.
import { rng } from './rng'
import type { SynthLang } from './vocabulary'

interface Script {
  onsets: string[]
  vowels: string[]
  /** Inflectional endings: one stem gets several, as a family of forms. */
  endings: string[]
}

const LATIN_ONSETS = 'b c d f g l m n p r s t v br tr pl st gr pr cr'.split(' ')

const SCRIPTS: Record<SynthLang, Script> = {
  en: {
    onsets: LATIN_ONSETS,
    vowels: 'a e i o u ea ou'.split(' '),
    endings: ['', 's', 'ing', 'ed', 'er', 'ers'],
  },
  de: {
    onsets: [...LATIN_ONSETS, 'sch', 'k', 'z'],
    vowels: 'a e i o u ä ö ü ei au'.split(' '),
    endings: ['', 'en', 'er', 'e', 'es', 'ung', 'ß'],
  },
  fr: {
    onsets: [...LATIN_ONSETS, 'ch', 'qu'],
    vowels: 'a e i o u é è ê ou ai'.split(' '),
    endings: ['', 's', 'e', 'es', 'ement', 'ation', 'é'],
  },
  it: {
    onsets: [...LATIN_ONSETS, 'ch', 'gl', 'z'],
    vowels: 'a e i o u à è ò'.split(' '),
    endings: ['o', 'i', 'a', 'e', 'are', 'ato', 'zione'],
  },
  es: {
    onsets: [...LATIN_ONSETS, 'ch', 'll', 'ñ'],
    vowels: 'a e i o u á é í ó'.split(' '),
    endings: ['o', 'os', 'a', 'as', 'ar', 'ción', 'mente'],
  },
  tr: {
    onsets: 'b c ç d g ğ k l m n p r s ş t y z'.split(' '),
    vowels: 'a e ı i o ö u ü'.split(' '),
    endings: ['', 'ler', 'lar', 'in', 'ın', 'de', 'da', 'ları'],
  },
  el: {
    onsets: 'β γ δ ζ κ λ μ ν π ρ σ τ φ χ θ στ πρ κρ'.split(' '),
    vowels: 'α ε ι ο υ η ω ά έ ί ό ού'.split(' '),
    endings: ['ος', 'ου', 'ο', 'οι', 'ων', 'ες', 'α', 'ής'],
  },
  ru: {
    onsets: 'б в г д ж з к л м н п р с т ф х ч ш пр ст кр'.split(' '),
    vowels: 'а е и о у ы я ё'.split(' '),
    endings: ['', 'а', 'ы', 'ов', 'ий', 'ая', 'ой', 'ами', 'ых'],
  },
  ar: {
    onsets: 'ب ت ث ج ح خ د ر ز س ش ص ط ع غ ف ق ك ل م ن ه'.split(' '),
    vowels: ['ا', 'و', 'ي', '', 'أ', 'إ', 'ى'],
    endings: ['', 'ة', 'ات', 'ون', 'ين', 'ها'],
  },
}

/**
 * `count` distinct made-up words for `lang`, never one of `avoid`. Each stem comes with two or
 * three of the language's endings, next to each other, so inflected forms are about as frequent.
 */
export function wordTail(lang: SynthLang, count: number, avoid: readonly string[]): string[] {
  const script = SCRIPTS[lang]
  // Its own generator, seeded by the language alone, never by the corpus seed.
  const next = rng([...lang].reduce((h, ch) => h * 31 + ch.charCodeAt(0), 7))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const seen = new Set(avoid.map((w) => w.toLowerCase()))
  const words: string[] = []
  while (words.length < count) {
    let stem = ''
    for (let i = 2 + Math.floor(next() * 3); i > 0; i--)
      stem += pick(script.onsets) + pick(script.vowels)
    const forms = new Set([pick(script.endings), pick(script.endings), pick(script.endings)])
    for (const ending of forms) {
      const word = stem + ending
      if (words.length < count && !seen.has(word)) {
        seen.add(word)
        words.push(word)
      }
    }
  }
  return words
}
