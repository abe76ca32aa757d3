// @vitest-environment jsdom
import { expect, it } from 'vitest'
import { chooseLanguage, languageState, translate } from './i18n'

it('shows the last language chosen, whatever order the catalogs arrive in', async () => {
  const first = chooseLanguage('el')
  const second = chooseLanguage('ar')
  await Promise.all([first, second])
  expect(languageState.get()).toMatchObject({ lang: 'ar', chosen: 'ar' })
  expect(document.documentElement.dir).toBe('rtl')
  expect(translate('library.label')).toBe('المكتبة')
  // Greek, then back to the system's (English here) at once: the system's wins, not chosen.
  await Promise.all([chooseLanguage('el'), chooseLanguage(null)])
  expect(languageState.get()).toMatchObject({ lang: 'en', chosen: null })
  expect(document.documentElement).toMatchObject({ lang: 'en', dir: 'ltr' })
  expect(translate('library.count', { total: 2 })).toBe('2 articles')
})
