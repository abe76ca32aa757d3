// The stemmers as @orama/stemmers gives them, without this app's corrections, for the word-form
// recall figures of bench:search (the "before" column).
import { stemmer as arabic } from '@orama/stemmers/arabic'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as french } from '@orama/stemmers/french'
import { stemmer as german } from '@orama/stemmers/german'
import { stemmer as greek } from '@orama/stemmers/greek'
import { stemmer as italian } from '@orama/stemmers/italian'
import { stemmer as russian } from '@orama/stemmers/russian'
import { stemmer as spanish } from '@orama/stemmers/spanish'
import { stemmer as turkish } from '@orama/stemmers/turkish'
import { foldWord } from '../src-shared/fold'

const STEMMERS: Record<string, (word: string) => string> = {
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

export function snowballTerm(word: string, lang: string): string {
  const lower = lang === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase()
  return `${lang}:${foldWord(STEMMERS[lang]!(lower))}`
}
