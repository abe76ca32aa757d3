import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../library/open-library'
import { SearchIndex } from '../search/search-index'
import { searchArticles } from '../search/article-search'
import { parseSearch } from '../../src-shared/search-query'
import { applyPack, inspectPack } from './apply-pack'
import { archiveInUse, readManifestOf, sweepArchives, type InUse } from './archive-in-use'
import { makeKeyPair, signArchive, verifyArchive } from './archive-signing'
import type { ArchiveEntry } from './archive-write'
import { releaseArchive, TEST_ARCHIVE_NAME, textEntry } from '../../test-support/release-archives'
import { makeDelta } from './make-delta'

const releaseKey = makeKeyPair()
const strangerKey = makeKeyPair()
const trusted = [releaseKey.publicKey]

const entry = textEntry
const archive = (dir: string, entries: ArchiveEntry[], release: string) =>
  releaseArchive(dir, entries, release)

let root: string
let oldDir: string
let newDir: string
let pack: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'scholion-pack-'))
  oldDir = join(root, 'old')
  newDir = join(root, 'new')
  pack = join(root, 'update.scholion-archive')
  await archive(
    oldDir,
    [
      entry('en-kept', 'The dockers of the harbour met at dawn.'),
      entry('en-changed', 'The first text speaks of a lighthouse.'),
      entry('en-removed', 'A paragraph about a windmill that the editors withdrew.'),
    ],
    '2025-01-01T00:00:00.000Z',
  )
  await signArchive(oldDir, releaseKey.privateKey)
  await archive(
    newDir,
    [
      entry('en-kept', 'The dockers of the harbour met at dawn.'),
      entry('en-changed', 'The corrected text speaks of a shipyard.'),
      entry('en-added', 'A new article about the tobacco workers.'),
    ],
    '2025-02-01T00:00:00.000Z',
  )
  await makeDelta({ from: oldDir, to: newDir, out: pack, privateKey: releaseKey.privateKey })
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function inUse(dir: string): Promise<InUse> {
  return { dir, manifest: await readManifestOf(dir), applied: false }
}

async function articlesOf(dir: string): Promise<Map<string, string>> {
  const { library } = await openLibrary(dir)
  return new Map(library!.ids().map((id) => [id, library!.summary(id)!.contentHash]))
}

async function freshData(): Promise<string> {
  return mkdtemp(join(root, 'data-'))
}

async function apply(file: string, current: InUse, dataDir?: string) {
  const data = dataDir ?? (await freshData())
  const articles = await articlesOf(current.dir)
  return applyPack(file, { dataDir: data, trusted, current, articles: () => articles })
}

/** A copy of the pack with its entries changed by `change`. */
async function tampered(name: string, change: (entries: Record<string, Uint8Array>) => void) {
  const entries = unzipSync(await readFile(pack))
  change(entries)
  const file = join(root, `${name}.scholion-archive`)
  await writeFile(file, zipSync(entries))
  return file
}

