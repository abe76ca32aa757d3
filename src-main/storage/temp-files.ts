// Housekeeping after a crash: the temporary files an interrupted write left behind. An atomic
// write (atomic-write.ts) names its temp file `.<name>.<tag>-<n>.tmp`, where the tag starts with
// the writing process's id; other writers put their process id before `.tmp`. On start, temp
// files of processes that no longer run are removed; those of a process still running (another
// Scholion, a terminal export) are left to it, and so is the temp of a replace that a crash cut
// before its file was back in place (the file is missing): the store finishes it when it opens.
import { access, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

const ATOMIC = /^\.(.+)\.([0-9a-z]+)[0-9a-f]{6}-[0-9a-z]+\.tmp$/
const WITH_PID = /\.(\d+)(?:\.[0-9a-z]+)?\.tmp$/

/** The id of the process that wrote temp file `name`, or null if it is not one of ours. */
export function tempOwner(name: string): number | null {
  const atomic = ATOMIC.exec(name)
  if (atomic) return parseInt(atomic[2]!, 36)
  const plain = WITH_PID.exec(name)
  return plain ? Number(plain[1]) : null
}

/** For an atomic write's temp file, the name of the file it was to replace. */
export function tempTarget(name: string): string | null {
  return ATOMIC.exec(name)?.[1] ?? null
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/** Whether process `pid` runs (this one included). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes temp files of processes no longer running under `dir` (and its folders, `depth` deep).
 * Returns how many were removed. Never throws.
 */
export async function sweepTempFiles(dir: string, depth = 3): Promise<number> {
  let removed = 0
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (depth > 0) removed += await sweepTempFiles(path, depth - 1)
      continue
    }
    if (!entry.isFile() || !entry.name.endsWith('.tmp')) continue
    const pid = tempOwner(entry.name)
    if (pid === null || isRunning(pid)) continue
    const target = tempTarget(entry.name)
    if (target !== null && !(await exists(join(dir, target)))) continue
    await rm(path, { force: true }).then(
      () => removed++,
      () => undefined,
    )
  }
  return removed
}
