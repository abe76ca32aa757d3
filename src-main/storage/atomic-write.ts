// Crash-safe file replacement: write a temp file beside the target, flush it to disk, rename it
// over the target, then flush the folder so the rename itself survives a power cut. A reader
// sees either the old file or the new one, never a torn one.
import { randomBytes } from 'node:crypto'
import { writeFile as writeFileCallback } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

/** Temp names: unique to this process (a random tag made once), then a counter. */
const tempTag = `${process.pid.toString(36)}${randomBytes(3).toString('hex')}`
let tempCount = 0

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open folders for fsync; NTFS renames are journaled anyway.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Replaces under way in this process, by target: while one runs, the target may be missing
 * for a moment (between its two renames), which a reader must not take for a crash. */
const inFlight = new Map<string, Promise<unknown>>()

/** Resolves once every replace of `file` this process has begun has ended (done or failed). */
export async function replacesSettled(file: string): Promise<void> {
  await inFlight.get(resolve(file))
}

/**
 * Replaces `file` with `data` atomically and durably. Resolves only once data is on disk.
 * With `keepPrevious`, the file being replaced is first moved there (one rename), so the last
 * version stays beside the new one; should the process die between the two renames, the file
 * is missing and its previous version is in `keepPrevious`.
 */
export function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  keepPrevious?: string,
  /** False: still atomic, but not flushed to disk before resolving (exports of many files,
   * which flush their folder once at the end with `syncFolder`). */
  durable = true,
  /** Who may read it: the user only, unless it is meant for others (a group folder). */
  mode = 0o600,
): Promise<void> {
  const key = resolve(file)
  const run = replace(file, data, keepPrevious, durable, mode)
  const before = inFlight.get(key)
  const all = (before ? Promise.allSettled([before, run]) : run).then(
    () => undefined,
    () => undefined,
  )
  inFlight.set(key, all)
  void all.then(() => {
    if (inFlight.get(key) === all) inFlight.delete(key)
  })
  return run
}

async function replace(
  file: string,
  data: string | Uint8Array,
  keepPrevious: string | undefined,
  durable: boolean,
  mode: number,
): Promise<void> {
  const dir = dirname(file)
  const temp = join(dir, `.${basename(file)}.${tempTag}-${(tempCount++).toString(36)}.tmp`)
  if (!durable) {
    // Nothing to flush: one call (no file handle kept across round trips), then the rename.
    try {
      await new Promise<void>((resolve, reject) =>
        writeFileCallback(temp, data, { mode, flag: 'wx' }, (error) =>
          error ? reject(error) : resolve(),
        ),
      )
      if (keepPrevious) await keep(file, keepPrevious)
      await rename(temp, file)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    return
  }
  const handle = await open(temp, 'wx', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    if (keepPrevious) await keep(file, keepPrevious)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await fsyncDir(dir)
}

/** Moves the file being replaced to `keepPrevious` (if there is one). */
async function keep(file: string, keepPrevious: string): Promise<void> {
  await rename(file, keepPrevious).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
}

/** Flushes a folder's entries (after many non-durable writes into it). */
export const syncFolder = fsyncDir
