// The layout of the packed catalog file (format 3, `catalog.bin`), shared by its writer
// (catalog-pack.ts) and its reader (catalog-packed.ts), and the interface every catalog reader
// offers (packed, JSON, merged). Little-endian; documented in
// docs/archive-format.md:
//   "SCHOLCAT"  u32 header length  header JSON  padding to 4  column data (each part 4-aligned)
import type { ArticleSummary } from '../../../src-shared/article'
import type { ARCHIVE_FORMAT } from '../../archive/archive-format'

export const MAGIC = 'SCHOLCAT'
/** The section index of an article without one (and past the 65,535th section). */
export const NO_SECTION = 0xffff

/** Text columns: required ones, then those that may be null (`added` only in own libraries). */
export const REQUIRED_TEXT = ['id', 'title'] as const
export const OPTIONAL_TEXT = [
  'author',
  'publication',
  'sourceUrl',
  'translationGroup',
  'added',
] as const
export type TextColumn = (typeof REQUIRED_TEXT)[number] | (typeof OPTIONAL_TEXT)[number]

export interface Header {
  format: typeof ARCHIVE_FORMAT
  formatVersion: number
  count: number
  languages: string[]
  sections: string[]
  /** Byte range [start, length] of each part, from the start of the column data. */
  parts: Record<string, [number, number]>
}

/** Newest first; undated last; ties by id. The order the catalog is stored in. */
export function compareByDateDesc(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? 1 : -1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export const dateNumber = (date: string | null) =>
  date === null
    ? 0
    : Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))

export function dateText(n: number): string | null {
  if (n === 0) return null
  const y = Math.floor(n / 10000)
  const m = Math.floor(n / 100) % 100
  const d = n % 100
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

export const align = (n: number) => (n + 3) & ~3

/** What the library asks of a catalog: rows by index (0 = newest), keys for filtering. */
export interface Catalog {
  readonly count: number
  readonly languages: string[]
  /** Index of each article's language in `languages`. */
  readonly langIndex: Uint16Array
  readonly sections: string[]
  /** Index of each article's section in `sections`; NO_SECTION when it has none. */
  readonly sectionIndex: Uint16Array
  /** Year of each article, 0 when undated. */
  readonly years: Uint16Array
  /** Rows whose id another row keeps (ignored). */
  readonly duplicateRows: number[]
  readonly hasAdded: boolean
  id(i: number): string
  title(i: number): string
  date(i: number): string | null
  /** The date as a number that sorts like it, 0 when undated. */
  dateKey(i: number): number
  sourceUrl(i: number): string | null
  translationGroup(i: number): string | null
  contentHash(i: number): string
  /** When the article was added to the user's own library (ISO), or null. */
  added(i: number): string | null
  /** Every row's value of a text column, decoded once and kept. */
  column(name: 'id' | 'title'): (string | null)[]
  summary(i: number): ArticleSummary
  /** Row of an id (the row that keeps it), or -1. */
  indexOf(id: string): number
}

/** The catalog file's bytes for `articles` (sorted here; input order does not matter). */
