import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../src-shared/article'
import {
  decodeCatalog,
  decodeCatalogBytes,
  encodeCatalog,
  MergedCatalog,
  type Catalog,
} from './catalog'

const row = (id: string, title: string, date: string | null, more: Partial<ArticleSummary> = {}) =>
  ({
    id,
    title,
    lang: 'el',
    date,
    author: 'Γιώργος',
    publication: null,
    section: null,
    sourceUrl: null,
    wordCount: 3,
    contentHash: id.length.toString(16).padStart(2, '0').repeat(32),
    translationGroup: null,
    ...more,
  }) satisfies ArticleSummary

const articles = [
  row('el-1', 'Η πάλη των τάξεων', '2021-01-01', { section: 'Άρθρα', sourceUrl: 'https://x/1' }),
  row('ar-1', 'النضال الطبقي 😀', null, { lang: 'ar', author: null, translationGroup: 'g' }),
  row('en-1', 'Plain "quoted" title', '2023-05-06', { wordCount: 4_000_000, publication: '' }),
  row('ru-1', 'Борьба', '0999-12-31', { lang: 'ru', section: 'Статьи' }),
]

function decode(bytes: Buffer): Catalog {
  const decoded = decodeCatalogBytes(bytes)
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.catalog
}
const all = (c: Catalog) => Array.from({ length: c.count }, (_, i) => c.summary(i))
const reason = (bytes: Buffer) => {
  const decoded = decodeCatalogBytes(bytes)
  return decoded.ok ? 'ok' : decoded.reason
}

/** The byte offset of a part of a packed catalog (from its header). */
function partAt(bytes: Buffer, name: string): number {
  const length = bytes.readUInt32LE(8)
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + length)) as {
    parts: Record<string, [number, number]>
  }
  return ((12 + length + 3) & ~3) + header.parts[name]![0]
}

describe('the packed catalog (format 3)', () => {
  it('reads back to the same articles, newest first, undated last', () => {
    const catalog = decode(encodeCatalog(articles))
    expect(all(catalog).map((a) => a.id)).toEqual(['en-1', 'el-1', 'ru-1', 'ar-1'])
    for (const a of articles) expect(all(catalog).find((b) => b.id === a.id)).toEqual(a)
    expect(catalog.years[0]).toBe(2023)
    expect(catalog.years[3]).toBe(0)
    expect([...catalog.languages].sort()).toEqual(['ar', 'el', 'ru'])
    expect([...catalog.sections].sort()).toEqual(['Άρθρα', 'Статьи'])
    expect(catalog.hasAdded).toBe(false)
  })

  it('finds every id by binary search, and nothing else', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      row(`id-${(i * 7919) % 1000}-Ω`, `t${i}`, `20${String(i % 30).padStart(2, '0')}-01-02`),
    )
    const catalog = decode(encodeCatalog(many))
    for (const a of many) expect(catalog.id(catalog.indexOf(a.id))).toBe(a.id)
    for (const missing of ['', 'id-', 'id-1-', 'zzz', 'id-0-Ω ', 'ID-0-Ω'])
      expect(catalog.indexOf(missing)).toBe(-1)
  })

  it('keeps the first row of an id listed twice and lists the other as a duplicate', () => {
    const twice = [...articles, row('el-1', 'Impostor', '2020-01-01')]
    const catalog = decode(encodeCatalog(twice))
    expect(catalog.duplicateRows.map((r) => catalog.title(r))).toEqual(['Impostor'])
    expect(catalog.title(catalog.indexOf('el-1'))).toBe('Η πάλη των τάξεων')
  })

  it('keeps when each own article was added', () => {
    const own = [row('a', 'A', null, { added: '2026-01-02T03:04:05.678Z' }), row('b', 'B', null)]
    const catalog = decode(encodeCatalog(own))
    expect(catalog.hasAdded).toBe(true)
    expect(all(catalog)).toEqual(own)
  })

  it('refuses a truncated, garbled or newer file with a reason, never a crash', () => {
    const bytes = encodeCatalog(articles)
    for (let cut = 0; cut < bytes.length; cut += 7)
      expect(reason(bytes.subarray(0, cut))).not.toBe('ok')
    for (let at = 0; at < bytes.length; at++) {
      const flipped = Buffer.from(bytes)
      flipped[at] = flipped[at]! ^ 0xa5
      expect(() => decodeCatalogBytes(flipped)).not.toThrow()
    }
    const newer = Buffer.from(
      bytes.toString('latin1').replace('"formatVersion":3', '"formatVersion":9'),
      'latin1',
    )
    expect(reason(newer)).toBe('newer')
  })

  it('names the column and row of a bad value', () => {
    const bytes = encodeCatalog(articles)
    const badDate = Buffer.from(bytes)
    badDate.writeUInt32LE(20231399, partAt(bytes, 'date') + 4)
    expect(reason(badDate)).toBe('column "date" has a bad value at row 2')
    const badLang = Buffer.from(bytes)
    badLang.writeUInt16LE(77, partAt(bytes, 'lang'))
    expect(reason(badLang)).toBe('column "lang" has a bad value at row 1')
    const badOrder = Buffer.from(bytes)
    const order = partAt(bytes, 'idOrder')
    const [first, second] = [badOrder.readUInt32LE(order), badOrder.readUInt32LE(order + 4)]
    badOrder.writeUInt32LE(second, order)
    badOrder.writeUInt32LE(first, order + 4)
    expect(reason(badOrder)).toBe('the id index is out of order')
    const emptyId = encodeCatalog([row('', 'No id', null)])
    expect(reason(emptyId)).toBe('column "id" has an empty value at row 1')
  })
})

