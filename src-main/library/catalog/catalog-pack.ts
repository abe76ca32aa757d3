// Writes the packed catalog file (format 3, `catalog.bin`; layout in catalog-layout.ts): the
// articles sorted newest first, each field by column, text as UTF-8 with row offsets, and the
// rows in id order for lookups by binary search.
import type { ArticleSummary } from '../../../src-shared/article'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from '../../archive/archive-format'
import {
  align,
  compareByDateDesc,
  dateNumber,
  MAGIC,
  NO_SECTION,
  OPTIONAL_TEXT,
  REQUIRED_TEXT,
  type Header,
  type TextColumn,
} from './catalog-layout'

/** The catalog file's bytes for `articles` (sorted here; input order does not matter). */
export function encodePackedCatalog(articles: readonly ArticleSummary[]): Buffer {
  const rows = [...articles].sort(compareByDateDesc)
  const count = rows.length
  const parts: [string, Uint8Array][] = []
  const languages = new Map<string, number>()
  const sections = new Map<string, number>()
  const lang = new Uint16Array(count)
  const section = new Uint16Array(count)
  const date = new Uint32Array(count)
  const words = new Uint32Array(count)
  const hashes = Buffer.alloc(count * 32)
  rows.forEach((a, i) => {
    let l = languages.get(a.lang)
    if (l === undefined) languages.set(a.lang, (l = languages.size))
    lang[i] = l
    let s = a.section === null ? NO_SECTION : sections.get(a.section)
    if (s === undefined && sections.size < NO_SECTION) sections.set(a.section!, (s = sections.size))
    section[i] = s ?? NO_SECTION
    date[i] = dateNumber(a.date)
    words[i] = a.wordCount
    hashes.write(a.contentHash, i * 32, 32, 'hex')
  })
  const text = (name: TextColumn, values: (string | null | undefined)[]) => {
    const offsets = new Uint32Array(count + 1)
    const nulls = new Uint8Array(count)
    let at = 0
    values.forEach((v, i) => {
      if (v === null || v === undefined) nulls[i] = 1
      else at += Buffer.byteLength(v)
      offsets[i + 1] = at
    })
    parts.push([`${name}.offsets`, new Uint8Array(offsets.buffer)])
    if ((OPTIONAL_TEXT as readonly string[]).includes(name)) parts.push([`${name}.nulls`, nulls])
    parts.push([`${name}.bytes`, Buffer.from(values.filter((v) => v != null).join(''))])
  }
  for (const name of REQUIRED_TEXT)
    text(
      name,
      rows.map((a) => a[name]),
    )
  for (const name of OPTIONAL_TEXT)
    if (name !== 'added' || rows.some((a) => a.added))
      text(
        name,
        rows.map((a) => a[name]),
      )
  const ids = rows.map((a) => Buffer.from(a.id))
  const idOrder = Uint32Array.from(rows.keys()).sort(
    (x, y) => Buffer.compare(ids[x]!, ids[y]!) || x - y,
  )
  parts.push(
    ['lang', new Uint8Array(lang.buffer)],
    ['section', new Uint8Array(section.buffer)],
    ['date', new Uint8Array(date.buffer)],
    ['wordCount', new Uint8Array(words.buffer)],
    ['contentHash', hashes],
    ['idOrder', new Uint8Array(idOrder.buffer)],
  )
  const header: Header = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    count,
    languages: [...languages.keys()],
    sections: [...sections.keys()],
    parts: {},
  }
  let at = 0
  for (const [name, bytes] of parts) {
    header.parts[name] = [at, bytes.length]
    at += align(bytes.length)
  }
  const headerBytes = Buffer.from(JSON.stringify(header))
  const dataStart = align(MAGIC.length + 4 + headerBytes.length)
  const out = Buffer.alloc(dataStart + at)
  out.write(MAGIC, 0, 'latin1')
  out.writeUInt32LE(headerBytes.length, MAGIC.length)
  headerBytes.copy(out, MAGIC.length + 4)
  for (const [name, bytes] of parts) out.set(bytes, dataStart + header.parts[name]![0])
  return out
}
