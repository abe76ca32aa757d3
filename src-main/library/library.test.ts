import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive } from './archive-build'
import { openLibrary, type Library } from './library'

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
afterEach(() => rm(work, { recursive: true, force: true }))

async function open(): Promise<Library> {
  const opened = await openLibrary(archive)
  if (!opened.library) throw new Error(opened.notices[0]?.message)
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

describe('openLibrary', () => {
  it('gives a notice, not a crash, for a missing, damaged or newer archive', async () => {
    expect((await openLibrary(join(work, 'none'))).notices[0]?.code).toBe('archive_missing')
    await writeFile(join(archive, 'catalog.json'), '{"format": "scholion-archive", "formatVer')
    expect((await openLibrary(archive)).notices[0]?.code).toBe('archive_damaged')
    await writeFile(
      join(archive, 'catalog.json'),
      JSON.stringify({ format: 'scholion-archive', formatVersion: 99, articles: [] }),
    )
    expect((await openLibrary(archive)).notices[0]?.code).toBe('archive_newer')
  })
})
