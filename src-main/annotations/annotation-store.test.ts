import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { ANNOTATIONS_DIR, fileNameFor, openAnnotationStore } from './annotation-store'
import { plainAnnotation } from '../../test-support/plain-annotation'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-store-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5 }))

const annotation = plainAnnotation

it('finds an article file that exists only as its last good copy, and restores it', async () => {
  const store = await openAnnotationStore(dataDir)
  await store.put(annotation('a1', 'article-a'))
  await store.put(annotation('a2', 'article-a'))
  await store.put(annotation('b1', 'article-b'))
  // The saves reach their article files (a checkpoint).
  await store.idle()
  // A save cut short between its two renames leaves only `<file>.bak`.
  const dir = join(dataDir, ANNOTATIONS_DIR)
  const file = join(dir, fileNameFor('article-b'))
  await rm(`${file}.bak`, { force: true })
  await rename(file, `${file}.bak`)

  const reopened = await openAnnotationStore(dataDir)
  expect((await reopened.all()).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'b1'])
  expect(reopened.notices).toEqual([expect.objectContaining({ code: 'store_restored' })])
  expect(await readdir(dir)).toContain(fileNameFor('article-b'))
})

it('refuses a malformed annotation without touching the file', async () => {
  const store = await openAnnotationStore(dataDir)
  await store.put(annotation('a1', 'article-a'))
  await expect(
    store.put({ ...annotation('bad', 'article-a'), color: 'plaid' as 'yellow' }),
  ).rejects.toThrow()
  expect((await store.list('article-a')).map((a) => a.id)).toEqual(['a1'])
  const again = await openAnnotationStore(dataDir)
  expect((await again.list('article-a')).map((a) => a.id)).toEqual(['a1'])
})

it('opens a file once even when an article and the notebook ask for it at the same moment', async () => {
  const store = await openAnnotationStore(dataDir)
  await store.put(annotation('a1', 'article-a'))
  await store.idle()
  await store.put(annotation('a2', 'article-a'))
  await store.idle()
  const file = join(dataDir, ANNOTATIONS_DIR, fileNameFor('article-a'))
  await writeFile(file, '{"version":1,"data":{"articl')

  const reopened = await openAnnotationStore(dataDir)
  const [all, one] = await Promise.all([reopened.all(), reopened.list('article-a')])
  expect(all.map((a) => a.id)).toEqual(['a1'])
  expect(one.map((a) => a.id)).toEqual(['a1'])
  const names = await readdir(join(dataDir, ANNOTATIONS_DIR))
  expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(1)
  expect(reopened.notices).toHaveLength(1)
  // Both views are the same store: a save through one is seen by the other.
  await reopened.put(annotation('a3', 'article-a'))
  expect((await reopened.all()).map((a) => a.id)).toEqual(['a1', 'a3'])
})
