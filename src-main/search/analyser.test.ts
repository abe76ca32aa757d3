import { describe, expect, it } from 'vitest'
import { exactTerm, stemTerm, words } from './analyser'

const sameStem = (lang: string, ...forms: string[]) =>
  new Set(forms.map((f) => stemTerm(f, lang))).size === 1

describe('folding (exact forms)', () => {
  it('Greek: accents, case and final sigma', () => {
    expect(exactTerm('Κομμουνιστικό')).toBe('κομμουνιστικο')
    expect(exactTerm('ΑΓΏΝΑΣ')).toBe(exactTerm('αγώνας'))
    expect(exactTerm('λαϊκός')).toBe('λαικοσ')
  })
  it('Russian: ё is е', () => {
    expect(exactTerm('Ёлка')).toBe(exactTerm('елка'))
  })
  it('Turkish: dotted and dotless i, cedillas', () => {
    expect(exactTerm('İşçiler')).toBe('isciler')
    expect(exactTerm('ışık')).toBe('isik')
  })
  it('German: ß is ss', () => {
    expect(exactTerm('Straße')).toBe(exactTerm('STRASSE'))
  })
  it('Arabic: hamza and alef forms, tashkeel, tatweel, alef maqsura', () => {
    expect(exactTerm('الإسلام')).toBe(exactTerm('الاسلام'))
    expect(exactTerm('أحمد')).toBe(exactTerm('احمد'))
    expect(exactTerm('آمن')).toBe(exactTerm('امن'))
    expect(exactTerm('العُمَّال')).toBe(exactTerm('العمال'))
    expect(exactTerm('العمــال')).toBe(exactTerm('العمال'))
    expect(exactTerm('مستشفى')).toBe(exactTerm('مستشفي'))
  })
  it('French and Spanish accents', () => {
    expect(exactTerm('Éducation')).toBe('education')
    expect(exactTerm('acción')).toBe('accion')
  })
})

describe('stems, in the article’s own language', () => {
  it('English plurals and verb forms', () => {
    expect(sameStem('en', 'workers', 'worker', 'Workers')).toBe(true)
    expect(sameStem('en', 'struggles', 'struggling', 'struggle')).toBe(true)
  })
  it('Greek inflections, with or without accents', () => {
    expect(sameStem('el', 'εργατών', 'εργάτες', 'ΕΡΓΑΤΕΣ', 'εργατων')).toBe(true)
    expect(sameStem('el', 'κομμουνιστικό', 'κομμουνιστικο', 'κομμουνιστικού')).toBe(true)
  })
  it('Russian inflections', () => {
    expect(sameStem('ru', 'коммунистической', 'коммунистическая', 'коммунистическую')).toBe(true)
    expect(sameStem('ru', 'рабочих', 'рабочие', 'рабочий')).toBe(true)
    expect(sameStem('ru', 'партии', 'партия', 'партию')).toBe(true)
  })
  it('Arabic prefixes and the definite article', () => {
    expect(sameStem('ar', 'العمال', 'عمال')).toBe(true)
  })
  it('German, French, Italian, Spanish, Turkish', () => {
    expect(sameStem('de', 'Arbeiter', 'Arbeitern')).toBe(true)
    expect(sameStem('fr', 'travailleurs', 'travailleur')).toBe(true)
    expect(sameStem('it', 'lavoratori', 'lavoratore')).toBe(true)
    expect(sameStem('es', 'trabajadores', 'trabajador')).toBe(true)
    expect(sameStem('tr', 'işçiler', 'işçi', 'İŞÇİLER')).toBe(true)
  })
  it('keys stems by language, so one language never matches another’s words', () => {
    expect(stemTerm('die', 'de')).not.toBe(stemTerm('die', 'en'))
  })
  it('indexes languages without a stemmer by their exact words', () => {
    expect(stemTerm('Trabalhadores', 'pt')).toBe('pt:trabalhadores')
  })
})

describe('words', () => {
  it('splits on punctuation, keeps letters with marks and digits in every script', () => {
    expect(words('«Ο αγώνας» — 1917: workers’ rights; العمــال!')).toEqual([
      'Ο',
      'αγώνας',
      '1917',
      'workers',
      'rights',
      'العمــال',
    ])
  })
})
