// When the annotation store writes its article files: at checkpoints, every few hundred saves,
// after a pause in saving, and when asked (a batch, quitting). A save is durable before that, as
// a line of the save log (save-log.ts); a checkpoint starts a new log, writes each file changed
// since the last one, and then drops the older log. A file that cannot be written keeps its log
// lines, is said in a notice, and is tried again a little later.
import type { Notice } from '../../src-shared/article'
import type { SaveLog } from './save-log'

/** Saves logged before the article files are written at a checkpoint, at most. */
const CHECKPOINT_EVERY = 500
/** A pause in saving this long writes the article files. */
const CHECKPOINT_AFTER_MS = 1500
/** After article files could not be written, they are tried again this much later. */
const FAILED_RETRY_MS = 3000

export interface Checkpoints<S> {
  /** `file` changed in memory (its change is in the log): written at the next checkpoint. */
  changed(file: S): void
  /** Writes every changed file durably, then drops the log lines they hold. */
  checkpoint(): Promise<void>
  /** Why files could not be written at the last checkpoint, or null. */
  readonly problem: Notice | null
}

export function createCheckpoints<S extends { persist(): Promise<void> }>(o: {
  log: Pick<SaveLog<unknown>, 'count' | 'rotate'>
  /** Runs once the files are written, before the older log lines go. */
  beforeDrop: () => Promise<void>
}): Checkpoints<S> {
  const dirty = new Set<S>()
  let running: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let problem: Notice | null = null
  const later = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(() => void checkpoint().catch(() => undefined), ms)
    timer.unref?.()
  }

  const checkpoint = (): Promise<void> =>
    (running ??= (async () => {
      clearTimeout(timer)
      const dropOlder = await o.log.rotate()
      const files = [...dirty]
      dirty.clear()
      // One file at a time: Node's four file threads stay free for the saves going on meanwhile
      // (a save waiting behind a hundred file writes would wait for all of them).
      const failed: S[] = []
      for (const f of files) await f.persist().catch(() => failed.push(f))
      if (failed.length) {
        // A file not written keeps its lines: the next checkpoint (or the next open) writes it.
        for (const f of failed) dirty.add(f)
        problem = {
          level: 'warning',
          code: 'annotations_unwritten',
          message: { key: 'notice.annotationsUnwritten', values: { count: failed.length } },
        }
        later(FAILED_RETRY_MS)
      } else {
        problem = null
        await o.beforeDrop()
        await dropOlder()
      }
    })().finally(() => {
      running = null
    }))

  return {
    changed(file) {
      dirty.add(file)
      if (o.log.count >= CHECKPOINT_EVERY) void checkpoint().catch(() => undefined)
      else later(CHECKPOINT_AFTER_MS)
    },
    checkpoint,
    get problem() {
      return problem
    },
  }
}
