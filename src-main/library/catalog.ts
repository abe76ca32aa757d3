// The catalog of an archive: reading the file (format 3, packed: catalog-packed.ts; formats 1
// and 2, JSON, are still read), and two catalogs listed as one (the bundled archive and the
// user's own files). Rows are by index, newest first; no object per article is made until it
// is shown.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary } from '../../src-shared/article'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  CATALOG_FILE,
  LEGACY_CATALOG_FILE,
} from './archive-format'
import {
  compareByDateDesc,
  decodePackedCatalog,
  encodePackedCatalog,
  isPackedCatalog,
  NO_SECTION,
  type PackedCatalog,
} from './catalog-packed'

export { compareByDateDesc, NO_SECTION }

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
  column(name: 'id' | 'title' | 'sourceUrl' | 'translationGroup'): (string | null)[]
  summary(i: number): ArticleSummary
  /** Row of an id (the row that keeps it), or -1. */
  indexOf(id: string): number
}

/** The catalog file's bytes for `articles` (sorted here; input order does not matter). */
export function encodeCatalog(articles: readonly ArticleSummary[]): Buffer {
  return encodePackedCatalog(articles)
}

export type Decoded = { ok: true; catalog: Catalog } | { ok: false; reason: string }

export type CatalogRead =
  | { state: 'missing' }
  | { state: 'bad'; reason: string; file: string }
  | { state: 'ok'; catalog: Catalog; formatVersion: number; bytes: Buffer; file: string }

/** Reads and decodes the catalog of the archive in `dir`: `catalog.bin`, or an older archive's
 * `catalog.json`. `reason` is 'newer' for a catalog of a newer format. */
export async function readCatalogFile(dir: string): Promise<CatalogRead> {
  let bytes: Buffer | null = null
  let file = CATALOG_FILE
  for (const name of [CATALOG_FILE, LEGACY_CATALOG_FILE]) {
    try {
      bytes = await readFile(join(dir, name))
      file = name
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        return { state: 'bad', reason: (error as Error).message, file: name }
    }
  }
  if (!bytes) return { state: 'missing' }
  const decoded = decodeCatalogBytes(bytes)
  if (!decoded.ok) return { state: 'bad', reason: decoded.reason, file }
  const { catalog, formatVersion } = decoded
  return { state: 'ok', catalog, formatVersion, bytes, file }
}

/** A catalog file's bytes, of any format, decoded. */
export function decodeCatalogBytes(
  bytes: Buffer,
): { ok: true; catalog: Catalog; formatVersion: number } | { ok: false; reason: string } {
  if (isPackedCatalog(bytes)) {
    const packed = decodePackedCatalog(bytes)
    return packed.ok ? { ...packed, formatVersion: ARCHIVE_FORMAT_VERSION } : packed
  }
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    return { ok: false, reason: 'not a catalog' }
  }
  const decoded = decodeCatalog(json)
  if (!decoded.ok) return decoded
  return { ...decoded, formatVersion: (json as { formatVersion: number }).formatVersion }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

