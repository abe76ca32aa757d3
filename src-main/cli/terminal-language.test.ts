import { expect, it } from 'vitest'
import { terminalLanguage } from './terminal-language'

it('takes the terminal’s language as POSIX programs do', () => {
  expect(terminalLanguage({ LANG: 'el_GR.UTF-8' })).toBe('el')
  expect(terminalLanguage({ LANG: 'el_GR.UTF-8', LC_MESSAGES: 'de_DE.UTF-8' })).toBe('de')
  // LC_ALL decides over the others, and "C" means English.
  expect(terminalLanguage({ LANG: 'el_GR.UTF-8', LC_ALL: 'C' })).toBe('en')
  expect(terminalLanguage({ LANG: 'pt_PT.UTF-8', LC_ALL: 'ar_EG.UTF-8' })).toBe('ar')
  // A language the interface does not have, or none, is English.
  expect(terminalLanguage({ LANG: 'ja_JP.UTF-8' })).toBe('en')
  expect(terminalLanguage({})).toBe('en')
})