describe('catalogs of formats 1 and 2 (JSON)', () => {
  const columns = (rows: ArticleSummary[]) =>
    Object.fromEntries(
      Object.keys(rows[0]!).map((k) => [k, rows.map((r) => r[k as keyof ArticleSummary])]),
    )

  it('reads a format 2 catalog as the same articles', () => {
    const json = {
      format: 'scholion-archive',
      formatVersion: 2,
      count: 4,
      columns: columns(articles),
    }
    const decoded = decodeCatalogBytes(Buffer.from(JSON.stringify(json)))
    if (!decoded.ok) throw new Error(decoded.reason)
    expect(decoded.formatVersion).toBe(2)
    expect(all(decoded.catalog).map((a) => a.id)).toEqual(['en-1', 'el-1', 'ru-1', 'ar-1'])
    for (const a of articles) expect(all(decoded.catalog).find((b) => b.id === a.id)).toEqual(a)
  })

  it('refuses a content hash that is not one, and a malformed column, naming it', () => {
    const bad = columns(articles) as { contentHash: string[]; date: unknown[] }
    bad.contentHash[1] = `../../etc/${'x'.repeat(54)}`
    const json = { format: 'scholion-archive', formatVersion: 2, count: 4, columns: bad }
    expect(decodeCatalog(json)).toEqual({
      ok: false,
      reason: 'column "contentHash" has a bad value at row 2',
    })
  })
})

describe('MergedCatalog', () => {
  const archive = decode(encodeCatalog(articles))
  const own = decode(
    encodeCatalog([
      row('mine', 'Mine', '2022-02-02', {
        lang: 'de',
        section: 'Notizen',
        added: '2026-01-01T00:00:00.000Z',
      }),
      row('el-1', 'Η πάλη (newer version)', '2021-01-01'),
    ]),
  )
  const merged = new MergedCatalog(archive, own)

  it('lists both newest first, and an id in both from the second', () => {
    expect(all(merged).map((a) => a.title)).toEqual([
      'Plain "quoted" title',
      'Mine',
      'Η πάλη των τάξεων',
      'Η πάλη (newer version)',
      'Борьба',
      'النضال الطبقي 😀',
    ])
    expect(merged.duplicateRows.map((r) => merged.title(r))).toEqual(['Η πάλη των τάξεων'])
    expect(merged.title(merged.indexOf('el-1'))).toBe('Η πάλη (newer version)')
    expect(merged.standsIn[merged.indexOf('el-1')]).toBe(1)
    expect(merged.standsIn[merged.indexOf('mine')]).toBe(0)
    expect(merged.indexOf('nowhere')).toBe(-1)
  })

  it('keeps languages, sections and years right across both', () => {
    for (let k = 0; k < merged.count; k++) {
      const a = merged.summary(k)
      expect(merged.languages[merged.langIndex[k]!]).toBe(a.lang)
      expect(a.section === null ? 0xffff : merged.sections[merged.sectionIndex[k]!]).toBe(
        a.section ?? 0xffff,
      )
      expect(merged.years[k]).toBe(a.date ? Number(a.date.slice(0, 4)) : 0)
    }
    expect(merged.column('title')).toEqual(all(merged).map((a) => a.title))
    expect(merged.added(merged.indexOf('mine'))).toBe('2026-01-01T00:00:00.000Z')
  })
})
