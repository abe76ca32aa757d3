// Verbs whose stem itself changes between forms, which no suffix rule can join: the stemmer
// cuts endings, but "soutiennent" and "soutenir" differ before their endings (souten- /
// soutien- / soutienn-). Each family here is written from the grammar as its prefixes, the
// alternating stems, and every ending each stem takes; a word that is exactly a prefix, a stem
// and one of its endings is indexed under one stem, the one the stemmer gives the infinitive.
// Matching whole words, not stems, keeps other words out: "chrétien", "Vienne" and "tien" are
// not forms of tenir or venir, nor "convegno" of convenire, nor "бором" (a pine wood) of бороться.
// - French tenir and venir (soutenir, obtenir, devenir, intervenir…): ten- / tien- / tienn- /
//   tiend- / tin-.
// - Italian tenere and venire (sostenere, ottenere, divenire, intervenire…): ten- / tien- /
//   teng- / terr- / tenn-.
// - Spanish tener and venir (sostener, obtener, intervenir…): ten- / tien- / teng- / tendr- /
//   tuv-.
// - Russian бороться (and побороть): бор-оть-ся / бор-ет-ся / бор-ол-ся.

interface Family {
  /** The prefixes the verbs of the family are made with ('' for the simple verb). */
  prefixes: readonly string[]
  /** The root letter(s) after the prefix: t(enir), v(enir). */
  roots: readonly string[]
  /** The word's rest after prefix and root. */
  forms: RegExp
  /** The term: prefix + root + this (the stemmer's stem of the infinitive). */
  stem: string
}

const FRENCH_FORMS = new RegExp(
  '^(?:' +
    [
      // infinitive, participles, present (nous, vous), imperfect
      'en(?:ir|u|ue|us|ues|ant|ons|ez|ais|ait|ions|iez|aient)',
      // present (je, tu, il, ils), present subjunctive, future and conditional
      'ien(?:s|t|nent|ne|nes|dra|drai|dras|drons|drez|dront|drais|drait|drions|driez|draient)',
      // simple past and imperfect subjunctive
      'in(?:s|t|mes|tes|rent|sse|sses|ssions|ssiez|ssent)',
      'în(?:t|mes|tes)',
    ].join('|') +
    ')$',
)

const ITALIAN_FORMS = new RegExp(
  '^(?:' +
    [
      // infinitive (tenere / venire), gerund, participles, present (noi, voi), imperfect
      'en(?:ere|ire|endo|ente|enti|uto|uta|uti|ute|iamo|ete|ite|iate)',
      'en(?:eva|evi|evo|evamo|evate|evano|iva|ivi|ivo|ivamo|ivate|ivano)',
      'en(?:essi|esse|essimo|este|essero|issi|isse|issimo|iste|issero)',
      // present (io, loro), present subjunctive
      'eng(?:o|ono|a|ano)',
      // present (tu, lui)
      'ien(?:i|e)',
      // future and conditional
      'err(?:ò|ai|à|emo|ete|anno|ei|esti|ebbe|emmo|este|ebbero)',
      // simple past
      'enn(?:i|e|ero)',
    ].join('|') +
    ')$',
)

const SPANISH_FORMS = new RegExp(
  '^(?:' +
    [
      // infinitive (tener / venir), gerund, participles, present (nosotros, vosotros), imperfect
      'en(?:er|ir|iendo|ido|ida|idos|idas|emos|éis|imos|ís|ía|ías|íamos|íais|ían)',
      // present (tú, él, ellos)
      'ien(?:e|es|en)',
      // present (yo), present subjunctive
      'eng(?:o|a|as|amos|áis|an)',
      // future and conditional
      'endr(?:é|ás|á|emos|éis|án|ía|ías|íamos|íais|ían)',
      // preterite and past subjunctive: tuv- (tener), vin- (venir)
      '(?:uv|in)(?:e|iste|o|imos|isteis|ieron|iera|ieras|iéramos|ierais|ieran|iese|ieses|iesen)',
    ].join('|') +
    ')$',
)

const FAMILIES: Record<string, readonly Family[]> = {
  fr: [
    {
      prefixes: ['sou', 'ob', 'main', 'con', 're', 'dé', 'de', 'apparte', 'entre', 'abs'],
      roots: ['t'],
      forms: FRENCH_FORMS,
      stem: 'en',
    },
    {
      prefixes: ['de', 're', 'inter', 'par', 'pré', 'pre', 'pro', 'sur', 'con', 'sou', 'contre'],
      roots: ['v'],
      forms: FRENCH_FORMS,
      stem: 'en',
    },
    // The simple verbs, without the forms other words share: "tien(s)", "tienne(s)" (le tien),
    // "vienne(s)" (Vienne), "vin(s)" (wine).
    {
      prefixes: [''],
      roots: ['t', 'v'],
      forms: /^(?:en(?:ir|u|ue|us|ues|ons|ez|ait|aient|ions|iez)|ient|iennent|iendr\p{L}+)$/u,
      stem: 'en',
    },
  ],
  it: [
    {
      prefixes: ['sos', 'ot', 'man', 'con', 'ri', 'de', 'apparte', 'trat', 'intrat', 'as'],
      roots: ['t'],
      forms: ITALIAN_FORMS,
      stem: 'en',
    },
    {
      prefixes: ['di', 'inter', 'per', 'pre', 'pro', 'av', 'con', 'sv', 'sov'],
      roots: ['v'],
      forms: ITALIAN_FORMS,
      stem: 'en',
    },
  ],
  es: [
    {
      prefixes: ['sos', 'ob', 'man', 'con', 're', 'de', 'entre', 'abs'],
      roots: ['t'],
      forms: SPANISH_FORMS,
      stem: 'en',
    },
    {
      prefixes: ['inter', 'pro', 'con', 'pre', 'sobre', 'de'],
      roots: ['v'],
      forms: SPANISH_FORMS,
      stem: 'en',
    },
  ],
  ru: [
    {
      // бороться is reflexive only: a form without -ся/-сь (боря, борю) is another word's.
      prefixes: [''],
      roots: ['бор'],
      forms: /^(?:оть|ол|ола|оло|оли|ю|ешь|ет|ем|ете|ют|я|овш\p{L}+|ющ\p{L}+)(?:ся|сь)$/u,
      stem: 'от',
    },
    {
      prefixes: ['по'],
      roots: ['бор'],
      forms: /^(?:оть|ол|ола|оло|оли|ю|ешь|ет|ем|ете|ют|я|овш\p{L}+|ющ\p{L}+)(?:ся|сь)?$/u,
      stem: 'от',
    },
  ],
}

/**
 * For a language with verbs whose stem alternates, a function giving the stem of a word (lower
 * case) that is a form of one of them, or null; for any other language, null.
 */
export function alternatingStemmer(lang: string): ((word: string) => string | null) | null {
  const families = FAMILIES[lang]
  if (!families) return null
  return (word) => {
    for (const family of families)
      for (const prefix of family.prefixes) {
        if (!word.startsWith(prefix)) continue
        for (const root of family.roots) {
          const head = prefix + root
          if (word.startsWith(head) && family.forms.test(word.slice(head.length)))
            return head + family.stem
        }
      }
    return null
  }
}
