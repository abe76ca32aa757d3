// The interface's language in the page: the reader's choice (settings) or the browser's
// (navigator.languages, which Electron sets from the system), its catalog loaded once, and the
// document's `lang` and `dir` set so the whole layout mirrors for Arabic. Changing it re-renders
// every component that translates, at once, without reloading anything.
import { textDirection } from '../../src-shared/lang'
import { ENGLISH, translatorFor } from '../../src-shared/i18n/catalogs'
import { interfaceLanguage, type UiLanguage } from '../../src-shared/i18n/languages'
import type { Message, MessageKey, MessageValues, Translate } from '../../src-shared/i18n/translate'
import { createStore, useStore } from '../store/store'

interface LanguageState {
  /** The language shown. */
  lang: UiLanguage
  /** What the reader chose; null to follow the system. */
  chosen: UiLanguage | null
  t: Translate
}

export const languageState = createStore<LanguageState>({
  lang: 'en',
  chosen: null,
  t: ENGLISH,
})

const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages

/** Counts the choices: a choice whose catalog arrives after a later choice is dropped. */
let choices = 0

/** Shows the interface in `chosen` (null: the system's language); resolves once it is shown. */
export async function chooseLanguage(chosen: UiLanguage | null): Promise<void> {
  const turn = ++choices
  const lang = interfaceLanguage(chosen, systemLanguages())
  const t = await translatorFor(lang)
  if (turn !== choices) return
  languageState.set({ lang, chosen, t })
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang
    document.documentElement.dir = textDirection(lang)
  }
}

/** The translate function of the current language; components re-render when it changes. */
export function useT(): Translate {
  return useStore(languageState, (s) => s.t)
}

/** The interface's language now (for Intl formatting). */
export function useUiLanguage(): UiLanguage {
  return useStore(languageState, (s) => s.lang)
}

export function useChosenLanguage(): UiLanguage | null {
  return useStore(languageState, (s) => s.chosen)
}

/** A message now, outside React (notices raised by code). */
export function translate(key: MessageKey, values?: MessageValues): string {
  return languageState.get().t(key, values)
}

/** A message carried as data (a core notice, a report's reason) now, outside React. */
export function translateMessage(message: Message): string {
  return languageState.get().t.message(message)
}
