// Dates as the KKE sites and their sources write them, in every language of the archive:
// numeric (09.05.2024, 25.03.22, 18/7/2018, 2020-11-07) and with month names ("Saturday 22
// January 2022", "20 de septiembre de 2024", "14 апреля 2018", "9. Mai 2024", "12 أيلول/سبتمبر
// 2018"). Month names come from the platform's CLDR data through Intl (docs/site-pages.md says
// why not a date-parsing package), in the article's language and in English; only the Greek
// colloquial genitives of the press (Γενάρη, Μάη…) are listed here, as CLDR does not hold them.
// Pure.

/** Greek month names as Rizospastis prints them, which CLDR lacks (folded, see `fold`). */
const GREEK_COLLOQUIAL: Record<string, number> = {
  γεναρη: 1,
  φλεβαρη: 2,
  μαρτη: 3,
  απριλη: 4,
  μαη: 5,
  ιουνη: 6,
  ιουλη: 7,
  αυγουστου: 8,
  σεπτεμβρη: 9,
  οκτωβρη: 10,
  νοεμβρη: 11,
  δεκεμβρη: 12,
}

/** Case, accents and a final full stop do not matter in a month's name. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '')
}

/** Locales whose month names a page in `lang` may use: its own (and regional forms), English. */
function localesFor(lang: string): string[] {
  const base = lang.toLowerCase().split('-')[0]!
  // Arabic writes months with the Levantine names (أيلول) or the Egyptian ones (سبتمبر).
  const extra = base === 'ar' ? ['ar-SY'] : []
  return [...new Set([lang, base, ...extra, 'en'])]
}

const monthTables = new Map<string, Map<string, number>>()

/** Folded month name → month number, for one locale: long and short, alone and in a date. */
function monthTable(locale: string): Map<string, number> {
  let table = monthTables.get(locale)
  if (table) return table
  table = new Map()
  let formats: Intl.DateTimeFormat[] = []
  try {
    formats = (['long', 'short'] as const).flatMap((month) => [
      new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' }),
    ])
  } catch {
    // A tag Intl does not know: no names of its own (English still applies).
  }
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2001, m - 1, 15))
    for (const format of formats) {
      for (const part of format.formatToParts(date)) {
        if (part.type !== 'month') continue
        const name = fold(part.value)
        // A name shorter than three letters (a number, "5") says nothing by itself.
        if (/^\p{L}{3,}(?: \p{L}{3,})?$/u.test(name) && !table.has(name)) table.set(name, m)
      }
    }
  }
  if (locale.startsWith('el'))
    for (const [name, m] of Object.entries(GREEK_COLLOQUIAL)) table.set(name, m)
  monthTables.set(locale, table)
  return table
}

/** The number of the month `word` names in `lang` (or English), or null. */
export function monthNumber(word: string, lang: string): number | null {
  const name = fold(word)
  for (const locale of localesFor(lang)) {
    const m = monthTable(locale).get(name)
    if (m) return m
  }
  return null
}

/** Digits of any script (Arabic-Indic ٠١٢…, Persian ۰۱۲…) as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!
    for (const zero of [0x30, 0x660, 0x6f0, 0x966, 0xff10])
      if (code >= zero && code < zero + 10) return String(code - zero)
    return d
  })
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/** Two-digit years are this century's up to 69 ("25.03.22" → 2022), the last's from 70. */
function fullYear(text: string): number {
  const year = Number(text)
  return text.length > 2 ? year : year < 70 ? 2000 + year : 1900 + year
}

export interface FoundDate {
  iso: string
  /** Where the date's text starts and ends in the line searched. */
  start: number
  end: number
}

const NUMERIC = /(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,]?\d)/gu
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu
/** Day (ordinal endings of en, fr, el, es/pt/it; "9." in German), month (of one or two words:
 * "كانون الثاني"), year: "22 January 2022", "1er mai 2000", "21ης Μάη 2018", "20 de septiembre de
 * 2024", "12 أيلول/سبتمبر 2018". */
const DAY_MONTH =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|ης|η|º|ª|\.)?\s+(?:de\s+|of\s+)?(\p{L}{3,}\.?)(?:\s+(\p{L}{3,}))?(?:\s*\/\s*\p{L}{3,}(?:\s+\p{L}{3,})?)?(?:,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d))?/gu
/** Month, day, year: "January 22, 2022", "March 3rd, 2021". */
const MONTH_DAY = /(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu

/**
 * Every date mentioned in `line`, in order, as ISO YYYY-MM-DD with where it stands. A day and
 * month without a year take the next year mentioned after them ("Saturday 22 January – Sunday
 * 23 January 2022" → 2022-01-22); without any, they are no date.
 */
export function findDates(line: string, lang = 'en'): FoundDate[] {
  const text = asciiDigits(line.length > 2000 ? line.slice(0, 2000) : line)
  const found: FoundDate[] = []
  for (const m of text.matchAll(NUMERIC)) {
    const date = iso(fullYear(m[4]!), Number(m[3]), Number(m[1]))
    if (date) found.push({ iso: date, start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(ISO)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]))
    if (date) found.push({ iso: date, start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = (m[3] && monthNumber(`${m[2]} ${m[3]}`, lang)) || monthNumber(m[2]!, lang)
    if (!month) continue
    const year = m[4] ?? /(?<!\d)(1[89]\d{2}|2\d{3})(?!\d)/u.exec(text.slice(m.index))?.[1]
    const date = year ? iso(Number(year), month, Number(m[1])) : null
    if (date) found.push({ iso: date, start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1]!, lang)
    const date = month ? iso(Number(m[3]), month, Number(m[2])) : null
    if (date) found.push({ iso: date, start: m.index, end: m.index + m[0].length })
  }
  found.sort((a, b) => a.start - b.start)
  // Overlapping finds ("22 January 2022" inside a longer one) count once: the first, longest.
  return found.filter((d, i) => i === 0 || d.start >= found[i - 1]!.end)
}

/** The first date mentioned in `line`, as ISO YYYY-MM-DD, or null. */
export function findFirstDate(line: string, lang = 'en'): string | null {
  return findDates(line, lang)[0]?.iso ?? null
}

/** Words a date line may hold besides its date: a weekday, a place, "г.", "года". */
const DATE_LINE_MAX_WORDS = 3

/**
 * The date of a block that is nothing but a date line: the date alone ("09.05.2024",
 * "25.03.22"), with a weekday or a place ("Athens 7/1/2013", "Πέμπτη 24 Γενάρη 2002"), or
 * null for any other block. Such a line is metadata, never a heading or a paragraph.
 */
export function dateLineDate(block: string, lang = 'en'): string | null {
  const text = block.trim()
  if (text.length > 80) return null
  const dates = findDates(text, lang)
  if (dates.length === 0 || dates.length > 2) return null
  let rest = text
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end)
  const words = rest.match(/\p{L}+/gu) ?? []
  // A sentence that mentions a date ("We met on 17/11/2022.") is body text.
  const sentence = (/[.!?;]\s*$/u.test(text) && words.length >= 2) || /[.!?;:]\s+\p{L}/u.test(rest)
  return words.length <= DATE_LINE_MAX_WORDS && !sentence ? dates[0]!.iso : null
}
