// The parse worker's thread: runs the jobs parse-pool.ts sends, one at a time, and answers each
// with its result or the message of what it threw.
import { parentPort } from 'node:worker_threads'
import { runParseJob, type ParseJob } from './parse-jobs'
import { MessageError } from '../core/error-reason'

parentPort!.on('message', ({ id, job }: { id: number; job: ParseJob }) => {
  try {
    parentPort!.postMessage({ id, ok: true, value: runParseJob(job) })
  } catch (error) {
    // A message error keeps its message (a key and values), so it is shown translated.
    const said = error instanceof MessageError ? error.said : undefined
    parentPort!.postMessage({ id, ok: false, message: (error as Error).message, said })
  }
})