/** The fields of formats 1 and 2, in the order of a format 2 catalog's columns. */
const JSON_COLUMNS = [
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

/** Reads a parsed JSON catalog (formats 1 and 2); any malformed part gives a reason instead of
 * a catalog. A packed catalog is made of it, so the rest of the app knows one kind. */
export function decodeCatalog(json: unknown): Decoded {
  if (typeof json !== 'object' || json === null) return { ok: false, reason: 'not a catalog' }
  const file = json as {
    format?: unknown
    formatVersion?: unknown
    count?: unknown
    columns?: Record<string, unknown>
    articles?: unknown
  }
  if (file.format !== ARCHIVE_FORMAT || typeof file.formatVersion !== 'number')
    return { ok: false, reason: 'not a Scholion catalog' }
  if (file.formatVersion > ARCHIVE_FORMAT_VERSION) return { ok: false, reason: 'newer' }
  if (file.formatVersion === 1) return decodeVersion1(file.articles)
  const { count, columns } = file
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
    ['wordCount', (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32],
    ['contentHash', (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)],
    ['translationGroup', (v) => v === null || isNonEmpty(v)],
  ]
  if (columns.added !== undefined)
    checks.push(['added', (v) => v === null || (typeof v === 'string' && ISO_TIME.test(v))])
  for (const [name, ok] of checks) {
    const problem = checkColumn(name, columns[name], count, ok)
    if (problem) return { ok: false, reason: problem }
  }
  const column = (name: string) => columns[name] as unknown[]
  const rows = Array.from({ length: count }, (_, i): ArticleSummary => {
    const row = Object.fromEntries(
      JSON_COLUMNS.map((c) => [c, column(c)[i]]),
    ) as unknown as ArticleSummary
    const added = (columns.added as (string | null)[] | undefined)?.[i]
    return added ? { ...row, added } : row
  })
  return decodeRows(rows)
}

function decodeRows(rows: ArticleSummary[]): Decoded {
  const packed = decodePackedCatalog(encodePackedCatalog(rows))
  return packed.ok ? packed : { ok: false, reason: packed.reason }
}

function decodeVersion1(articles: unknown): Decoded {
  if (!Array.isArray(articles)) return { ok: false, reason: 'missing articles' }
  const rows = articles.map((a: Record<string, unknown>): Record<string, unknown> => ({
    ...a,
    translationGroup: a?.translationGroup ?? null,
  }))
  const columns = Object.fromEntries(JSON_COLUMNS.map((c) => [c, rows.map((r) => r[c])]))
  return decodeCatalog({
    format: ARCHIVE_FORMAT,
    formatVersion: 2,
    count: rows.length,
    columns,
  })
}

/** Two catalogs listed as one, still newest first. An id in both is kept from the second (the
 * user's library, where a newer version of an archive article stands in for it); the first's
 * row becomes a duplicate. */
export class MergedCatalog implements Catalog {
  readonly count: number
  /** Which catalog each row comes from (0 or 1), and its row there. */
  readonly shelf: Uint8Array
  private readonly rowOf: Uint32Array
  /** Rows of the second catalog whose id the first has too (they stand in for it). */
  readonly standsIn: Uint8Array
  private readonly rowsA: Uint32Array
  private readonly rowsB: Uint32Array
  readonly languages: string[]
  readonly langIndex: Uint16Array
  readonly sections: string[]
  readonly sectionIndex: Uint16Array
  readonly years: Uint16Array
  readonly duplicateRows: number[] = []
  readonly hasAdded: boolean
  private all = new Map<string, (string | null)[]>()

  constructor(
    private readonly a: Catalog,
    private readonly b: Catalog,
  ) {
    const count = (this.count = a.count + b.count)
    this.shelf = new Uint8Array(count)
    this.rowOf = new Uint32Array(count)
    this.standsIn = new Uint8Array(count)
    this.rowsA = new Uint32Array(a.count)
    this.rowsB = new Uint32Array(b.count)
    this.hasAdded = a.hasAdded || b.hasAdded
    // Row i of the first comes before row j of the second in date order (undated last, ties by
    // id), as each catalog is stored.
    const before = (i: number, j: number) => {
      const dx = a.dateKey(i)
      const dy = b.dateKey(j)
      if (dx !== dy) return dy === 0 ? true : dx === 0 ? false : dx > dy
      return a.id(i) <= b.id(j)
    }
    let i = 0
    let j = 0
    for (let k = 0; k < count; k++) {
      const fromA = j >= b.count || (i < a.count && before(i, j))
      if (fromA) {
        this.rowOf[k] = i
        this.rowsA[i++] = k
      } else {
        this.shelf[k] = 1
        this.rowOf[k] = j
        this.rowsB[j++] = k
      }
    }
    const tables = (x: string[], y: string[]) => {
      const names = [...x]
      const map = y.map((n) => {
        const at = names.indexOf(n)
        return at >= 0 ? at : names.push(n) - 1
      })
      return { names, map }
    }
    const langs = tables(a.languages, b.languages)
    const sections = tables(a.sections, b.sections)
    this.languages = langs.names
    this.sections = sections.names
    this.langIndex = new Uint16Array(count)
    this.sectionIndex = new Uint16Array(count)
    this.years = new Uint16Array(count)
    for (let k = 0; k < count; k++) {
      const [from, row] = this.source(k)
      const second = this.shelf[k] === 1
      const l = from.langIndex[row]!
      const s = from.sectionIndex[row]!
      this.langIndex[k] = second ? langs.map[l]! : l
      this.sectionIndex[k] = second && s !== NO_SECTION ? (sections.map[s] ?? NO_SECTION) : s
      this.years[k] = from.years[row]!
    }
    for (const row of a.duplicateRows) this.duplicateRows.push(this.rowsA[row]!)
    for (const row of b.duplicateRows) this.duplicateRows.push(this.rowsB[row]!)
    const bDuplicate = new Uint8Array(b.count)
    for (const row of b.duplicateRows) bDuplicate[row] = 1
    for (let r = 0; r < b.count; r++) {
      if (bDuplicate[r]) continue
      const inA = a.indexOf(b.id(r))
      if (inA < 0) continue
      this.duplicateRows.push(this.rowsA[inA]!)
      this.standsIn[this.rowsB[r]!] = 1
    }
  }

  private source(k: number): [Catalog, number] {
    return [this.shelf[k] === 1 ? this.b : this.a, this.rowOf[k]!]
  }

  id(k: number) {
    const [c, r] = this.source(k)
    return c.id(r)
  }
  title(k: number) {
    const [c, r] = this.source(k)
    return c.title(r)
  }
  date(k: number) {
    const [c, r] = this.source(k)
    return c.date(r)
  }
  dateKey(k: number) {
    const [c, r] = this.source(k)
    return c.dateKey(r)
  }
  sourceUrl(k: number) {
    const [c, r] = this.source(k)
    return c.sourceUrl(r)
  }
  translationGroup(k: number) {
    const [c, r] = this.source(k)
    return c.translationGroup(r)
  }
  contentHash(k: number) {
    const [c, r] = this.source(k)
    return c.contentHash(r)
  }
  added(k: number) {
    const [c, r] = this.source(k)
    return c.added(r)
  }
  summary(k: number) {
    const [c, r] = this.source(k)
    return c.summary(r)
  }
  column(name: 'id' | 'title' | 'sourceUrl' | 'translationGroup') {
    let values = this.all.get(name)
    if (!values) {
      const [x, y] = [this.a.column(name), this.b.column(name)]
      values = Array.from(
        { length: this.count },
        (_, k): string | null =>
          (this.shelf[k] === 1 ? y[this.rowOf[k]!] : x[this.rowOf[k]!]) ?? null,
      )
      this.all.set(name, values)
    }
    return values
  }
  indexOf(id: string): number {
    const inB = this.b.indexOf(id)
    if (inB >= 0) return this.rowsB[inB]!
    const inA = this.a.indexOf(id)
    return inA >= 0 ? this.rowsA[inA]! : -1
  }
}

export type { PackedCatalog }
