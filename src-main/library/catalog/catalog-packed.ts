// Reads the packed catalog file (format 3, `catalog.bin`; layout in catalog-layout.ts): one
// read and a few checking loops over typed arrays open 50,000 articles. No string is decoded
// until its row is shown (or a whole column is asked for, e.g. titles to sort by); ids are found
// by binary search in the stored id order instead of a map built at every open.
import type { ArticleSummary } from '../../../src-shared/article'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from '../../archive/archive-format'
import {
  align,
  dateText,
  MAGIC,
  NO_SECTION,
  OPTIONAL_TEXT,
  REQUIRED_TEXT,
  type Header,
  type TextColumn,
} from './catalog-layout'

/** True when `bytes` begin like a packed catalog (whatever their state after that). */
export function isPackedCatalog(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(8, bytes.length)).toString('latin1') ===
    MAGIC
  )
}

export type PackedDecoded = { ok: true; catalog: PackedCatalog } | { ok: false; reason: string }

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

/** Reads a packed catalog; any malformed part gives a reason (naming column and row) instead.
 * `reason` is 'newer' for a catalog of a newer format. */
export function decodePackedCatalog(input: Uint8Array): PackedDecoded {
  // Typed views need 4-aligned offsets: a buffer from a pool may start anywhere.
  const buf =
    input.byteOffset % 4 === 0
      ? Buffer.from(input.buffer, input.byteOffset, input.length)
      : Buffer.from(input)
  const fail = (reason: string): PackedDecoded => ({ ok: false, reason })
  if (!isPackedCatalog(buf) || buf.length < 12) return fail('not a Scholion catalog')
  const headerLength = buf.readUInt32LE(MAGIC.length)
  if (MAGIC.length + 4 + headerLength > buf.length) return fail('the file is cut short')
  let header: Header
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header
  } catch {
    return fail('its header cannot be read')
  }
  if (header?.format !== ARCHIVE_FORMAT || typeof header.formatVersion !== 'number')
    return fail('not a Scholion catalog')
  if (header.formatVersion > ARCHIVE_FORMAT_VERSION) return fail('newer')
  const { count, languages, sections, parts } = header
  if (!Number.isInteger(count) || count < 0) return fail('a bad article count')
  const names = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0)
  if (!names(languages) || languages.length > NO_SECTION) return fail('a bad language table')
  if (!names(sections) || sections.length > NO_SECTION) return fail('a bad section table')
  if (typeof parts !== 'object' || parts === null) return fail('missing columns')
  const dataStart = align(MAGIC.length + 4 + headerLength)

  const part = (name: string, length: number | null, optional = false): Buffer | null | string => {
    const range = parts[name]
    if (range === undefined) return optional ? null : `column "${name.split('.')[0]}" is missing`
    const [start, size] = range
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(size) ||
      start % 4 !== 0 ||
      dataStart + start + size > buf.length
    )
      return buf.length < dataStart + start + size
        ? 'the file is cut short'
        : `column "${name.split('.')[0]}" is out of place`
    if (length !== null && size !== length)
      return `column "${name.split('.')[0]}" has the wrong length`
    return buf.subarray(dataStart + start, dataStart + start + size)
  }
  const u16 = (b: Buffer) => new Uint16Array(b.buffer, b.byteOffset, b.length / 2)
  const u32 = (b: Buffer) => new Uint32Array(b.buffer, b.byteOffset, b.length / 4)

  const text: Partial<Record<TextColumn, TextValues>> = {}
  for (const name of [...REQUIRED_TEXT, ...OPTIONAL_TEXT]) {
    const optional = (OPTIONAL_TEXT as readonly string[]).includes(name)
    const offsets = part(`${name}.offsets`, (count + 1) * 4, name === 'added')
    if (offsets === null) continue
    const nulls = optional ? part(`${name}.nulls`, count) : null
    const bytes = part(`${name}.bytes`, null)
    for (const p of [offsets, nulls, bytes]) if (typeof p === 'string') return fail(p)
    const values = new TextValues(u32(offsets as Buffer), nulls as Buffer | null, bytes as Buffer)
    const problem = values.check(name, name === 'id' || name === 'translationGroup')
    if (problem) return fail(problem)
    text[name] = values
  }
  const numeric = [
    ['lang', count * 2],
    ['section', count * 2],
    ['date', count * 4],
    ['wordCount', count * 4],
    ['contentHash', count * 32],
    ['idOrder', count * 4],
  ] as const
  const got: Record<string, Buffer> = {}
  for (const [name, length] of numeric) {
    const p = part(name, length)
    if (typeof p === 'string') return fail(p)
    got[name] = p!
  }
  const lang = u16(got.lang!)
  const section = u16(got.section!)
  const date = u32(got.date!)
  const rowProblem = (name: string, i: number) => `column "${name}" has a bad value at row ${i + 1}`
  for (let i = 0; i < count; i++) {
    if (lang[i]! >= languages.length) return fail(rowProblem('lang', i))
    const s = section[i]!
    if (s !== NO_SECTION && s >= sections.length) return fail(rowProblem('section', i))
    const d = date[i]!
    if (d !== 0) {
      const m = Math.floor(d / 100) % 100
      const day = d % 100
      if (d < 10000 || d > 99991231 || m < 1 || m > 12 || day < 1 || day > 31)
        return fail(rowProblem('date', i))
    }
  }
  const added = text.added
  if (added)
    for (let i = 0; i < count; i++) {
      const t = added.get(i)
      if (t !== null && !ISO_TIME.test(t)) return fail(rowProblem('added', i))
    }
  const catalog = new PackedCatalog(
    count,
    languages,
    sections,
    text as Record<TextColumn, TextValues> & { added?: TextValues },
    lang,
    section,
    date,
    u32(got.wordCount!),
    got.contentHash!,
    u32(got.idOrder!),
  )
  const problem = catalog.checkIdOrder()
  return problem ? fail(problem) : { ok: true, catalog }
}

