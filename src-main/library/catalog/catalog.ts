// The catalog of an archive, as the library asks for it (rows by index, newest first; no object
// per article until it is shown), and reading the file: format 3 is packed (catalog-packed.ts);
// formats 1 and 2, JSON, are still read. Two catalogs listed as one: catalog-merged.ts.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary } from '../../../src-shared/article'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  CATALOG_FILE,
  LEGACY_CATALOG_FILE,
} from '../../archive/archive-format'
import { encodePackedCatalog } from './catalog-pack'
import { compareByDateDesc, NO_SECTION, type Catalog } from './catalog-layout'
import { decodePackedCatalog, isPackedCatalog } from './catalog-packed'
import { MergedCatalog } from './catalog-merged'

export { compareByDateDesc, MergedCatalog, NO_SECTION }
export type { Catalog }

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