describe('update packs', () => {
  it('carries only what changed: the new catalog, documents and one new search segment', async () => {
    const names = Object.keys(unzipSync(await readFile(pack)))
    expect(names.slice(0, 4)).toEqual([
      'pack.json',
      'manifest.json',
      'manifest.sig',
      'files/catalog.bin',
    ])
    const docs = names.filter((n) => n.startsWith('files/docs/'))
    expect(docs).toHaveLength(2)
    expect(names.filter((n) => n.endsWith('.seg'))).toEqual(['files/search/seg-001.seg'])
    expect(await verifyArchive(newDir, trusted)).toMatchObject({ ok: true })
  })

  it('previews what it adds, changes and removes, and applies into a new archive', async () => {
    const current = await inUse(oldDir)
    const articles = await articlesOf(oldDir)
    const look = await inspectPack(pack, {
      dataDir: await freshData(),
      trusted,
      current,
      articles: () => articles,
    })
    expect(look).toMatchObject({
      ok: true,
      value: { archive: TEST_ARCHIVE_NAME, added: 1, changed: 1, removed: 1 },
    })
    const data = await freshData()
    const applied = await apply(pack, current, data)
    if (!applied.ok) throw new Error(JSON.stringify(applied.error))
    expect(await verifyArchive(applied.value.dir, trusted)).toMatchObject({ ok: true })
    expect([...(await articlesOf(applied.value.dir)).keys()].sort()).toEqual([
      'en-added',
      'en-changed',
      'en-kept',
    ])
    // The old archive is untouched, and the new one is the one in use from now on.
    expect(await verifyArchive(oldDir, trusted)).toMatchObject({ ok: true })
    expect((await archiveInUse(oldDir, data)).dir).toBe(applied.value.dir)
  })

  it('gives the applied archive a search index where changed and removed texts are gone', async () => {
    const data = await freshData()
    const applied = await apply(pack, await inUse(oldDir), data)
    if (!applied.ok) throw new Error('not applied')
    const { library } = await openLibrary(applied.value.dir)
    const index = new SearchIndex({ library: library!, dataDir: data, verify: false })
    await index.idle()
    const ids = (q: string) =>
      searchArticles(index.segments(), parseSearch(q), { offset: 0, limit: 10, allowed: null })
        .hits.map((h) => h.id)
        .sort()
    expect(ids('shipyard')).toEqual(['en-changed'])
    expect(ids('lighthouse')).toEqual([])
    expect(ids('windmill')).toEqual([])
    expect(ids('tobacco')).toEqual(['en-added'])
    expect(ids('dockers')).toEqual(['en-kept'])
    expect(index.status().state).toBe('ready')
    index.close()
  })

  const refusals: [string, () => Promise<string>, string][] = [
    [
      'unsigned',
      () => tampered('unsigned', (e) => delete e['manifest.sig']),
      'archive.packUnsigned',
    ],
    [
      'altered by one byte',
      () =>
        tampered('altered', (e) => {
          const name = Object.keys(e).find((n) => n.startsWith('files/docs/'))!
          const bytes = e[name]!
          bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 1
        }),
      'archive.packAltered',
    ],
    [
      'a manifest changed after signing',
      () =>
        tampered('manifest', (e) => {
          const m = JSON.parse(new TextDecoder().decode(e['manifest.json']))
          m.release = '2099-01-01T00:00:00.000Z'
          e['manifest.json'] = strToU8(JSON.stringify(m))
        }),
      'archive.packBadSignature',
    ],
    [
      'a file the manifest does not list',
      () => tampered('stray', (e) => (e['files/docs/' + 'a'.repeat(64) + '.json'] = strToU8('{}'))),
      'archive.packAltered',
    ],
    [
      'a path outside the archive',
      () => tampered('escape', (e) => (e['files/../../evil.json'] = strToU8('{}'))),
      'archive.packAltered',
    ],
    [
      'cut short',
      async () => {
        const bytes = await readFile(pack)
        const file = join(root, 'cut.scholion-archive')
        await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
        return file
      },
      'archive.packUnreadable',
    ],
    [
      'not a zip at all',
      async () => {
        const file = join(root, 'text.scholion-archive')
        await writeFile(file, 'just some text, not an update')
        return file
      },
      'archive.packUnreadable',
    ],
  ]

  for (const [what, make, key] of refusals) {
    it(`refuses a pack ${what}, and leaves nothing behind`, async () => {
      const data = await freshData()
      const result = await apply(await make(), await inUse(oldDir), data)
      expect(result).toMatchObject({ ok: false, error: { key } })
      expect(await readdir(join(data, 'archives')).catch(() => [])).toEqual([])
      expect(await verifyArchive(oldDir, trusted)).toMatchObject({ ok: true })
    })
  }

  it('refuses a pack signed by a key the app does not trust', async () => {
    const result = await applyPack(pack, {
      dataDir: await freshData(),
      trusted: [strangerKey.publicKey],
      current: await inUse(oldDir),
      articles: () => new Map(),
    })
    expect(result).toMatchObject({
      ok: false,
      error: { key: 'archive.packUnknownKey' },
    })
  })

  it('refuses a pack that is not newer, or for another archive, or made for other files', async () => {
    const current = await inUse(oldDir)
    const newer = {
      ...current,
      manifest: { ...current.manifest, release: '2025-03-01T00:00:00.000Z' },
    }
    expect(await apply(pack, newer)).toMatchObject({
      error: { key: 'archive.packNotNewer' },
    })
    const other = { ...current, manifest: { ...current.manifest, archive: 'another-archive' } }
    expect(await apply(pack, other)).toMatchObject({
      error: { key: 'archive.packOtherArchive' },
    })
    const files = { ...current.manifest.files }
    delete files['search/seg-000.seg']
    const lacking = { ...current, manifest: { ...current.manifest, files } }
    expect(await apply(pack, lacking)).toMatchObject({
      error: { key: 'archive.packOtherBase' },
    })
  })

  it('refuses to finish when a file of the archive in use was damaged on disk', async () => {
    const copy = join(root, 'damaged-old')
    await cp(oldDir, copy, { recursive: true })
    const seg = join(copy, 'search', 'seg-000.seg')
    const bytes = await readFile(seg)
    bytes[10] = bytes[10]! ^ 0xff
    await writeFile(seg, bytes)
    const data = await freshData()
    const result = await apply(pack, await inUse(copy), data)
    expect(result).toMatchObject({
      ok: false,
      error: { key: 'notice.archiveSignature' },
    })
    expect((await archiveInUse(copy, data)).dir).toBe(copy)
  })

  it('leaves the old archive in use when an apply is cut short, and tidies up at the next start', async () => {
    const data = await freshData()
    const incoming = join(data, 'archives', '.incoming-cut')
    await cp(newDir, incoming, { recursive: true })
    expect((await archiveInUse(oldDir, data)).dir).toBe(oldDir)
    await sweepArchives(data, oldDir)
    expect(await readdir(join(data, 'archives'))).toEqual([])
  })
})
