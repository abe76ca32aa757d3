// A search index on disk: a folder with index.json naming its segment files and their hashes,
// and the catalog it was built from. Segments are written one by one (each usable as soon as it
// is written); index.json is written last, atomically, so a folder whose index.json names a
// segment has that segment whole. Building removes the old index.json first: an interrupted
// build leaves no index, never a mix of old and new.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { syncFolder, writeFileAtomic } from '../storage/atomic-write'
import type { Library } from '../library/library'
import { docBlocks } from './doc-blocks'
import { SegmentBuilder, type IndexableArticle } from './segment-builder'

export const INDEX_FILE = 'index.json'
// 2: the stems of stem-corrections.ts (an index of an older version is rebuilt).
// 4: Turkish roots (turkish-roots.ts) and alternating verb stems (stem-alternations.ts).
export const INDEX_VERSION = 4

export const indexManifestSchema = z.object({
  format: z.literal('scholion-search-index'),
  version: z.number().int(),
  /** sha256 of the catalog file the index was built from (null: not tied to a catalog). */
  catalog: z.string().nullable(),
  segments: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+\.seg$/),
      sha256: z.string(),
      docs: z.number().int(),
    }),
  ),
})
export type IndexManifest = z.infer<typeof indexManifestSchema>

export async function readIndexManifest(dir: string): Promise<IndexManifest | null> {
  let text: string
  try {
    text = await readFile(join(dir, INDEX_FILE), 'utf8')
  } catch {
    return null
  }
  const parsed = indexManifestSchema.safeParse(JSON.parse(text))
  if (!parsed.success)
    throw new Error(`search index list is malformed: ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

/** Writes chunks to a file, hashing them on the way, and flushes it. Returns the sha256. */
export async function writeSegmentFile(
  file: string,
  chunks: readonly Uint8Array[],
): Promise<string> {
  const hash = createHash('sha256')
  const handle = await open(file, 'w', 0o644)
  try {
    // Small chunks (one per term) are gathered into writes of a few megabytes.
    let batch: Uint8Array[] = []
    let size = 0
    const flush = async () => {
      if (batch.length) await handle.writev(batch)
      batch = []
      size = 0
    }
    for (const chunk of chunks) {
      hash.update(chunk)
      batch.push(chunk)
      size += chunk.length
      if (size >= 4 << 20 || batch.length >= 1000) await flush()
    }
    await flush()
    await handle.sync()
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

export interface BuildIndexOptions {
  catalog: string | null
  /** Articles per segment (default: all in one). */
  perSegment?: number
  /** Called when a segment file is complete, so it can be searched before the rest is done. */
  onSegment?: (file: string) => void
  onProgress?: (done: number) => void
}

/** Builds an index of `articles` into `dir`, replacing what was there. */
export async function buildIndex(
  dir: string,
  articles: AsyncIterable<IndexableArticle> | Iterable<IndexableArticle>,
  options: BuildIndexOptions,
): Promise<IndexManifest> {
  await startIndex(dir)
  const manifest: IndexManifest = {
    format: 'scholion-search-index',
    version: INDEX_VERSION,
    catalog: options.catalog,
    segments: [],
  }
  const perSegment = options.perSegment ?? Infinity
  let builder = new SegmentBuilder()
  let done = 0
  const seal = async () => {
    if (builder.count === 0 && manifest.segments.length > 0) return
    const file = `seg-${String(manifest.segments.length).padStart(3, '0')}.seg`
    const sha256 = await writeSegmentFile(join(dir, file), builder.serialise())
    manifest.segments.push({ file, sha256, docs: builder.count })
    builder = new SegmentBuilder()
    options.onSegment?.(join(dir, file))
  }
  for await (const article of articles) {
    builder.add(article)
    options.onProgress?.(++done)
    if (builder.count >= perSegment) await seal()
  }
  await seal()
  return finishIndex(dir, manifest)
}

/** Readies `dir` for a new build: an interrupted build then leaves no index.json at all. */
export async function startIndex(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await rm(join(dir, INDEX_FILE), { force: true })
}

/** Lists the written segments in index.json, atomically, then removes segment files of an
 * earlier build that the list does not name. */
export async function finishIndex(dir: string, manifest: IndexManifest): Promise<IndexManifest> {
  await syncFolder(dir)
  await writeFileAtomic(join(dir, INDEX_FILE), `${JSON.stringify(manifest, null, 1)}\n`)
  const keep = new Set(manifest.segments.map((s) => s.file))
  for (const name of await readdir(dir))
    if (name.endsWith('.seg') && !keep.has(name)) await rm(join(dir, name), { force: true })
  return manifest
}

/** The articles of `library` with these ids, ready to index; unreadable ones are left out (the
 * archive check reports them). `blocking` reads each document synchronously (worker threads). */
export async function* indexableArticles(
  library: Library,
  ids: readonly string[],
  blocking = false,
): AsyncGenerator<IndexableArticle> {
  for (const id of ids) {
    const meta = library.summary(id)
    const doc = await library.docJson(id, { blocking })
    if (meta && doc.ok) yield { ...meta, blocks: docBlocks(doc.value) }
  }
}

/** Whether every segment file still hashes to what index.json says; names the first that does not. */
export async function verifyIndex(dir: string, manifest: IndexManifest): Promise<string | null> {
  for (const { file, sha256 } of manifest.segments) {
    const hash = createHash('sha256')
    try {
      for await (const chunk of createReadStream(join(dir, file), { highWaterMark: 1 << 20 }))
        hash.update(chunk as Buffer)
    } catch {
      return file
    }
    if (hash.digest('hex') !== sha256) return file
  }
  return null
}
