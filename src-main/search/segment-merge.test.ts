import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildArchive } from '../archive/archive-build'
import type { Library } from '../library/library'
import { openLibrary } from '../library/open-library'
import { INDEX_VERSION, indexableArticles } from './index-files'
import { createSearchService, type SearchService } from './search-service'
import { nextMerge, tierOf } from './segment-merge'

describe('the merge policy', () => {
  const ones = (n: number) => Array.from({ length: n }, () => 1)

  it('puts segments in tiers by tens', () => {
    expect([1, 9, 10, 99, 100, 5_000].map(tierOf)).toEqual([0, 0, 1, 1, 2, 3])
  })

  it('merges ten neighbours of one tier, the lowest first, and no fewer', () => {
    expect(nextMerge(ones(9))).toBeNull()
    expect(nextMerge(ones(10))).toEqual([0, 10])
    expect(nextMerge([40, ...ones(10)])).toEqual([1, 11])
    expect(nextMerge(ones(14))).toEqual([0, 10])
    // A larger one is not merged with small ones (each article would be indexed again and again).
    expect(nextMerge([10, ...ones(9)])).toBeNull()
    expect(nextMerge([...ones(5), 30, ...ones(5)])).toBeNull()
    const tens = Array.from({ length: 10 }, () => 12)
    expect(nextMerge([...tens, ...ones(10)])).toEqual([10, 20])
    expect(nextMerge([...tens, ...ones(9)])).toEqual([0, 10])
  })

  it('leaves large segments alone, and merges only neighbours', () => {
    expect(nextMerge([5_000, ...ones(9)])).toBeNull()
    expect(nextMerge([...ones(5), 5_000, ...ones(5)])).toBeNull()
    expect(nextMerge([...ones(5), 5_000, ...ones(10)])).toEqual([6, 16])
  })
})

let work: string
let library: Library
const WORDS = ['harvest', 'railway', 'textile', 'shipyard', 'mining', 'teachers', 'nurses']

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-merge-'))
  await mkdir(join(work, 'src'))
  for (let i = 0; i < 30; i++)
    await writeFile(
      join(work, 'src', `report-${i}.en.txt`),
      `Report ${i} of the ${WORDS[i % WORDS.length]} workers\n\nThe ${WORDS[i % WORDS.length]} workers met on day ${i}; marker${i} was agreed.\n`,
    )
  await buildArchive({ from: [join(work, 'src')], out: join(work, 'archive') })
  library = (await openLibrary(join(work, 'archive'))).library!
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

const open = (dataDir: string, merge = true) =>
  createSearchService({
    library,
    dataDir: join(work, dataDir),
    annotations: async () => [],
    verify: false,
    merge,
  })

async function answers(s: SearchService) {
  const out: Record<string, string[]> = {}
  for (const q of [...WORDS, 'workers', 'marker7', '"textile workers"', 'marker1*'])
    out[q] = await s
      .query({ query: q, offset: 0, limit: 50, snippets: 3, notesLimit: 0 })
      .then((r) => (r.ok ? r.value.articles.hits.map((h) => h.id).sort() : []))
  return out
}

async function addOneByOne(s: SearchService, ids: readonly string[]) {
  for (const id of ids)
    for await (const a of indexableArticles(library, [id])) await s.index!.addArticles([a])
}

