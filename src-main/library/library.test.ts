import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../src-shared/article'
import { buildArchive } from '../archive/archive-build'
import { encodeCatalog, readCatalogFile } from './catalog/catalog'
import { type Library } from './library'
import { openLibrary } from './open-library'
import { english } from '../../test-support/english'

let work: string
let archive: string
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-lib-'))
  const src = join(work, 'src')
  await mkdir(src)
  await writeFile(
    join(src, 'b-article.en.txt'),
    'Bravo workers\n\nText.\n\nPublished in Rizospastis, 2 May 2021',
  )
  await writeFile(join(src, 'a-article.el.txt'), 'Άλφα εργάτες\n\nΚείμενο.')
  await writeFile(
    join(src, 'c-article.en.txt'),
    'Charlie Κόμμα\n\nText.\n\nPublished in Rizospastis, 9 June 2023',
  )
  archive = join(work, 'archive')
  await buildArchive({ from: [src], out: archive })
})
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }))

/** The archive's catalog rewritten as format 2 JSON (what archives before format 3 hold). */
async function toFormat2(): Promise<{ columns: Record<string, unknown[]>; count: number }> {
  const read = await readCatalogFile(archive)
  if (read.state !== 'ok') throw new Error('no catalog')
  const rows = Array.from({ length: read.catalog.count }, (_, i) => read.catalog.summary(i))
  const columns = Object.fromEntries(
    Object.keys(rows[0]!).map((k) => [k, rows.map((r) => r[k as keyof ArticleSummary])]),
  )
  await rm(join(archive, 'catalog.bin'))
  return { columns, count: rows.length }
}
const writeFormat2 = (data: object) =>
  writeFile(
    join(archive, 'catalog.json'),
    JSON.stringify({ format: 'scholion-archive', formatVersion: 2, ...data }),
  )

async function open(): Promise<Library> {
  const opened = await openLibrary(archive)
  if (!opened.library) throw new Error(english(opened.notices[0]?.message))
  return opened.library
}
const list = (lib: Library, extra: Partial<Parameters<Library['list']>[0]> = {}) =>
  lib.list({ offset: 0, limit: 100, sort: 'date-desc', ...extra })

describe('Library.list', () => {
  it('sorts by date, newest first, undated last', async () => {
    const lib = await open()
    expect(list(lib).items.map((a) => a.id)).toEqual([
      'en-c-article',
      'en-b-article',
      'el-a-article',
    ])
    expect(list(lib, { sort: 'title' }).items.map((a) => a.title)).toEqual([
      'Bravo workers',
      'Charlie Κόμμα',
      'Άλφα εργάτες',
    ])
  })

  it('filters by language and by title, ignoring case and accents, with language counts', async () => {
    const lib = await open()
    expect(list(lib, { lang: 'el' }).items.map((a) => a.id)).toEqual(['el-a-article'])
    expect(list(lib, { query: 'ΚΟΜΜΑ' }).items.map((a) => a.id)).toEqual(['en-c-article'])
    expect(list(lib, { query: 'εργατες' }).items.map((a) => a.id)).toEqual(['el-a-article'])
    expect(list(lib).languages).toEqual([
      { lang: 'en', count: 2 },
      { lang: 'el', count: 1 },
    ])
  })

  it('lists oldest first with undated articles last, on every page', async () => {
    const lib = await open()
    expect(list(lib, { sort: 'date-asc' }).items.map((a) => a.id)).toEqual([
      'en-b-article',
      'en-c-article',
      'el-a-article',
    ])
    expect(list(lib, { sort: 'date-asc', limit: 1 }).items.map((a) => a.id)).toEqual([
      'en-b-article',
    ])
  })

  it('filters read and unread articles and counts both', async () => {
    const lib = await open()
    const opened = new Set(['en-c-article'])
    expect(
      lib
        .list({ offset: 0, limit: 10, sort: 'date-desc', status: 'read' }, opened)
        .items.map((a) => a.id),
    ).toEqual(['en-c-article'])
    const unread = lib.list({ offset: 0, limit: 10, sort: 'date-desc', status: 'unread' }, opened)
    expect(unread.items.map((a) => a.id)).toEqual(['en-b-article', 'el-a-article'])
    expect(unread.status).toEqual({ read: 1, unread: 2, annotated: 0, own: 0, new: 0 })
    expect(
      lib.list({ offset: 0, limit: 10, sort: 'date-desc', lang: 'en' }, opened).status,
    ).toEqual({ read: 1, unread: 1, annotated: 0, own: 0, new: 0 })
  })

  it('filters by section and counts each section among the other filters', async () => {
    const src = join(work, 'src')
    const md = (section: string, date: string) =>
      `---\nsection: ${section}\ndate: ${date}\n---\n# T\n\nText.`
    await writeFile(join(src, 'd-article.en.md'), md('Statements', '2022-01-01'))
    await writeFile(join(src, 'e-article.el.md'), md('Statements', '2021-01-01'))
    await writeFile(join(src, 'f-article.en.md'), md('Theory', '2020-01-01'))
    await buildArchive({ from: [src], out: archive })
    const lib = await open()
    expect(list(lib).sections).toEqual([
      { section: 'Statements', count: 2 },
      { section: 'Theory', count: 1 },
    ])
    const statements = list(lib, { section: 'Statements' })
    expect(statements.items.map((a) => a.id)).toEqual(['en-d-article', 'el-e-article'])
    // Languages are counted within the section; sections within the language.
    expect(statements.languages).toEqual([
      { lang: 'el', count: 1 },
      { lang: 'en', count: 1 },
    ])
    expect(list(lib, { lang: 'en' }).sections).toEqual([
      { section: 'Statements', count: 1 },
      { section: 'Theory', count: 1 },
    ])
    expect(list(lib, { section: 'Nowhere' }).total).toBe(0)
  })

  it('filters the articles with annotations and counts them', async () => {
    const lib = await open()
    const annotated = new Set(['el-a-article', 'not-in-the-library'])
    const page = lib.list(
      { offset: 0, limit: 10, sort: 'date-desc', status: 'annotated' },
      new Set(),
      annotated,
    )
    expect(page.items.map((a) => a.id)).toEqual(['el-a-article'])
    expect(page.status).toEqual({ read: 0, unread: 3, annotated: 1, own: 0, new: 0 })
    expect(
      lib.list({ offset: 0, limit: 10, sort: 'date-desc', lang: 'en' }, new Set(), annotated).status
        .annotated,
    ).toBe(0)
  })

  it('pages', async () => {
    const lib = await open()
    const page = list(lib, { offset: 1, limit: 1 })
    expect(page).toMatchObject({ total: 3, offset: 1 })
    expect(page.items.map((a) => a.id)).toEqual(['en-b-article'])
  })
})

