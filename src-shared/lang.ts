// Facts about languages that both sides need: writing direction and display names. Intl
// formatters are costly to create, so each is made once per locale and reused.

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb'])

/** Writing direction of a language tag's script ("ar" → rtl). */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr'
}

function memo<T>(make: (locale: string) => T): (locale: string) => T {
  const cache = new Map<string, T>()
  return (locale) => {
    let value = cache.get(locale)
    if (value === undefined) cache.set(locale, (value = make(locale)))
    return value
  }
}

const displayNames = memo((ui) => new Intl.DisplayNames([ui], { type: 'language' }))
const dateFormat = memo((ui) => new Intl.DateTimeFormat(ui, { dateStyle: 'long', timeZone: 'UTC' }))

const numberFormat = memo((ui) => new Intl.NumberFormat(ui))

/** 50000 → "50,000" in the UI language. */
export function formatCount(n: number, uiLang = 'en'): string {
  return numberFormat(uiLang).format(n)
}

/** "el" → "Greek" (in the given UI language), falling back to the tag itself. */
export function languageName(lang: string, uiLang = 'en'): string {
  try {
    return displayNames(uiLang).of(lang) ?? lang
  } catch {
    return lang
  }
}

/** An ISO date (YYYY-MM-DD) as readers write it, e.g. "22 January 2022". */
export function formatDate(iso: string | null, uiLang = 'en-GB'): string | null {
  if (!iso) return null
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  // The app's English is British: day, month, year.
  return dateFormat(uiLang === 'en' ? 'en-GB' : uiLang).format(date)
}
