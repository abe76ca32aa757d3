// The 200 fixed queries of bench:search, made from the synthetic vocabulary with a fixed seed:
// common words, rare words, two words, phrases, prefixes, typos and language-filtered words,
// in every language of the corpus. Phrases are taken from real article text, so they occur.
import { rng, vocabularyOf } from '../test-support/synth/synth'
import { LANGUAGES, type SynthLang } from '../test-support/synth/vocabulary'

export type QueryKind = 'common' | 'rare' | 'two words' | 'phrase' | 'prefix' | 'typo' | 'language'

export interface BenchQuery {
  kind: QueryKind
  query: string
  /** The same question in plain words, for the FlexSearch baseline. */
  plain: string
}

const KINDS: QueryKind[] = ['common', 'rare', 'two words', 'phrase', 'prefix', 'typo', 'language']

export function benchQueries(
  phraseSource: (lang: SynthLang, r: () => number) => string,
): BenchQuery[] {
  const r = rng(2026)
  const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!
  const common = (lang: SynthLang) => pick(vocabularyOf(lang).slice(5, 60))
  const rare = (lang: SynthLang) => pick(vocabularyOf(lang).slice(2_000))
  const queries: BenchQuery[] = []
  for (let i = 0; i < 200; i++) {
    const kind = KINDS[i % KINDS.length]!
    const lang = pick(LANGUAGES)
    let query: string
    let plain: string
    if (kind === 'common') query = plain = common(lang)
    else if (kind === 'rare') query = plain = rare(lang)
    else if (kind === 'two words') query = plain = `${common(lang)} ${rare(lang)}`
    else if (kind === 'phrase') {
      plain = phraseSource(lang, r)
      query = `"${plain}"`
    } else if (kind === 'prefix') {
      const word = [...rare(lang)]
      plain = word.slice(0, Math.max(3, word.length - 3)).join('')
      query = `${plain}*`
    } else if (kind === 'typo') {
      let word = rare(lang)
      while ([...word].length < 7) word = rare(lang)
      const chars = [...word]
      const at = 1 + Math.floor(r() * (chars.length - 2))
      ;[chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!] // two letters swapped
      query = plain = chars.join('')
    } else {
      plain = common(lang)
      query = `${plain} lang:${lang}`
    }
    queries.push({ kind, query, plain })
  }
  return queries
}
