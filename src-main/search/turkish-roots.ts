// Turkish nouns and adjectives found by their roots. The Snowball Turkish stemmer reads the last
// letters of many roots as endings: "sistem" as sist-em, "eylem" as eyle-m, "vatan" as va-tan,
// "hükümete" as hüküm-ete; only the plural keeps the root whole, so the plural and the other
// forms of one noun end apart. A stemmer without a lexicon cannot tell "eylem" (an action) from
// "eyle" with a possessive ending, so this looks the root up: the longest noun or adjective of
// the lexicon that the word begins with and whose rest is a chain of noun endings (plural,
// possessive, case, -ki, the copula), with the root's own sound changes before a vowel
// (softening: talep → talebi, çelenk → çelengi; a dropped vowel: şehir → şehri; a doubled
// consonant: hak → hakkı). A word that also begins with a longer verb root (açıkla-dı, not
// açık-la-dı) is left to the stemmer, unless its ending is a plural, as is a word no root
// explains.
//
// The lexicon is nlptoolkit-dictionary's (Starlang, ISC): about 62,000 roots, each with its
// parts of speech and sound changes, and the derivations of 48,000 words; read on the first
// Turkish word (100–150 ms) and kept.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const LEXICON = 'nlptoolkit-dictionary/turkish_dictionary.txt'
/** Each word's derivation ("tarihi tarih+i", "ortada orta+nDA"), from the same lexicon. */
const DERIVATIONS = 'nlptoolkit-dictionary/turkish_morphological_lexicon.txt'
/** Endings that make a listed word another word's form, not a word of its own: possessive,
 * plural, locative, ablative, dative, the relational -i (tarih-i), -(H)n (üst-ün). */
const INFLECTIONS = new Set([
  'sH',
  'lAr',
  'nDA',
  'dA',
  'DA',
  'DAn',
  'i',
  'î',
  'Hn',
  'yA',
  'A',
  'nA',
])
const VOWELS = 'aeıioöuü'
const SOFTENED: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğ', g: 'ğ' }

/** The chains of endings a noun takes after its root, vowels in any harmony. */
const TAIL = (() => {
  const A = '[ae]'
  const I = '[ıiuü]'
  const D = '[dt]'
  const poss = `(?:${I}?m${I}z|${I}?n${I}z|${I}?m|${I}?n|s?${I}|l${A}r${I})`
  const kase = `(?:[yn]?${I}|[yn]?${A}|n?${I}n|n?${D}${A}n?|y?l${A}|n?[cç]${A})`
  const ki = `(?:ki(?:l${A}r)?${kase}?)`
  const copula = `(?:y?${D}${I}(?:m|n|k|r|l${A}r|m${I}z|n${I}z)?|y?m${I}ş|y?s${A}|${D}${I}r(?:l${A}r)?|y?${I}m|s${I}n|y?${I}z|s${I}n${I}z|y?k${A}n)`
  return new RegExp(`^(?:l${A}r)?${poss}?${kase}?${ki}?${copula}?$`, 'u')
})()

/** Turkish lower case (I → ı, İ → i) without a locale lookup per word, which costs 3 µs. */
function lowerTurkish(word: string): string {
  return /[^a-zçğıöşüâîû]/.test(word)
    ? word.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase()
    : word
}

/** Whether a line's flags (" CL_ISIM IS_SD ", spaces around each) hold `flag`. */
function has(flags: string, flag: string): boolean {
  return flags.includes(` ${flag} `)
}

export interface TurkishLexicon {
  /** Noun and adjective roots. */
  nominal: Set<string>
  /** The forms roots take before an ending that begins with a vowel (talep → taleb-i). */
  beforeVowel: Map<string, string>
  /** Verb roots. */
  verbs: Set<string>
  longest: number
}

/**
 * Reads the lexicon's text: one root a line, then its flags (CL_ISIM a noun, CL_FIIL a verb…);
 * and the derivations' text, one word a line, then its morphemes.
 */
