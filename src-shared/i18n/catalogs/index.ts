// Every language's catalog, loaded when first asked for (the page fetches only the one it shows).
import type { UiLanguage } from '../languages'
import { createTranslator, type Translate } from '../translate'
import { en, type Catalog } from './en'

const loaders: Record<UiLanguage, () => Promise<Catalog>> = {
  en: async () => en,
  el: async () => (await import('./el')).el,
  ru: async () => (await import('./ru')).ru,
  ar: async () => (await import('./ar')).ar,
  de: async () => (await import('./de')).de,
  fr: async () => (await import('./fr')).fr,
  it: async () => (await import('./it')).it,
  es: async () => (await import('./es')).es,
  tr: async () => (await import('./tr')).tr,
  pt: async () => (await import('./pt')).pt,
}

export function loadCatalog(lang: UiLanguage): Promise<Catalog> {
  return loaders[lang]()
}

/** English at once, with no wait: the source language, and what everything starts in. */
export const ENGLISH: Translate = createTranslator('en', en)

const translators = new Map<UiLanguage, Promise<Translate>>([['en', Promise.resolve(ENGLISH)]])

/** The translator of a language, made once and shared by everything that formats messages. */
export function translatorFor(lang: UiLanguage): Promise<Translate> {
  let made = translators.get(lang)
  if (!made) {
    made = loadCatalog(lang).then((catalog) => createTranslator(lang, catalog))
    translators.set(lang, made)
  }
  return made
}
