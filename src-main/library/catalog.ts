// The catalog of an archive, stored by column (one array per field, articles newest first) so
// that 50,000 articles open in one JSON parse and a few tight loops: no object per article is
// made until it is shown. Format 1 catalogs (an array of objects) are read too.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary } from '../../src-shared/article'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, CATALOG_FILE } from './archive-format'

export const COLUMNS = [
  'id',
  'title',
  'lang',
  'date',
  'author',
  'publication',
  'section',
  'sourceUrl',
  'wordCount',
  'contentHash',
  'translationGroup',
] as const satisfies readonly (keyof ArticleSummary)[]

type Columns = { [K in (typeof COLUMNS)[number]]: ArticleSummary[K][] } & {
  /** Optional: when each article was added to the user's own library (null for none). */
  added?: (string | null)[]
}

export interface CatalogFile {
  format: typeof ARCHIVE_FORMAT
  formatVersion: number
  count: number
  columns: Columns
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

/** The catalog file's bytes for `articles` (sorted here; input order does not matter). */
export function encodeCatalog(articles: readonly ArticleSummary[]): string {
  const sorted = [...articles].sort(compareByDateDesc)
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, sorted.map((a) => a[c])])) as Columns
  const names: (keyof Columns)[] = [...COLUMNS]
  if (sorted.some((a) => a.added)) {
    columns.added = sorted.map((a) => a.added ?? null)
    names.push('added')
  }
  const file: CatalogFile = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    count: sorted.length,
    columns,
  }
  // One line per column keeps the file diffable and compact.
  const body = names
    .map((c) => `    ${JSON.stringify(c)}: ${JSON.stringify(columns[c])}`)
    .join(',\n')
  return `{\n  "format": ${JSON.stringify(file.format)},\n  "formatVersion": ${file.formatVersion},\n  "count": ${file.count},\n  "columns": {\n${body}\n  }\n}\n`
}

export type Decoded = { ok: true; catalog: Catalog } | { ok: false; reason: string }

export type CatalogRead =
  | { state: 'missing' }
  | { state: 'bad'; reason: string }
  | { state: 'ok'; catalog: Catalog; formatVersion: number; bytes: string }

/** Reads and decodes the catalog of the archive in `dir`. `reason` is 'newer' for a catalog of
 * a newer format. */
export async function readCatalogFile(dir: string): Promise<CatalogRead> {
  let bytes: string
  try {
    bytes = await readFile(join(dir, CATALOG_FILE), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { state: 'missing' }
      : { state: 'bad', reason: (error as Error).message }
  }
  let json: unknown
  try {
    json = JSON.parse(bytes)
  } catch {
    json = undefined
  }
  const decoded = decodeCatalog(json)
  if (!decoded.ok) return { state: 'bad', reason: decoded.reason }
  const formatVersion = (json as { formatVersion: number }).formatVersion
  return { state: 'ok', catalog: decoded.catalog, formatVersion, bytes }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

function checkColumn(
  name: string,
  values: unknown,
  count: number,
  ok: (v: unknown) => boolean,
): string | null {
  if (!Array.isArray(values) || values.length !== count)
    return `column "${name}" is missing or has the wrong length`
  for (let i = 0; i < count; i++)
    if (!ok(values[i])) return `column "${name}" has a bad value at row ${i + 1}`
  return null
}

const isString = (v: unknown) => typeof v === 'string'
const isNonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0
const isOptionalString = (v: unknown) => v === null || typeof v === 'string'

/** Reads a parsed catalog file; any malformed part gives a reason instead of a catalog. */
export function decodeCatalog(json: unknown): Decoded {
  if (typeof json !== 'object' || json === null) return { ok: false, reason: 'not a catalog' }
  const file = json as Partial<CatalogFile> & { articles?: unknown }
  if (file.format !== ARCHIVE_FORMAT || typeof file.formatVersion !== 'number')
    return { ok: false, reason: 'not a Scholion catalog' }
  if (file.formatVersion > ARCHIVE_FORMAT_VERSION) return { ok: false, reason: 'newer' }
  if (file.formatVersion === 1) return decodeVersion1(file.articles)
  const count = file.count
  const columns = file.columns as Record<string, unknown> | undefined
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || !columns)
    return { ok: false, reason: 'missing columns' }
  const checks: [string, (v: unknown) => boolean][] = [
    ['id', isNonEmpty],
    ['title', isString],
    ['lang', isNonEmpty],
    ['date', (v) => v === null || (typeof v === 'string' && DATE.test(v))],
    ['author', isOptionalString],
    ['publication', isOptionalString],
    ['section', isOptionalString],
    ['sourceUrl', isOptionalString],
    ['wordCount', (v) => Number.isInteger(v) && (v as number) >= 0],
    // Only the length here (a pattern test of 50,000 hashes costs the open 20 ms); the library
    // checks the characters before a hash names a file (`isContentHash`).
    ['contentHash', (v) => typeof v === 'string' && v.length === 64],
    ['translationGroup', (v) => v === null || isNonEmpty(v)],
  ]
  if (columns.added !== undefined)
    checks.push(['added', (v) => v === null || (typeof v === 'string' && ISO_TIME.test(v))])
  for (const [name, ok] of checks) {
    const problem = checkColumn(name, columns[name], count, ok)
    if (problem) return { ok: false, reason: problem }
  }
  return { ok: true, catalog: new Catalog(columns as unknown as Columns, count) }
}

function decodeVersion1(articles: unknown): Decoded {
  if (!Array.isArray(articles)) return { ok: false, reason: 'missing articles' }
  const rows = articles.map((a: Record<string, unknown>): Record<string, unknown> => ({
    ...a,
    translationGroup: a?.translationGroup ?? null,
  }))
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, rows.map((r) => r[c])]))
  const decoded = decodeCatalog({
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    count: rows.length,
    columns,
  })
  if (!decoded.ok) return decoded
  // Format 1 was sorted by id: put it in date order like format 2.
  const sorted = Array.from({ length: decoded.catalog.count }, (_, i) =>
    decoded.catalog.summary(i),
  ).sort(compareByDateDesc)
  return decodeCatalog(JSON.parse(encodeCatalog(sorted)))
}