export function parseLexicon(text: string, derivations = ''): TurkishLexicon {
  const nominal = new Set<string>()
  const beforeVowel = new Map<string, string>()
  const verbs = new Set<string>()
  let longest = 0
  let at = 0
  while (at < text.length) {
    let end = text.indexOf('\n', at)
    if (end < 0) end = text.length
    const space = text.indexOf(' ', at)
    const line = at
    at = end + 1
    if (space < 0 || space > end) continue
    // Flags are matched as text, with the spaces around them: " CL_ISIM ".
    const flags = `${text.slice(space, end).trimEnd()} `
    if (has(flags, 'IS_HEADER')) continue
    const root = lowerTurkish(text.slice(line, space))
    if (has(flags, 'CL_FIIL')) verbs.add(root)
    if (!has(flags, 'CL_ISIM') && !has(flags, 'IS_ADJ') && !has(flags, 'IS_PUREADJ')) continue
    if (root.length < 2 || !/^[a-zçğıöşüâîû]+$/.test(root)) continue
    nominal.add(root)
    longest = Math.max(longest, root.length)
    const last = root.at(-1)!
    const stem = root.slice(0, -1)
    if (has(flags, 'IS_KG') && last === 'k') beforeVowel.set(`${stem}g`, root)
    else if ((has(flags, 'IS_SD') || has(flags, 'IS_SDD')) && SOFTENED[last])
      beforeVowel.set(stem + SOFTENED[last], root)
    // şehir → şehr-i: the vowel before the last consonant drops.
    if ((has(flags, 'IS_UD') || has(flags, 'IS_UDD')) && VOWELS.includes(root.at(-2)!))
      beforeVowel.set(root.slice(0, -2) + last, root)
    if (has(flags, 'IS_ST')) beforeVowel.set(root + last, root) // hak → hakk-ı
  }
  // A plural listed as a word of its own (çözümler beside çözüm) is the plural of its noun; so
  // is a word the derivations make of a noun and one ending (tarihi, ortada, üstün): a search
  // for "tarih" finds "tarihin" only if it is read as tarih-in, not tarihi-n.
  for (const root of nominal)
    if (/l[ae]r$/.test(root) && nominal.has(root.slice(0, -3))) nominal.delete(root)
  for (const line of derivations.split('\n')) {
    const [word, derivation] = line.split(' ')
    const parts = derivation?.trim().split('+')
    if (parts?.length !== 2 || !INFLECTIONS.has(parts[1]!)) continue
    if (nominal.has(lowerTurkish(parts[0]!))) nominal.delete(lowerTurkish(word!))
  }
  return { nominal, beforeVowel, verbs, longest }
}

let shared: TurkishLexicon | null | undefined

/**
 * Reads the lexicon with `read` (a package file's text); null, with a warning, if it cannot: an
 * install that lacks it stems Turkish as the stemmer alone does.
 */
export function loadTurkishLexicon(read: (file: string) => string): TurkishLexicon | null {
  try {
    return parseLexicon(read(LEXICON), read(DERIVATIONS))
  } catch (error) {
    console.warn(`Turkish roots unavailable, stemming without them: ${String(error)}`)
    return null
  }
}

/** The bundled lexicon, read once. */
export function turkishLexicon(): TurkishLexicon | null {
  if (shared === undefined) {
    const require = createRequire(import.meta.url)
    shared = loadTurkishLexicon((file) => readFileSync(require.resolve(file), 'utf8'))
  }
  return shared
}

/**
 * The noun or adjective root `word` (in lower case, Turkish rules) is a form of, or null when
 * the lexicon does not explain it: no root with a chain of noun endings after it, or a longer
 * verb root that the word also begins with.
 */
export function turkishRoot(word: string, lexicon: TurkishLexicon): string | null {
  for (let n = Math.min(word.length, lexicon.longest); n >= 2; n--) {
    const head = word.slice(0, n)
    const tail = word.slice(n)
    // A root spelt like another root's changed form is that root (a word, not a sound change).
    const root = lexicon.nominal.has(head)
      ? head
      : tail && VOWELS.includes(tail[0]!)
        ? lexicon.beforeVowel.get(head)
        : undefined
    if (root === undefined || !TAIL.test(tail)) continue
    // açıkla-dı is a verb, not açık-la-dı; but a plural is a noun's (programla-r is rare beside
    // program-lar).
    if (!/^l[ae]r/.test(tail))
      for (let v = word.length; v > n; v--) if (lexicon.verbs.has(word.slice(0, v))) return null
    return root
  }
  return null
}
