// Where the Snowball stemmers (@orama/stemmers) split the forms of one word, measured with the
// word-form tables (word-forms.data.ts) and corrected here, per language, as small rules on the
// folded stem:
// - Arabic: Light10 (Larkey, Ballesteros and Connell, 2002), the light stemmer Arabic retrieval
//   uses, instead of the root stemmer, which kept the conjunction و + article (والحزب) and cut
//   letters of the root (بيان → يان).
// - English: Greek plurals in -es of nouns in -is (crises).
// - Greek: the stemmer keeps the ι of -ία/-ίας and -ιο/-ίου in some cases and not in others
//   (απεργία → απεργ, απεργίες → απεργι): a stem ending in ι after four letters loses it; and a
//   third-declension plural cut to two letters (κρίσεις → κρ) is stemmed from its singular.
// - Russian: -овать/-ует verbs (требовать, требует): a stem ending in ова/ева loses it.
// - Russian: -овать/-ует verbs (требовать, требует); a genitive plural's fleeting vowel
//   (забастовок).
// - French: third person plurals the stemmer leaves whole (luttent); feminines (paysanne,
//   travailleuse).
// - Italian: -aio/-ai nouns (operaio, operai); -essa feminines (studentessa).
// - Spanish: plurals the stemmer reads as verbs with a pronoun (gobiernos).
// - German: third person and past forms (fordert, organisierte, kämpft): stemmed as their
//   infinitive.
// - Turkish: roots the stemmer cuts into (sistem → sist, eylem → eyle), found in a lexicon
//   (turkish-roots.ts); vowel-final stems the stemmer keeps or drops by case (mücadele, fabrika).
// - French, Italian, Spanish, Russian: verbs whose stem alternates (soutenir / soutiennent),
//   from tables of their families (stem-alternations.ts).
// Each rule is checked by the tables' test, and recall before and after is printed by
// bench:search.

import { alternatingStemmer } from './stem-alternations'
import { turkishLexicon, turkishRoot } from './turkish-roots'

/** Light10: strips و, an article (ال with its prepositions), and common suffixes. */
export function arabicLight10(word: string): string {
  let w = word
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1)
  for (const article of ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length)
      break
    }
  }
  // A preposition joined to a word without the article (بالحق is handled above; لحزب, بحزب).
  for (const suffix of ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) {
      w = w.slice(0, -suffix.length)
      // Light10 removes one suffix of each kind at most, longest first, in this order.
      break
    }
  }
  return w
}

/** Folds Arabic letters the way search does before Light10 (hamza on alef, alef maqsura). */
function arabicNormal(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/\u0640/g, '')
}

export type Stem = (word: string) => string

/**
 * The stemmer of `lang` with its corrections: `stem` is the language's Snowball stemmer (or none),
 * `word` is in lower case; the result is not yet folded.
 */
export function correctedStemmer(lang: string, stem: Stem | undefined): Stem {
  const corrected = correctedSuffixes(lang, stem)
  // A verb whose stem alternates (soutenir / soutiennent) is stemmed from its family's table.
  const alternating = alternatingStemmer(lang)
  return alternating ? (word) => alternating(word) ?? corrected(word) : corrected
}

function correctedSuffixes(lang: string, stem: Stem | undefined): Stem {
  switch (lang) {
    case 'ar':
      return (word) => arabicLight10(arabicNormal(word))
    case 'el':
      return (word) => {
        let s = stem!(word)
        const plain = s.normalize('NFD').replace(/\p{M}/gu, '')
        if (plain.length <= 2 && /εις$/.test(word)) s = stem!(word.replace(/εις$/, 'η'))
        else if (plain.length >= 5 && plain.endsWith('ι')) s = s.slice(0, -1)
        return s
      }
    case 'ru':
      return (word) => {
        const s = stem!(word)
        // требовать / требует; забастовок (the genitive plural's fleeting vowel) / забастовка.
        if (s.length > 6 && /(ова|ева)$/.test(s)) return s.slice(0, -3)
        if (s.length > 6 && /[бвгджзклмнпрстфхцчшщ](ок|ек)$/.test(s)) return `${s.slice(0, -2)}к`
        return s
      }
    case 'fr':
      return (word) => {
        let s = stem!(word)
        // luttent, exigent: a third person plural the stemmer left whole.
        if (s === word && word.length > 6 && word.endsWith('ent')) s = word.slice(0, -3)
        // paysanne / paysan; travailleuse / travailleur.
        if (s.length > 5 && /nn$/.test(s)) s = s.slice(0, -1)
        if (s.length > 7 && s.endsWith('eur')) s = s.slice(0, -3)
        return s
      }
    case 'it':
      return (word) => {
        const s = stem!(word)
        // operaio, operaia / operai; studentessa / studente.
        if (s.length > 4 && s.endsWith('ai')) return s.slice(0, -1)
        if (s.length > 7 && s.endsWith('ess')) return s.slice(0, -3)
        return s
      }
    case 'es':
      return (word) => {
        const s = stem!(word)
        // gobiernos → gobi: a plural read as a verb with a pronoun (-er + nos); the singular's
        // stem is taken when it is longer.
        if (word.length > 4 && word.endsWith('os')) {
          const singular = stem!(word.slice(0, -1))
          if (singular.length > s.length + 1) return singular
        }
        return s
      }
    case 'de':
      return (word) => {
        // Verb forms the stemmer leaves apart from the infinitive: fordert(e), organisiert(e),
        // kämpft(e), unterstützt(e) are stemmed as fordern, organisieren, kämpfen, unterstützen.
        const infinitive = word
          .replace(/^(.{3,})iert(e|en|et|est)?$/, '$1ieren')
          .replace(/^(.{3,})ert(e|en|et|est)?$/, '$1ern')
          .replace(/^(.{3,}(?:pf|tz|ck|ch|ng|nk|mm|ll|rr|ss))t(e|en|et|est)?$/, '$1en')
        return stem!(infinitive)
      }
    case 'tr':
      return (word) => {
        // A noun or adjective the lexicon explains is indexed under its root (turkish-roots.ts);
        // any other word as the stemmer cuts it.
        const lexicon = turkishLexicon()
        const s = (lexicon && turkishRoot(word, lexicon)) ?? stem!(word)
        // Vowel-final stems keep their vowel in some forms and not others (mücadele / mücadel,
        // fabrika / fabrik, mitingi / miting); a root loses it too, to meet the stemmer's cut
        // of a form the lexicon does not explain.
        return s.length > 4 && /[aeıioöuü]$/.test(s) ? s.slice(0, -1) : s
      }
    case 'en':
      return (word) => {
        const s = stem!(word)
        // crises / crisis (and theses, analyses): the Greek plural in -es of a noun in -is.
        return word.length >= 6 && word.endsWith('ises') && s.endsWith('ise')
          ? stem!(`${word.slice(0, -2)}is`)
          : s
      }
    default:
      return stem ?? ((word) => word)
  }
}
