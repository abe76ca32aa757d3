// Merging the segments of articles added after the archive: every sync or import adds one small
// segment, and a query pays for each segment it reads, so after a thousand syncs search would be
// slow. A tiered policy (as Lucene's): segments fall in tiers by their article count (1–9,
// 10–99, 100–999, …); once MERGE_FACTOR neighbouring segments are all of one tier, they
// are indexed again as one, in the background (the segment is built in the parse thread). Neighbours only: the order of segments says which version of an
// article wins (the last), and one merged segment takes the place of the run it replaces.
// Segments of similar size are merged, so each article is indexed again about once per tier,
// and there are at most MERGE_FACTOR - 1 segments of a tier in each stretch between larger ones.
//
// A merge indexes the run's articles again from the library (their text is there: they are the
// library's own or synced articles), leaving out versions hidden by later segments and articles
// the library no longer has. The new segment file is written first, then index.json naming it
// in place of the run (atomically); the run's files are removed after, and any file index.json
// does not name is removed at the next start (a merge cut short by a crash).
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { INDEX_FILE, type IndexManifest } from './index-files'

export const MERGE_FACTOR = 10
/** A segment this large is left as it is: a merge holds its articles' text in memory. */
export const MERGE_MAX_INPUT = 2_000

/** The tier of a segment of `docs` articles: 0 for 1–9, 1 for 10–99, … */
export function tierOf(docs: number): number {
  return Math.max(0, Math.floor(Math.log10(Math.max(1, docs))))
}

/**
 * The run of neighbouring segments to merge next, as [start, end) into `sizes` (article counts,
 * in order), or null when none is due: in the lowest tier that has them, the first `factor`
 * neighbours all of that tier. Segments of MERGE_MAX_INPUT articles or more are not merged, so a
 * merge indexes at most `factor` × that.
 */
export function nextMerge(
  sizes: readonly number[],
  factor = MERGE_FACTOR,
): [number, number] | null {
  const tiers = sizes.map((n) => (n < MERGE_MAX_INPUT ? tierOf(n) : -1))
  const top = Math.max(0, ...tiers)
  for (let tier = 0; tier <= top; tier++) {
    let start = 0
    for (let i = 0; i <= tiers.length; i++) {
      if (i < tiers.length && tiers[i] === tier) continue
      if (i - start >= factor) return [start, start + factor]
      start = i + 1
    }
  }
  return null
}

/** index.json with the segments [start, end) replaced by one. */
export function replaceRun(
  manifest: IndexManifest,
  [start, end]: [number, number],
  merged: IndexManifest['segments'][number] | null,
): IndexManifest {
  return {
    ...manifest,
    segments: [
      ...manifest.segments.slice(0, start),
      ...(merged ? [merged] : []),
      ...manifest.segments.slice(end),
    ],
  }
}

/** Removes segment files of `dir` that index.json does not name (merges and appends cut short).
 * Returns how many. */
export async function sweepSegments(dir: string, manifest: IndexManifest): Promise<number> {
  const named = new Set(manifest.segments.map((s) => s.file))
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return 0
  }
  const stray = names.filter(
    (n) => n !== INDEX_FILE && (n.endsWith('.seg') || n.includes('.seg.')) && !named.has(n),
  )
  await Promise.all(stray.map((n) => rm(join(dir, n), { force: true })))
  return stray.length
}
