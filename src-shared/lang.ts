// Facts about languages that both sides need: writing direction and display names.

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb'])

/** Writing direction of a language tag's script ("ar" → rtl). */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr'
}

/** "el" → "Greek" (in the given UI language), falling back to the tag itself. */
export function languageName(lang: string, uiLang = 'en'): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}

/** An ISO date (YYYY-MM-DD) as readers write it, e.g. "22 January 2022". */
export function formatDate(iso: string | null, uiLang = 'en-GB'): string | null {
  if (!iso) return null
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(uiLang, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
