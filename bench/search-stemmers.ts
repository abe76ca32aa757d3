// The stemmers as @orama/stemmers gives them, without this app's corrections, for the word-form
// recall figures of bench:search (the "before" column).
import { foldWord } from '../src-shared/fold'
import { SNOWBALL_STEMMERS } from '../src-main/search/analyser'

export function snowballTerm(word: string, lang: string): string {
  const lower = lang === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase()
  return `${lang}:${foldWord(SNOWBALL_STEMMERS[lang]!(lower))}`
}