/** One text column: UTF-8 bytes of every row, the end of each row's bytes, and (for columns
 * that may be null) a null flag per row. */
class TextValues {
  constructor(
    readonly offsets: Uint32Array,
    readonly nulls: Uint8Array | null,
    readonly bytes: Buffer,
  ) {}

  /** Why the column is malformed, or null. `nonEmpty`: a value is never the empty string. */
  check(name: string, nonEmpty: boolean): string | null {
    const { offsets, nulls, bytes } = this
    if (offsets[0] !== 0 || offsets[offsets.length - 1] !== bytes.length)
      return `column "${name}" does not match its text`
    for (let i = 0; i + 1 < offsets.length; i++) {
      const size = offsets[i + 1]! - offsets[i]!
      const isNull = nulls !== null && nulls[i] !== 0
      if (size < 0 || (nulls !== null && nulls[i]! > 1) || (isNull && size !== 0))
        return `column "${name}" has a bad value at row ${i + 1}`
      if (nonEmpty && !isNull && size === 0)
        return `column "${name}" has an empty value at row ${i + 1}`
    }
    return null
  }

  get(i: number): string | null {
    if (this.nulls !== null && this.nulls[i] !== 0) return null
    return this.bytes.toString('utf8', this.offsets[i], this.offsets[i + 1])
  }

  /** The row's bytes compared with `needle` (-1, 0, 1), without decoding them. */
  compare(i: number, needle: Buffer): number {
    return this.bytes.compare(needle, 0, needle.length, this.offsets[i], this.offsets[i + 1])
  }
}

/** A decoded packed catalog: rows by index (0 = newest), with keys for filtering ready. */
export class PackedCatalog {
  /** Year of each article, 0 when undated. */
  readonly years: Uint16Array
  /** Rows whose id an earlier row already has (ignored). */
  readonly duplicateRows: number[] = []
  private all = new Map<TextColumn, (string | null)[]>()

