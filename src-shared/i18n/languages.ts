// The languages the interface speaks, and which of them a reader gets: the one chosen in the
// settings, else the first of the system's preferred languages that the app speaks, else English.

export const UI_LANGUAGES = ['en', 'el', 'ru', 'ar', 'de', 'fr', 'it', 'es', 'tr', 'pt'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

/** Each language by its own name, for the chooser (a reader looks for their own language's). */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  el: 'Ελληνικά',
  ru: 'Русский',
  ar: 'العربية',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  tr: 'Türkçe',
  pt: 'Português',
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
}

/** The first of `preferred` (BCP 47 tags, best first) that the interface speaks; English else. */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0]
    if (isUiLanguage(primary)) return primary
  }
  return 'en'
}

/** The interface's language: the reader's choice, else the system's. */
export function interfaceLanguage(
  chosen: UiLanguage | null | undefined,
  system: readonly string[],
): UiLanguage {
  return chosen ?? pickLanguage(system)
}