describe('merging the segments of added articles', () => {
  it('keeps a few segments after many additions, with the same answers', async () => {
    const plain = open('plain')
    await plain.index!.idle()
    const expected = await answers(plain)
    const base = plain.index!.segmentCount
    plain.close()

    const s = open('merged')
    try {
      await s.index!.idle()
      await addOneByOne(s, library.ids().slice(0, 25))
      await s.index!.idle()
      // 25 additions: two merged runs of ten, and five still on their own.
      expect(s.index!.segmentCount - base).toBe(7)
      expect(await answers(s)).toEqual(expected)
      // Only the files index.json names are left.
      const dir = join(work, 'merged', 'search', 'added')
      const listed = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
        segments: { file: string; docs: number }[]
      }
      expect(listed.segments.map((x) => x.docs)).toEqual([10, 10, 1, 1, 1, 1, 1])
      expect((await readdir(dir)).sort()).toEqual(
        ['index.json', ...listed.segments.map((x) => x.file)].sort(),
      )
    } finally {
      s.close()
    }
  })

  it('lets a later version win over the merged one, and never brings back a hidden one', async () => {
    const s = open('versions')
    try {
      await s.index!.idle()
      const ids = library.ids()
      // The same article added twice in a row, then nine others: the merge keeps one version.
      await addOneByOne(s, [ids[0]!, ids[0]!, ...ids.slice(1, 9)])
      await s.index!.idle()
      const r = await s.query({
        query: '"marker0"',
        offset: 0,
        limit: 10,
        snippets: 0,
        notesLimit: 0,
      })
      expect(r.ok && r.value.articles.total).toBe(1)
      const all = await s.query({
        query: 'workers',
        offset: 0,
        limit: 50,
        snippets: 0,
        notesLimit: 0,
      })
      expect(all.ok && all.value.articles.total).toBe(30)
    } finally {
      s.close()
    }
  })

  it('removes the files of a merge cut short at the next start', async () => {
    const s = open('cut')
    await s.index!.idle()
    await addOneByOne(s, library.ids().slice(0, 3))
    await s.index!.idle()
    s.close()
    const dir = join(work, 'cut', 'search', 'added')
    await writeFile(join(dir, 'seg-050.seg'), 'a merged segment never listed')
    await writeFile(join(dir, '.seg-051.seg.x-1.tmp'), 'half written')
    const again = open('cut')
    try {
      await again.index!.idle()
      expect((await readdir(dir)).sort()).toEqual([
        'index.json',
        'seg-000.seg',
        'seg-001.seg',
        'seg-002.seg',
      ])
      const r = await again.query({
        query: '"marker2"',
        offset: 0,
        limit: 10,
        snippets: 1,
        notesLimit: 0,
      })
      expect(r.ok && r.value.articles.hits.map((h) => h.id)).toHaveLength(1)
    } finally {
      again.close()
    }
  })

  it('starts the list of added segments again when it is of an older index version', async () => {
    const s = open('older')
    await s.index!.idle()
    const base = s.index!.segmentCount
    await addOneByOne(s, library.ids().slice(0, 2))
    await s.index!.idle()
    s.close()
    const list = join(work, 'older', 'search', 'added', 'index.json')
    const old = JSON.parse(await readFile(list, 'utf8')) as { version: number }
    await writeFile(list, JSON.stringify({ ...old, version: 2 }))
    // Not opened; the next addition starts a list of this version, and the old files go.
    const again = open('older')
    await again.index!.idle()
    expect(again.index!.segmentCount).toBe(base)
    await addOneByOne(again, library.ids().slice(5, 6))
    await again.index!.idle()
    again.close()
    const third = open('older')
    try {
      await third.index!.idle()
      expect(JSON.parse(await readFile(list, 'utf8'))).toMatchObject({ version: INDEX_VERSION })
      expect(third.index!.segmentCount - base).toBe(1)
      expect((await readdir(join(work, 'older', 'search', 'added'))).sort()).toEqual([
        'index.json',
        'seg-000.seg',
      ])
      const r = await third.query({
        query: '"marker5"',
        offset: 0,
        limit: 10,
        snippets: 1,
        notesLimit: 0,
      })
      expect(r.ok && r.value.articles.total).toBe(1)
    } finally {
      third.close()
    }
  })

  it('can be turned off (for the benchmark)', async () => {
    const s = open('off', false)
    try {
      await s.index!.idle()
      const base = s.index!.segmentCount
      await addOneByOne(s, library.ids().slice(0, 12))
      await s.index!.idle()
      expect(s.index!.segmentCount - base).toBe(12)
    } finally {
      s.close()
    }
  })
})
