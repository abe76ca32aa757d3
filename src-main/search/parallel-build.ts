// Builds the search index of an archive with several threads: the articles are cut into as
// many contiguous runs as there are workers, each worker writes one segment, and index.json
// lists them in order. With one worker (tests, the desktop app's background rebuild) it all
// runs in this thread.
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Library } from '../library/library'
import {
  finishIndex,
  indexableArticles,
  INDEX_VERSION,
  startIndex,
  writeSegmentFile,
  type IndexManifest,
} from './index-files'
import { SegmentBuilder } from './segment-builder'

const YOUNG_GENERATION_MB = Number(process.env.SCHOLION_INDEX_YOUNG_MB ?? 128)

export interface SegmentJob {
  archiveDir: string
  ids: string[]
  file: string
}

export interface SegmentResult {
  file: string
  sha256: string
  docs: number
}

/** Indexes `job.ids` of `library` into `job.file`. */
export async function buildSegmentFile(
  library: Library,
  job: SegmentJob,
  onProgress?: (done: number) => void,
  /** Read documents synchronously (in a worker thread). */
  blocking = false,
): Promise<SegmentResult> {
  const builder = new SegmentBuilder()
  let done = 0
  for await (const article of indexableArticles(library, job.ids, blocking)) {
    builder.add(article)
    if (++done % 250 === 0) onProgress?.(done)
  }
  onProgress?.(job.ids.length)
  const sha256 = await writeSegmentFile(job.file, builder.serialise())
  return { file: job.file, sha256, docs: builder.count }
}

function runWorker(job: SegmentJob, onProgress: (done: number) => void): Promise<SegmentResult> {
  return new Promise((resolve, reject) => {
    // Run from source (the CLI runs under tsx), the worker registers tsx itself: a worker's
    // entry is resolved before any --import hook of the parent would apply.
    const entry = new URL('./index-worker.ts', import.meta.url).href
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}) })`
    const worker = new Worker(boot, {
      eval: true,
      workerData: job,
      // Indexing makes millions of short-lived word strings: a larger young generation lets
      // most die there instead of being promoted and swept.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    worker.on('message', (m: { done?: number; result?: SegmentResult }) => {
      if (m.result) resolve(m.result)
      else if (m.done !== undefined) onProgress(m.done)
    })
    worker.on('error', reject)
    worker.on('exit', (code) => code !== 0 && reject(new Error(`index worker exited with ${code}`)))
  })
}

/** Builds `library`'s index into `dir` with `workers` threads; returns the manifest written. */
export async function buildArchiveIndex(
  library: Library,
  dir: string,
  {
    workers = 1,
    onProgress,
  }: { workers?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<IndexManifest> {
  await startIndex(dir)
  const ids = library.ids()
  const n = Math.max(1, Math.min(workers, Math.ceil(ids.length / 1000)))
  const per = Math.ceil(ids.length / n)
  const jobs: SegmentJob[] = Array.from({ length: n }, (_, i) => ({
    archiveDir: library.dir,
    ids: ids.slice(i * per, (i + 1) * per),
    file: join(dir, `seg-${String(i).padStart(3, '0')}.seg`),
  }))
  const progress = jobs.map(() => 0)
  const report = (i: number) => (done: number) => {
    progress[i] = done
    onProgress?.(
      progress.reduce((a, b) => a + b, 0),
      ids.length,
    )
  }
  const results =
    n === 1
      ? [await buildSegmentFile(library, jobs[0]!, report(0))]
      : await Promise.all(jobs.map((job, i) => runWorker(job, report(i))))
  const manifest: IndexManifest = {
    format: 'scholion-search-index',
    version: INDEX_VERSION,
    catalog: library.catalogHash,
    segments: results.map((r) => ({
      file: r.file.slice(dir.length + 1),
      sha256: r.sha256,
      docs: r.docs,
    })),
  }
  return finishIndex(dir, manifest)
}
