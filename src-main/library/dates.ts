// Finds the first publication date in a line such as "Published in Rizospastis, Saturday 22
// January – Sunday 23 January 2022". Pure; English month names for now, other languages are
// added with their importers.

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/**
 * The first date mentioned in `line`, as ISO YYYY-MM-DD, or null. A day without its own year
 * takes the next year mentioned after it ("22 January – 23 January 2022" → 2022-01-22).
 */
export function findFirstDate(line: string): string | null {
  const monthNames = Object.keys(MONTHS).join('|')
  const dayMonth = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthNames})\\b(?:,?\\s+(\\d{4}))?`,
    'i',
  )
  const monthDay = new RegExp(
    `\\b(${monthNames})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
    'i',
  )
  const a = dayMonth.exec(line)
  const b = monthDay.exec(line)
  const match =
    a && (!b || a.index <= b.index)
      ? { m: a, day: a[1], month: a[2], year: a[3] }
      : b
        ? { m: b, day: b[2], month: b[1], year: b[3] }
        : null
  if (!match) {
    const numeric = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line)
    return numeric ? iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])) : null
  }
  const month = MONTHS[match.month!.toLowerCase()]!
  let year = match.year ? Number(match.year) : NaN
  if (Number.isNaN(year)) {
    const later = /\b(1[89]\d{2}|2\d{3})\b/.exec(line.slice(match.m.index))
    if (!later) return null
    year = Number(later[1])
  }
  return iso(year, month, Number(match.day))
}
