import { describe, expect, it } from 'vitest'
import { dateLineDate, findFirstDate, monthNumber } from './dates'

describe('findFirstDate', () => {
  it.each([
    ['Published in Rizospastis, Saturday 22 January – Sunday 23 January 2022', 'en', '2022-01-22'],
    ['Published in Rizospastis, 3 March 2021', 'en', '2021-03-03'],
    ['First published on March 3rd, 2021', 'en', '2021-03-03'],
    ['Published 2020-11-07', 'en', '2020-11-07'],
    ['Published in Rizospastis', 'en', null],
    ['30 February 2022', 'en', null],
    // The numeric forms of the sites (docs/site-pages.md), day first.
    ['09.05.2024', 'es', '2024-05-09'],
    ['25.03.22', 'pt', '2022-03-25'],
    ['18/7/2018', 'en', '2018-07-18'],
    ['Афины 7/1/2013', 'ru', '2013-01-07'],
    // Month names in every language of the site, through Intl.
    ['Πέμπτη 24 Ιανουαρίου 2002', 'el', '2002-01-24'],
    ['Πέμπτη 24 Γενάρη 2002', 'el', '2002-01-24'],
    ['ΚΥΡΙΑΚΗ 12 ΦΕΒΡΟΥΑΡΙΟΥ 2006', 'el', '2006-02-12'],
    ['στις 21ης Μάη 2023', 'el', '2023-05-21'],
    ['в субботу 14 апреля 2018 года', 'ru', '2018-04-14'],
    ['el viernes, 20 de septiembre de 2024', 'es', '2024-09-20'],
    ['Am 26. November 2017 fand in Athen', 'de', '2017-11-26'],
    ['mercredi 2 novembre 2016', 'fr', '2016-11-02'],
    ['le 1er mai 2019', 'fr', '2019-05-01'],
    ['giovedì 9 maggio 2024', 'it', '2024-05-09'],
    ['4 Kasım 1918 tarihinde', 'tr', '1918-11-04'],
    ['Em 9 de Maio de 2019', 'pt', '2019-05-09'],
    ['12 سبتمبر 2018', 'ar', '2018-09-12'],
    ['في ١٢ أيلول/سبتمبر ٢٠١٨', 'ar', '2018-09-12'],
    ['1 كانون الثاني 2020', 'ar', '2020-01-01'],
    // English month names on a page of another language.
    ['Published in Rizospastis, 11 January 2025', 'de', '2025-01-11'],
    // A day and month with no year anywhere are no date.
    ['on Sunday 8 October', 'en', null],
    ['the 3 of them', 'en', null],
  ])('%j (%s) → %j', (line, lang, expected) => {
    expect(findFirstDate(line, lang)).toBe(expected)
  })

  it('reads month names whatever their case and accents', () => {
    expect(monthNumber('ΜΑΪΟΥ', 'el')).toBe(5)
    expect(monthNumber('маЯ', 'ru')).toBe(5)
    expect(monthNumber('Aralık', 'tr')).toBe(12)
    expect(monthNumber('févr.', 'fr')).toBe(2)
    expect(monthNumber('word', 'en')).toBeNull()
    // A language tag Intl does not know still has English names.
    expect(monthNumber('March', 'zz-invalid-tag')).toBe(3)
  })
})

describe('dateLineDate', () => {
  it.each([
    ['09.05.2024', 'es', '2024-05-09'],
    ['15.12.2023', 'tr', '2023-12-15'],
    ['Athens 7/1/2013', 'en', '2013-01-07'],
    ['Athen, 26. November 2017', 'de', '2017-11-26'],
    ['Πέμπτη 24 Γενάρη 2002', 'el', '2002-01-24'],
    ['١٢ أيلول/سبتمبر ٢٠١٨', 'ar', '2018-09-12'],
  ])('%j is a date line of %s', (line, lang, expected) => {
    expect(dateLineDate(line, lang)).toBe(expected)
  })

  it.each([
    ['We met on 17/11/2022.', 'en'],
    ['Il 29/4/22 si sono svolte decine di iniziative in tutto il paese.', 'it'],
    ['The strike of 9 May 2024 and the demands of the dock workers', 'en'],
    ['Version 2.10.2018 of the program', 'en'],
  ])('%j is text, not a date line', (line, lang) => {
    expect(dateLineDate(line, lang)).toBeNull()
  })
})
