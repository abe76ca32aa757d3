// Runs the parsers of outside input (parse-jobs.ts) in a worker thread, so that the main
// process keeps answering while a 20 MB file is read, and with a budget: a job that takes too
// long is stopped, and one that needs too much memory ends its thread, not the app. Each
// failure is a sentence; the next job gets a fresh thread.
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ImportedFile, ImportFileOptions, SourceFile } from '../library/import/import-file'
import type { IndexableArticle } from '../search/segment-builder'
import type { ParseAnswers, ParseJob } from './parse-jobs'
import { MessageError } from '../core/error-reason'
import { verbatim, type Message } from '../../src-shared/i18n/translate'

export interface ParseBudget {
  /** A job running longer is stopped. */
  timeoutMs: number
  /** The worker's heap; a job needing more ends with a clear error. */
  maxMemoryMb: number
}

export const DEFAULT_BUDGET: ParseBudget = { timeoutMs: 120_000, maxMemoryMb: 2048 }

export interface ParsePool {
  importFile(file: SourceFile, options?: ImportFileOptions): Promise<ImportedFile>
  parseAnnotationFile(text: string): Promise<ParseAnswers['annotationFile']>
  readPack(text: string): Promise<ParseAnswers['pack']>
  buildSegment(articles: readonly IndexableArticle[]): Promise<ParseAnswers['segment']>
  /** Ends the thread (jobs waiting fail); a later job starts a new one. */
  close(): Promise<void>
}

interface Pending {
  id: number
  job: ParseJob
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

/** How the worker is started: the built bundle's own file, or the source under tsx. */
function startWorker(maxMemoryMb: number): Worker {
  const here = fileURLToPath(import.meta.url)
  const resourceLimits = { maxOldGenerationSizeMb: maxMemoryMb }
  if (here.endsWith('.ts')) {
    // From source (tests, the CLI under tsx): the worker registers tsx itself.
    const entry = new URL('./parse-worker.ts', import.meta.url).href
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}) })`
    return new Worker(boot, { eval: true, resourceLimits })
  }
  // Built: this code sits in out/main/ or out/main/chunks/, and the worker is out/main/parse-worker.js.
  const dir = dirname(here)
  const mainDir = basename(dir) === 'chunks' ? dirname(dir) : dir
  return new Worker(join(mainDir, 'parse-worker.js'), { resourceLimits })
}

export function createParsePool(budget: ParseBudget = DEFAULT_BUDGET): ParsePool {
  let worker: Worker | null = null
  let current: Pending | null = null
  const queue: Pending[] = []
  let nextId = 1
  let timer: NodeJS.Timeout | undefined

  const finish = (outcome: { value: unknown } | { error: Error }) => {
    clearTimeout(timer)
    const done = current
    current = null
    if (done) {
      if ('error' in outcome) done.reject(outcome.error)
      else done.resolve(outcome.value)
    }
    pump()
  }

  /** The thread is gone (stopped, out of memory, crashed): the running job fails with `why`. */
  const lost = (w: Worker, why: Message) => {
    if (worker !== w) return
    worker = null
    void w.terminate()
    finish({ error: new MessageError(why) })
  }

  const ensureWorker = (): Worker => {
    if (worker) return worker
    const w = startWorker(budget.maxMemoryMb)
    // A waiting pool must not keep a command-line run from ending.
    w.unref()
    w.on(
      'message',
      (m: { id: number; ok: boolean; value?: unknown; message?: string; said?: Message }) => {
        if (!current || m.id !== current.id) return
        const error = m.said ? new MessageError(m.said) : new Error(m.message)
        finish(m.ok ? { value: m.value } : { error })
      },
    )
    w.on('error', (error: Error & { code?: string }) =>
      lost(
        w,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { key: 'file.outOfMemory', values: { mb: budget.maxMemoryMb } }
          : { key: 'file.readFailed', values: { reason: verbatim(error.message) } },
      ),
    )
    w.on('exit', () => lost(w, { key: 'file.readStopped' }))
    worker = w
    return w
  }

  const pump = () => {
    if (current || !queue.length) return
    current = queue.shift()!
    const running = current
    const w = ensureWorker()
    timer = setTimeout(() => {
      if (current !== running) return
      lost(w, { key: 'file.tooSlow', values: { seconds: Math.round(budget.timeoutMs / 1000) } })
    }, budget.timeoutMs)
    w.postMessage({ id: running.id, job: running.job })
  }

  const run = <K extends ParseJob['kind']>(
    job: Extract<ParseJob, { kind: K }>,
  ): Promise<ParseAnswers[K]> =>
    new Promise((resolve, reject) => {
      queue.push({ id: nextId++, job, resolve: resolve as (v: unknown) => void, reject })
      pump()
    })

  return {
    importFile: (file, options = {}) => run({ kind: 'importFile', file, options }),
    parseAnnotationFile: (text) => run({ kind: 'annotationFile', text }),
    readPack: (text) => run({ kind: 'pack', text }),
    buildSegment: (articles) => run({ kind: 'segment', articles }),
    async close() {
      for (const p of queue.splice(0)) p.reject(new MessageError({ key: 'app.closing' }))
      const w = worker
      worker = null
      if (current) finish({ error: new MessageError({ key: 'app.closing' }) })
      await w?.terminate()
    },
  }
}

let shared: ParsePool | null = null

/** The app's one parse thread, started at its first job. */
export function sharedParsePool(): ParsePool {
  return (shared ??= createParsePool())
}
