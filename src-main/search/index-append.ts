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

/** Writes a segment of `articles` into `dir` and lists it in index.json; returns its path. */
export async function appendSegment(
  dir: string,
  manifest: IndexManifest,
  articles: readonly IndexableArticle[],
): Promise<string> {
  await mkdir(dir, { recursive: true })
  // Indexing a long text takes seconds: it is done in the parse thread.
  const { bytes, docs } = await sharedParsePool().buildSegment(articles)
  const taken = new Set(manifest.segments.map((s) => s.file))
  let n = manifest.segments.length
  while (taken.has(`seg-${String(n).padStart(3, '0')}.seg`)) n++
  const file = `seg-${String(n).padStart(3, '0')}.seg`
  await writeFileAtomic(join(dir, file), bytes)
  const next: IndexManifest = {
    ...manifest,
    segments: [
      ...manifest.segments,
      { file, sha256: createHash('sha256').update(bytes).digest('hex'), docs },
    ],
  }
  await writeFileAtomic(join(dir, 'index.json'), `${JSON.stringify(next, null, 1)}\n`)
  manifest.segments = next.segments
  return join(dir, file)
}
