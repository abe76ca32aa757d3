// Adds one segment to an index folder (articles imported or synced after the archive was built):
// the segment file first, then the updated index.json, atomically. The segment is built in the
// parse thread (src-main/workers/).
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../storage/atomic-write'
import type { IndexManifest } from './index-files'
import type { IndexableArticle } from './segment-builder'
import { sharedParsePool } from '../workers/parse-pool'
import { createHash } from 'node:crypto'
import { fileSource, Segment } from './segment'

type Entry = IndexManifest['segments'][number]

/** Writes a built segment into `dir` under a name index.json does not use (not yet listed);
 * returns its entry for index.json and the segment, open. */
export async function writeSegment(
  dir: string,
  manifest: IndexManifest,
  { bytes, docs }: { bytes: Uint8Array; docs: number },
): Promise<{ entry: Entry; segment: Segment }> {
  await mkdir(dir, { recursive: true })
  const taken = new Set(manifest.segments.map((s) => s.file))
  let n = manifest.segments.length
  while (taken.has(`seg-${String(n).padStart(3, '0')}.seg`)) n++
  const file = `seg-${String(n).padStart(3, '0')}.seg`
  await writeFileAtomic(join(dir, file), bytes)
  const entry = { file, sha256: createHash('sha256').update(bytes).digest('hex'), docs }
  return { entry, segment: new Segment(fileSource(join(dir, file))) }
}

/** Writes a segment of `articles` into `dir` and lists it in index.json; returns its file name
 * and the segment, open. */
export async function appendSegment(
  dir: string,
  manifest: IndexManifest,
  articles: readonly IndexableArticle[],
): Promise<{ file: string; segment: Segment }> {
  // Indexing a long text takes seconds: it is done in the parse thread.
  const built = await sharedParsePool().buildSegment(articles)
  const { entry, segment } = await writeSegment(dir, manifest, built)
  const next: IndexManifest = { ...manifest, segments: [...manifest.segments, entry] }
  try {
    await writeFileAtomic(join(dir, 'index.json'), `${JSON.stringify(next, null, 1)}\n`)
  } catch (error) {
    segment.close()
    throw error
  }
  manifest.segments = next.segments
  return { file: entry.file, segment }
}