describe('Library.get', () => {
  it('returns the document and its metadata', async () => {
    const result = await (await open()).get('en-b-article')
    expect(result.ok && result.value.meta.date).toBe('2021-05-02')
    expect(result.ok && result.value.doc.type).toBe('doc')
  })

  it('reports an unknown id and a damaged document clearly', async () => {
    const lib = await open()
    expect(await lib.get('nope')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const meta = list(lib).items.find((a) => a.id === 'en-b-article')!
    const file = join(archive, 'docs', `${meta.contentHash}.json`)
    await writeFile(file, (await readFile(file, 'utf8')).replace('Text.', 'Txet.'))
    const damaged = await lib.get('en-b-article')
    expect(damaged).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    expect(!damaged.ok && damaged.error.message).toContain('checksum')
    expect((await lib.get('en-c-article')).ok).toBe(true)
  })
})

describe('archive format 2', () => {
  it('links translations of an article', async () => {
    const { writeArchive } = await import('../archive/archive-write')
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }],
    }
    const base = {
      date: null,
      author: null,
      publication: null,
      section: null,
      sourceUrl: null,
      wordCount: 1,
    }
    await writeArchive(archive, [
      { ...base, id: 'en-a', title: 'A', lang: 'en', translationGroup: 'g1', doc },
      {
        ...base,
        id: 'el-a',
        title: 'Α',
        lang: 'el',
        translationGroup: 'g1',
        doc: { ...doc, content: [...doc.content] },
      },
      { ...base, id: 'en-b', title: 'B', lang: 'en', doc },
    ])
    const lib = await open()
    const a = await lib.get('en-a')
    expect(a.ok && a.value.translations).toEqual([{ id: 'el-a', lang: 'el', title: 'Α' }])
    const b = await lib.get('en-b')
    expect(b.ok && b.value.translations).toEqual([])
  })

  it('counts facets by year and language, each facet ignoring its own filter', async () => {
    const lib = await open()
    const page = list(lib, { lang: 'en' })
    expect(page.years).toEqual([
      { year: 2023, count: 1 },
      { year: 2021, count: 1 },
    ])
    expect(page.languages).toEqual([
      { lang: 'en', count: 2 },
      { lang: 'el', count: 1 },
    ])
    expect(list(lib, { year: 2021 }).items.map((a) => a.id)).toEqual(['en-b-article'])
  })

  it('finds damaged documents in the background, names them, and leaves them out', async () => {
    const opened = await openLibrary(archive)
    const lib = opened.library!
    const meta = list(lib).items.find((a) => a.id === 'en-b-article')!
    await writeFile(join(archive, 'docs', `${meta.contentHash}.json`), '{"truncated": ')
    expect(await lib.verify()).toEqual(['en-b-article'])
    expect(list(lib).items.map((a) => a.id)).toEqual(['en-c-article', 'el-a-article'])
    expect(lib.count).toBe(2)
    expect(opened.notices.at(-1)).toMatchObject({ code: 'archive_damaged_documents' })
    expect(english(opened.notices.at(-1)!.message)).toContain('“Bravo workers”')
  })

  it('warns, in the background check, when the catalog does not match the manifest or there is none', async () => {
    const catalog = join(archive, 'catalog.bin')
    const bytes = await readFile(catalog)
    bytes.write('Brava', bytes.indexOf('Bravo'))
    await writeFile(catalog, bytes)
    const changed = await openLibrary(archive)
    expect(changed.library).not.toBeNull()
    expect(changed.notices).toEqual([])
    await changed.library!.verify()
    expect(changed.notices.map((n) => n.code)).toEqual(['archive_catalog_changed'])
    await rm(join(archive, 'manifest.json'))
    const unverified = await openLibrary(archive)
    await unverified.library!.verify()
    expect(unverified.notices.map((n) => n.code)).toEqual(['archive_unverified'])
  })

  it('treats a garbled manifest as no manifest', async () => {
    await writeFile(join(archive, 'manifest.json'), '{"format": "scholion-archive-manifest", "fil')
    const opened = await openLibrary(archive)
    await opened.library!.verify()
    expect(opened.notices.map((n) => n.code)).toEqual(['archive_unverified'])
  })

  it('reports a duplicate id and keeps the first entry', async () => {
    const read = await readCatalogFile(archive)
    if (read.state !== 'ok') throw new Error('no catalog')
    const first = read.catalog.summary(0)
    const rows = Array.from({ length: read.catalog.count }, (_, i) => read.catalog.summary(i))
    await writeFile(
      join(archive, 'catalog.bin'),
      encodeCatalog([...rows, { ...first, title: 'Impostor' }]),
    )
    const opened = await openLibrary(archive)
    expect(opened.notices.map((n) => n.code)).toEqual(['archive_duplicate'])
    expect(opened.library!.count).toBe(3)
    expect(list(opened.library!).items.map((a) => a.title)).not.toContain('Impostor')
  })

  it('reads a format 1 catalog (an array of articles, no translation groups)', async () => {
    const data = await toFormat2()
    const articles = data.columns.id!.map((_, i) => {
      const row = Object.fromEntries(Object.entries(data.columns).map(([k, v]) => [k, v[i]]))
      delete row.translationGroup
      return row
    })
    await writeFile(
      join(archive, 'catalog.json'),
      JSON.stringify({ format: 'scholion-archive', formatVersion: 1, articles }),
    )
    await rm(join(archive, 'manifest.json'))
    const opened = await openLibrary(archive)
    expect(opened.notices).toEqual([])
    expect(list(opened.library!).items.map((a) => [a.id, a.translationGroup])).toEqual([
      ['en-c-article', null],
      ['en-b-article', null],
      ['el-a-article', null],
    ])
  })

  it('reads a format 2 catalog (JSON) and upgrades nothing by reading it', async () => {
    await writeFormat2(await toFormat2())
    const opened = await openLibrary(archive)
    expect(opened.library!.formatVersion).toBe(2)
    expect(list(opened.library!).items.map((a) => a.id)).toEqual([
      'en-c-article',
      'en-b-article',
      'el-a-article',
    ])
    expect(await readFile(join(archive, 'catalog.json'), 'utf8')).toContain('"formatVersion":2')
  })

  it('never follows a content hash that is not one (a path in an older catalog)', async () => {
    const data = await toFormat2()
    data.columns.contentHash![0] = `../../../../etc/${'x'.repeat(48)}`
    await writeFormat2(data)
    const opened = await openLibrary(archive)
    expect(opened.library).toBeNull()
    expect(english(opened.notices[0]!.message)).toContain(
      'column "contentHash" has a bad value at row 1',
    )
  })

  it('refuses a truncated catalog, and one whose id index is damaged, saying so', async () => {
    const catalog = join(archive, 'catalog.bin')
    const bytes = await readFile(catalog)
    await writeFile(catalog, bytes.subarray(0, bytes.length - 9))
    const cut = await openLibrary(archive)
    expect(cut.library).toBeNull()
    expect(cut.notices[0]).toMatchObject({ code: 'archive_damaged' })
    expect(english(cut.notices[0]!.message)).toMatch(/cut short|wrong length/)
    const order = Buffer.from(bytes)
    order.fill(0, order.length - 12)
    await writeFile(catalog, order)
    expect(english((await openLibrary(archive)).notices[0]!.message)).toContain(
      'id index is damaged',
    )
  })

  it('refuses a catalog with a malformed column, saying which', async () => {
    const data = await toFormat2()
    data.columns.date![1] = '22 January'
    await writeFormat2(data)
    const opened = await openLibrary(archive)
    expect(opened.library).toBeNull()
    expect(english(opened.notices[0]!.message)).toContain('column "date" has a bad value at row 2')
  })
})

describe('openLibrary', () => {
  it('gives a notice, not a crash, for a missing, damaged or newer archive', async () => {
    expect((await openLibrary(join(work, 'none'))).notices[0]?.code).toBe('archive_missing')
    await writeFile(
      join(archive, 'catalog.bin'),
      'SCHOLCAT{"format": "scholion-archive", "formatVer',
    )
    expect((await openLibrary(archive)).notices[0]?.code).toBe('archive_damaged')
    await rm(join(archive, 'catalog.bin'))
    await writeFile(
      join(archive, 'catalog.json'),
      JSON.stringify({ format: 'scholion-archive', formatVersion: 99, articles: [] }),
    )
    expect((await openLibrary(archive)).notices[0]?.code).toBe('archive_newer')
  })
})