  constructor(
    readonly count: number,
    readonly languages: string[],
    readonly sections: string[],
    private readonly text: Record<TextColumn, TextValues> & { added?: TextValues },
    /** Index of each article's language in `languages`. */
    readonly langIndex: Uint16Array,
    /** Index of each article's section in `sections`; NO_SECTION when it has none. */
    readonly sectionIndex: Uint16Array,
    private readonly dates: Uint32Array,
    private readonly words: Uint32Array,
    private readonly hashes: Buffer,
    private readonly idOrder: Uint32Array,
  ) {
    this.years = new Uint16Array(count)
    for (let i = 0; i < count; i++) this.years[i] = Math.floor(dates[i]! / 10000)
  }

  /** Checks that the id order lists every row once, sorted; notes ids listed twice (the first
   * row keeps the id). Why not, or null. */
  checkIdOrder(): string | null {
    const { count, idOrder } = this
    const ids = this.text.id
    const seen = new Uint8Array(count)
    for (let k = 0; k < count; k++) {
      const row = idOrder[k]!
      if (row >= count || seen[row]) return 'the id index is damaged'
      seen[row] = 1
      if (k === 0) continue
      const prev = idOrder[k - 1]!
      const order = ids.bytes.compare(
        ids.bytes,
        ids.offsets[row],
        ids.offsets[row + 1],
        ids.offsets[prev],
        ids.offsets[prev + 1],
      )
      if (order > 0 || (order === 0 && prev > row)) return 'the id index is out of order'
      if (order === 0) this.duplicateRows.push(row)
    }
    return null
  }

  id(i: number): string {
    return this.text.id.get(i)!
  }
  title(i: number): string {
    return this.text.title.get(i)!
  }
  date(i: number): string | null {
    return dateText(this.dates[i]!)
  }
  sourceUrl(i: number): string | null {
    return this.text.sourceUrl.get(i)
  }
  translationGroup(i: number): string | null {
    return this.text.translationGroup.get(i)
  }
  contentHash(i: number): string {
    return this.hashes.toString('hex', i * 32, i * 32 + 32)
  }
  added(i: number): string | null {
    return this.text.added?.get(i) ?? null
  }
  get hasAdded(): boolean {
    return this.text.added !== undefined
  }
  /** The date as a number that sorts like it (yyyymmdd), 0 when undated. */
  dateKey(i: number): number {
    return this.dates[i]!
  }

  /** Every row's value of a text column, decoded once and kept (for sorting and filtering). */
  column(name: 'id' | 'title'): (string | null)[] {
    let values = this.all.get(name)
    if (!values) {
      const col = this.text[name]
      values = Array.from({ length: this.count }, (_, i) => col.get(i))
      this.all.set(name, values)
    }
    return values
  }

  summary(i: number): ArticleSummary {
    const t = this.text
    const added = this.added(i)
    return {
      id: this.id(i),
      title: this.title(i),
      lang: this.languages[this.langIndex[i]!]!,
      date: this.date(i),
      author: t.author.get(i),
      publication: t.publication.get(i),
      section: this.sectionIndex[i] === NO_SECTION ? null : this.sections[this.sectionIndex[i]!]!,
      sourceUrl: t.sourceUrl.get(i),
      wordCount: this.words[i]!,
      contentHash: this.contentHash(i),
      translationGroup: t.translationGroup.get(i),
      ...(added ? { added } : {}),
    }
  }

  /** Row of an id (the first, if listed twice), or -1: a binary search of the id order. */
  indexOf(id: string): number {
    const needle = Buffer.from(id)
    const ids = this.text.id
    let lo = 0
    let hi = this.count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (ids.compare(this.idOrder[mid]!, needle) < 0) lo = mid + 1
      else hi = mid
    }
    return lo < this.count && ids.compare(this.idOrder[lo]!, needle) === 0 ? this.idOrder[lo]! : -1
  }
}
