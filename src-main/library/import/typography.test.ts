import { describe, expect, it } from 'vitest'
import { typeset } from './typography'

describe('typeset', () => {
  it('prints quotes, apostrophes and dashes as each language does', () => {
    expect(typeset(`He said "we won't stop" - and they didn't.`, 'en')).toBe(
      'He said “we won’t stop” – and they didn’t.',
    )
    expect(typeset('Το "Ριζοσπάστη" - σήμερα', 'el')).toBe('Το «Ριζοσπάστη» — σήμερα')
    expect(typeset('Die "Partei" - heute', 'de')).toBe('Die „Partei“ – heute')
    expect(typeset('газета "Правда"', 'ru')).toBe('газета «Правда»')
  })

  it('nests quotes and keeps what is already typeset', () => {
    expect(typeset('"The \'driving force\' of history"', 'en')).toBe(
      '“The ‘driving force’ of history”',
    )
    expect(typeset('Already “typeset” — fine.', 'en')).toBe('Already “typeset” — fine.')
    expect(typeset('one -- two', 'en')).toBe('one—two')
  })

  it('leaves hyphenated words, numbers and ranges alone', () => {
    expect(typeset('labor-popular 1917-1991 e-mail', 'en')).toBe('labor-popular 1917-1991 e-mail')
  })

  it('keeps the length of text with nothing to change', () => {
    const plain = 'Workers of all countries, unite'
    expect(typeset(plain, 'en')).toBe(plain)
  })
})
