// The search box's query language, parsed into a plain structure both sides understand:
//
//   words            all must match (stemmed: "workers" finds "worker")
//   "a phrase"       these words in this order (exact forms)
//   commun*          words starting with "commun"
//   -word -"phrase"  must not match
//   a OR b           either (binds the terms either side of it)
//   lang:el  section:news  tag:theory  colour:yellow  has:notes
//   date:2020  date:2019..2021  date:2020-03  after:2020-01-01  before:2021  sort:date
//
// Parsing never fails: what it cannot use is kept as a problem to show under the box.
import { COLORS, type Color } from './annotation'

export type SearchTerm =
  | { kind: 'word'; text: string }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'prefix'; text: string }

export interface SearchFilters {
  langs: string[]
  sections: string[]
  tags: string[]
  colors: Color[]
  hasNotes: boolean
  /** Inclusive ISO date bounds. */
  from: string | null
  to: string | null
}

export interface ParsedSearch {
  /** Every clause must match; a clause matches when any of its terms does. */
  clauses: SearchTerm[][]
  exclude: SearchTerm[]
  filters: SearchFilters
  sort: 'relevance' | 'date'
  problems: string[]
}

const COLOR_ALIASES: Record<string, Color> = { grey: 'purple', red: 'pink', violet: 'purple' }

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** "2020", "2020-03" or "2020-03-15" as an inclusive [from, to] range; null if malformed. */
export function dateBounds(text: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (!m) return null
  const [, y, mo, d] = m
  const year = Number(y)
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null
  if (d) {
    if (Number(d) < 1 || Number(d) > lastDayOf(year, Number(mo))) return null
    return [text, text]
  }
  if (mo)
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(lastDayOf(year, Number(mo))).padStart(2, '0')}`]
  return [`${y}-01-01`, `${y}-12-31`]
}

/** Splits the raw query into tokens: quoted phrases (with a leading "-" kept) and bare words. */
function tokenize(query: string): string[] {
  const tokens: string[] = []
  const re = /(-?)"([^"]*)("?)|\S+/gu
  for (let m = re.exec(query); m; m = re.exec(query)) tokens.push(m[0])
  return tokens
}

/** A bare word or phrase text as terms: words split on anything not a letter or digit. */
function termOf(raw: string, quoted: boolean): SearchTerm | null {
  const prefix = !quoted && raw.endsWith('*')
  const words = raw.match(/[\p{L}\p{N}\p{M}\u0640]+/gu) ?? []
  if (words.length === 0) return null
  if (quoted || words.length > 1) return { kind: 'phrase', words }
  if (prefix) return { kind: 'prefix', text: words[0]! }
  return { kind: 'word', text: words[0]! }
}

export function parseSearch(query: string): ParsedSearch {
  const parsed: ParsedSearch = {
    clauses: [],
    exclude: [],
    filters: {
      langs: [],
      sections: [],
      tags: [],
      colors: [],
      hasNotes: false,
      from: null,
      to: null,
    },
    sort: 'relevance',
    problems: [],
  }
  const f = parsed.filters
  let joinNext = false
  const tightenFrom = (d: string) => {
    if (!f.from || d > f.from) f.from = d
  }
  const tightenTo = (d: string) => {
    if (!f.to || d < f.to) f.to = d
  }
  for (const token of tokenize(query)) {
    if (token === 'OR') {
      joinNext = parsed.clauses.length > 0
      continue
    }
    const filter = /^([a-z]+):(.+)$/iu.exec(token)
    if (filter && !token.startsWith('"')) {
      const key = filter[1]!.toLowerCase()
      const value = filter[2]!.replace(/^"|"$/g, '')
      const lower = value.toLowerCase()
      let known = true
      if (key === 'lang' || key === 'language') f.langs.push(...lower.split(','))
      else if (key === 'section') f.sections.push(value)
      else if (key === 'tag') f.tags.push(value)
      else if (key === 'colour' || key === 'color') {
        const color = (COLORS as readonly string[]).includes(lower)
          ? (lower as Color)
          : COLOR_ALIASES[lower]
        if (color) f.colors.push(color)
        else parsed.problems.push(`Unknown colour “${value}”: use ${COLORS.join(', ')}.`)
      } else if (key === 'has') {
        if (lower === 'notes' || lower === 'note') f.hasNotes = true
        else parsed.problems.push(`“has:${value}” is not known: use has:notes.`)
      } else if (key === 'date' || key === 'after' || key === 'before') {
        const [a, b] = key === 'date' && value.includes('..') ? value.split('..') : [value, value]
        const start = a ? dateBounds(a) : null
        const end = b ? dateBounds(b) : null
        if ((a && !start) || (b && !end))
          parsed.problems.push(`“${token}” is not a date: write 2020, 2020-03 or 2020-03-15.`)
        else if (key === 'after') tightenFrom(start![0])
        else if (key === 'before') tightenTo(end![1])
        else {
          if (start) tightenFrom(start[0])
          if (end) tightenTo(end[1])
        }
      } else if (key === 'sort') {
        if (lower === 'date' || lower === 'newest') parsed.sort = 'date'
        else if (lower !== 'relevance') parsed.problems.push(`“sort:${value}”: use sort:date.`)
      } else known = false
      if (known) {
        joinNext = false
        continue
      }
    }
    const negative = token.startsWith('-') && token.length > 1
    const body = negative ? token.slice(1) : token
    const quoted = body.startsWith('"')
    const term = termOf(quoted ? body.slice(1).replace(/"$/, '') : body, quoted)
    if (!term) continue
    if (negative) parsed.exclude.push(term)
    else if (joinNext) parsed.clauses[parsed.clauses.length - 1]!.push(term)
    else parsed.clauses.push([term])
    joinNext = false
  }
  if (f.from && f.to && f.from > f.to) parsed.problems.push('The date range ends before it starts.')
  return parsed
}

/** Whether a parsed query asks for anything at all (words or filters). */
export function isEmptySearch(p: ParsedSearch): boolean {
  const f = p.filters
  return (
    p.clauses.length === 0 &&
    f.langs.length + f.sections.length + f.tags.length + f.colors.length === 0 &&
    !f.hasNotes &&
    !f.from &&
    !f.to
  )
}