/** The section index of an article without one (and past the 65,535th section). */
export const NO_SECTION = 0xffff

/** A decoded catalog: rows by index (0 = newest), with a few precomputed keys for filtering. */
export class Catalog {
  /** Index of each article's language in `languages`. */
  readonly langIndex: Uint16Array
  readonly languages: string[]
  /** Index of each article's section in `sections`; NO_SECTION when it has none. */
  readonly sectionIndex: Uint16Array
  readonly sections: string[]
  /** Year of each article, 0 when undated. */
  readonly years: Uint16Array
  private readonly ids = new Map<string, number>()
  /** Rows whose id an earlier row already has (ignored). */
  readonly duplicateRows: number[] = []

  /** `preferred(row)`, when given, says which of two rows with one id to keep (else the first). */
  constructor(
    readonly columns: Columns,
    readonly count: number,
    preferred?: (row: number) => boolean,
  ) {
    const langs = new Map<string, number>()
    const sections = new Map<string, number>()
    this.langIndex = new Uint16Array(count)
    this.sectionIndex = new Uint16Array(count)
    this.years = new Uint16Array(count)
    for (let i = 0; i < count; i++) {
      const lang = columns.lang[i]!
      let code = langs.get(lang)
      if (code === undefined) langs.set(lang, (code = langs.size))
      this.langIndex[i] = code
      const section = columns.section[i]
      let s = section ? sections.get(section) : NO_SECTION
      if (s === undefined && sections.size < NO_SECTION) sections.set(section!, (s = sections.size))
      this.sectionIndex[i] = s ?? NO_SECTION
      const date = columns.date[i]
      this.years[i] = date ? Number(date.slice(0, 4)) : 0
      const id = columns.id[i]!
      const earlier = this.ids.get(id)
      if (earlier === undefined) this.ids.set(id, i)
      else if (preferred && preferred(i) && !preferred(earlier)) {
        this.duplicateRows.push(earlier)
        this.ids.set(id, i)
      } else this.duplicateRows.push(i)
    }
    this.languages = [...langs.keys()]
    this.sections = [...sections.keys()]
  }

  summary(i: number): ArticleSummary {
    const c = this.columns
    return {
      id: c.id[i]!,
      title: c.title[i]!,
      lang: c.lang[i]!,
      date: c.date[i]!,
      author: c.author[i]!,
      publication: c.publication[i]!,
      section: c.section[i]!,
      sourceUrl: c.sourceUrl[i]!,
      wordCount: c.wordCount[i]!,
      contentHash: c.contentHash[i]!,
      translationGroup: c.translationGroup[i]!,
      ...(c.added?.[i] ? { added: c.added[i]! } : {}),
    }
  }

  /** Row of an id (the first, if listed twice), or -1. */
  indexOf(id: string): number {
    return this.ids.get(id) ?? -1
  }
}

/** Two catalogs as one, still newest first: the rows of both, and which catalog each came from
 * (0 or 1). An id in both is kept from the second (the user's library, where a newer version of
 * an archive article stands in for it); the first's row becomes a duplicate. */
export function mergeCatalogs(a: Catalog, b: Catalog): { catalog: Catalog; shelf: Uint8Array } {
  const count = a.count + b.count
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, new Array(count)])) as {
    [K in keyof Columns]: unknown[]
  }
  const shelf = new Uint8Array(count)
  const added: (string | null)[] | null =
    a.columns.added || b.columns.added ? new Array(count) : null
  // Row i of `x` comes before row j of `y` in date order (undated last, ties by id).
  const before = (x: Catalog, i: number, y: Catalog, j: number) => {
    const dx = x.columns.date[i]!
    const dy = y.columns.date[j]!
    if (dx !== dy) return dy === null ? true : dx === null ? false : dx > dy
    return x.columns.id[i]! <= y.columns.id[j]!
  }
  let i = 0
  let j = 0
  for (let k = 0; k < count; k++) {
    const fromA = j >= b.count || (i < a.count && before(a, i, b, j))
    const [from, row] = fromA ? [a, i++] : [b, j++]
    shelf[k] = fromA ? 0 : 1
    for (const c of COLUMNS) columns[c][k] = from.columns[c][row]
    if (added) added[k] = from.columns.added?.[row] ?? null
  }
  if (added) (columns as { added?: unknown[] }).added = added
  // The second catalog's rows win an id both list: mark the first's as their duplicates.
  const merged = new Catalog(columns as unknown as Columns, count, (row) => shelf[row] === 1)
  return { catalog: merged, shelf }
}
