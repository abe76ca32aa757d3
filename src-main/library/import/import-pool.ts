// Imports many source files with several threads, for `archive:build`: each worker takes every
// n-th file, imports it, and writes its document into the archive (content-addressed, so two
// workers never write the same name with different bytes), pictures first; only the metadata
// comes back. With
// one worker (tests) it all runs in this thread.
import { readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ArticleSummary } from '../../../src-shared/article'
import { docPath, serialiseDoc, sha256 } from '../../archive/archive-format'
import { importFile } from './import-file'
import type { ImportReport } from './import-report'
import { reasonOf } from '../../core/error-reason'
import { type Message } from '../../../src-shared/i18n/translate'
import { keepPictures, type PictureBytes } from '../pictures/keep-pictures'
import { DEFAULT_PICTURE_LIMITS } from '../pictures/check-picture'
import { isInside, readUntrustedBytes } from '../../storage/untrusted-files'

export interface ImportJob {
  out: string
  files: string[]
  /** Index of this worker and how many there are: it takes files i, i + n, i + 2n, … */
  index: number
  count: number
}

export type FileResult =
  | {
      file: string
      ok: true
      meta: Omit<ArticleSummary, 'translationGroup'>
      translationUrls: string[]
      dropped: string[]
      report: ImportReport
      /** The stored pictures its document names. */
      pictures: string[]
    }
  | { file: string; ok: false; reason: Message }

/**
 * A picture a saved page names by a relative path (a browser's "page_files/…"): read only from
 * the page's own folder or below it, never through a link, a FIFO or a device, and at most as
 * large as a picture may be.
 */
async function readBeside(page: string, path: string): ReturnType<PictureBytes> {
  let decoded: string
  try {
    decoded = decodeURIComponent(path.split(/[?#]/)[0]!)
  } catch {
    return { ok: false, reason: { key: 'pictures.notBeside' } }
  }
  const folder = dirname(resolve(page))
  const target = resolve(folder, decoded)
  if (
    isAbsolute(decoded) ||
    decoded.includes('\0') ||
    !isInside(folder, target) ||
    target === folder
  )
    return { ok: false, reason: { key: 'pictures.notBeside' } }
  const read = await readUntrustedBytes(target, { maxBytes: DEFAULT_PICTURE_LIMITS.maxBytes })
  if (read.ok) return { ok: true, bytes: read.bytes }
  return {
    ok: false,
    reason: read.reason.key === 'file.isLink' ? { key: 'pictures.isLink' } : read.reason,
  }
}

/** Imports one file and writes its document into `out`; never throws. */
export async function importOne(out: string, file: string): Promise<FileResult> {
  try {
    // Any file name will do: where it does not say the language, the text does (#18), and the
    // report says it was guessed.
    const imported = importFile(
      { name: file, bytes: await readFile(file) },
      { guessLanguage: true },
    )
    const { doc, ...meta } = imported.entry
    // Its pictures first (written into the page, or saved beside it), then the document.
    const pictures = await keepPictures(doc, {
      dir: out,
      durable: false,
      readLocal: (path) => readBeside(file, path),
    })
    imported.report.warnings.push(...pictures.warnings)
    const bytes = serialiseDoc(doc)
    const contentHash = sha256(bytes)
    const path = join(out, docPath(contentHash))
    // Documents skip fsync (a build is repeatable); one torn by a crash fails its hash check
    // when the archive opens and is written again by the next build.
    const present = await readFile(path).then(
      (b) => sha256(b) === contentHash,
      () => false,
    )
    if (!present) {
      const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      await writeFile(temp, bytes)
      await rename(temp, path)
    }
    return {
      file,
      ok: true,
      meta: { id: imported.id, ...meta, contentHash },
      translationUrls: imported.translationUrls,
      dropped: imported.dropped,
      report: imported.report,
      pictures: pictures.names,
    }
  } catch (error) {
    return { file, ok: false, reason: reasonOf(error) }
  }
}

/** Files in flight at once in one thread, so that its disk reads and writes overlap. */
const IN_FLIGHT = 4

/** The files of one worker's share, each result reported as it is done. */
export async function runImportJob(
  job: ImportJob,
  onResult: (result: FileResult) => void,
): Promise<void> {
  let next = job.index
  const lane = async () => {
    while (next < job.files.length) {
      const file = job.files[next]!
      next += job.count
      onResult(await importOne(job.out, file))
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane))
}

function runWorker(job: ImportJob, onResult: (result: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // As for index workers: the worker registers tsx itself (the CLI runs from source).
    const entry = new URL('./import-worker.ts', import.meta.url).href
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}) })`
    const worker = new Worker(boot, { eval: true, workerData: job })
    worker.on('message', (m: { result?: FileResult; done?: true }) => {
      if (m.result) onResult(m.result)
      if (m.done) resolve()
    })
    worker.on('error', reject)
    worker.on(
      'exit',
      (code) => code !== 0 && reject(new Error(`import worker exited with ${code}`)),
    )
  })
}

/** Imports `files` into `out` with `workers` threads; results come back in `files` order. */
export async function importFiles(
  out: string,
  files: string[],
  {
    workers = 1,
    onProgress,
  }: { workers?: number; onProgress?: (done: number, file: string) => void } = {},
): Promise<FileResult[]> {
  const results = new Map<string, FileResult>()
  const collect = (result: FileResult) => {
    results.set(result.file, result)
    onProgress?.(results.size, result.file)
  }
  const n = Math.max(1, Math.min(workers, Math.ceil(files.length / 200)))
  const jobs = Array.from({ length: n }, (_, index) => ({ out, files, index, count: n }))
  if (n === 1) await runImportJob(jobs[0]!, collect)
  else await Promise.all(jobs.map((job) => runWorker(job, collect)))
  return files.map((f) => results.get(f)!)
}
