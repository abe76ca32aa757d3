// The annotation store's save log: a save is one line appended to a log file and flushed to disk
// (one fdatasync on a file already open), which costs a fraction of replacing the article's file
// durably (a temp file, its fsync, two renames and the folder's fsync). The article files are
// written later, at a checkpoint; a save is acknowledged once its line is on disk, so a crash
// before the checkpoint loses nothing: the lines are applied again when the store opens.
//
// A checkpoint does not stop saves: it starts a new log file (the generation after), makes the
// article files durable, then deletes the older log. Lines are applied in order, and applying
// one twice changes nothing (a put replaces by id, a delete removes by id), so a line whose
// change already reached its file is harmless.
//
// Each process writes logs of its own (`.save-log-<pid>-<generation>.jsonl`): another process
// opening the same store (a terminal export while the app runs) applies what they hold but
// removes only the logs of processes that no longer run.
import { open, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isRunning } from '../storage/temp-files'

const LOG = /^\.save-log-(\d+)-(\d+)\.jsonl$/
const logName = (generation: number) => `.save-log-${process.pid}-${generation}.jsonl`

export interface SaveLog<T> {
  /** Appends one entry and resolves once it is on disk. */
  append(entry: T): Promise<void>
  /** Entries appended since the last `rotate`. */
  readonly count: number
  /**
   * Starts a new log file for the entries to come, and returns a function that deletes the older
   * ones: call it once what they hold is durable elsewhere.
   */
  rotate(): Promise<() => Promise<void>>
  close(): Promise<void>
}

/**
 * Opens the log in `dir`: returns the entries every existing log file holds, oldest first (a
 * last line cut short by a crash is left out, as it was never acknowledged), and the log to
 * append to, and the files of processes gone, to remove once their entries are applied.
 * `parse` checks one entry; an entry it refuses is skipped and counted.
 */
export async function openSaveLog<T>(
  dir: string,
  parse: (json: unknown) => T | null,
): Promise<{ log: SaveLog<T>; pending: T[]; skipped: number; files: string[] }> {
  const found = (await readdir(dir))
    .map((name) => {
      const m = LOG.exec(name)
      return { name, pid: Number(m?.[1] ?? NaN), generation: Number(m?.[2] ?? NaN) }
    })
    .filter((f) => Number.isInteger(f.generation))
    .sort((a, b) => a.generation - b.generation || a.pid - b.pid)
  const pending: T[] = []
  let skipped = 0
  for (const { name } of found) {
    const text = await readFile(join(dir, name), 'utf8')
    const lines = text.split('\n')
    // The part after the last newline was never completed.
    lines.pop()
    for (const line of lines) {
      if (!line) continue
      let entry: T | null
      try {
        entry = parse(JSON.parse(line))
      } catch {
        entry = null
      }
      if (entry === null) skipped++
      else pending.push(entry)
    }
  }
  // Logs with this process's id are an earlier process's (the id was used again): replayed and
  // removed like those of any process gone.
  const gone = found.filter((f) => f.pid === process.pid || !isRunning(f.pid))
  let generation =
    Math.max(0, ...found.filter((f) => f.pid === process.pid).map((f) => f.generation)) + 1
  let handle = await open(join(dir, logName(generation)), 'a', 0o600)
  let count = 0
  let queue: Promise<unknown> = Promise.resolve()
  const inTurn = <R>(work: () => Promise<R>): Promise<R> => {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }

  const log: SaveLog<T> = {
    get count() {
      return count
    },
    append(entry) {
      const line = `${JSON.stringify(entry)}\n`
      return inTurn(async () => {
        await handle.write(line)
        await handle.datasync()
        count++
      })
    },
    rotate() {
      return inTurn(async () => {
        const older = generation
        await handle.close()
        generation++
        handle = await open(join(dir, logName(generation)), 'a', 0o600)
        count = 0
        return async () => {
          for (const name of await readdir(dir)) {
            const m = LOG.exec(name)
            if (!m || Number(m[1]) !== process.pid || Number(m[2]) > older) continue
            await rm(join(dir, name), { force: true })
          }
        }
      })
    },
    close: () => inTurn(() => handle.close()),
  }
  return { log, pending, skipped, files: gone.map((f) => f.name) }
}
