// Reading and writing inside a folder that others fill (a study group's shared folder): nothing
// there is trusted. Links are never followed, only regular files are opened (a FIFO would hold
// one of Node's few file threads forever, a device never ends), the size is checked on the
// opened file and again while reading (a file may grow, or lie), and a read that takes too long
// is given up. Each refusal is a message that names what the file is.
import { constants, type Stats } from 'node:fs'
import { lstat, mkdir, open, readdir, realpath } from 'node:fs/promises'
import { join, relative, sep, isAbsolute } from 'node:path'
import { type Message } from '../../src-shared/i18n/translate'

export type UntrustedRead =
  { ok: true; text: string; stats: Stats } | { ok: false; reason: Message; code?: string }
export type UntrustedBytes =
  { ok: true; bytes: Buffer; stats: Stats } | { ok: false; reason: Message; code?: string }

/** What a directory entry that is not a regular file is, for a warning ("it is a link…"). */
export function kindOf(stats: Stats): Message {
  if (stats.isSymbolicLink()) return { key: 'file.isLink' }
  if (stats.isFIFO()) return { key: 'file.isFifo' }
  if (stats.isSocket()) return { key: 'file.isSocket' }
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { key: 'file.isDevice' }
  if (stats.isDirectory()) return { key: 'file.isFolder' }
  return { key: 'file.notRegular' }
}

// O_NOFOLLOW refuses a link swapped in after the check; O_NONBLOCK keeps a FIFO swapped in from
// blocking the open. Neither exists on Windows, where the lstat check stands alone.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
const CHUNK = 64 * 1024

/**
 * Reads `file` as UTF-8 if it is a regular file of at most `maxBytes`, read within `timeoutMs`.
 * Never follows a link and never throws.
 */
export async function readUntrustedFile(
  file: string,
  limits: { maxBytes: number; timeoutMs?: number },
): Promise<UntrustedRead> {
  const read = await readUntrustedBytes(file, limits)
  return read.ok ? { ok: true, text: read.bytes.toString('utf8'), stats: read.stats } : read
}

/** Reads `file`'s bytes under the same rules as readUntrustedFile. */
export async function readUntrustedBytes(
  file: string,
  { maxBytes, timeoutMs = 10_000 }: { maxBytes: number; timeoutMs?: number },
): Promise<UntrustedBytes> {
  let stats: Stats
  try {
    stats = await lstat(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, reason: unreadable(code), ...(code ? { code } : {}) }
  }
  if (!stats.isFile()) return { ok: false, reason: kindOf(stats) }
  if (stats.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) }
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(file, OPEN_FLAGS)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      reason: code === 'ELOOP' ? kindOf(stats) : unreadable(code),
      ...(code ? { code } : {}),
    }
  }
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<UntrustedBytes>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ ok: false, reason: { key: 'file.slow', values: { seconds: timeoutMs / 1000 } } }),
      timeoutMs,
    )
  })
  const reading = (async (): Promise<UntrustedBytes> => {
    const opened = await handle.stat()
    if (!opened.isFile()) return { ok: false, reason: kindOf(opened) }
    if (opened.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) }
    // Read to the end, whatever the size said, but never past the limit.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) return { ok: false, reason: tooLarge(maxBytes) }
      chunks.push(buffer.subarray(0, bytesRead))
    }
    return { ok: true, bytes: Buffer.concat(chunks, total), stats: opened }
  })().catch((error: NodeJS.ErrnoException) => ({
    ok: false as const,
    reason: unreadable(error.code ?? error.message),
  }))
  try {
    return await Promise.race([reading, timedOut])
  } finally {
    clearTimeout(timer)
    // A read still under way when time ran out closes the handle once it settles.
    void reading.finally(() => handle.close().catch(() => undefined))
  }
}

function tooLarge(maxBytes: number): Message {
  return { key: 'file.tooLarge', values: { mb: Math.round(maxBytes / 1024 / 1024) } }
}

function unreadable(code: string | undefined): Message {
  return { key: 'file.unreadable', values: { code: code ?? '?' } }
}

/** The names in a directory that is really one (not a link), or [] if it is not there. */
export async function listRealDir(dir: string): Promise<string[]> {
  const stats = await lstat(dir).catch(() => null)
  if (!stats?.isDirectory()) return []
  return readdir(dir).catch(() => [])
}

/**
 * Makes `root/...parts` as real directories inside `root` and returns its path, or a reason:
 * a part that is a link or a file (put there to make us write elsewhere) is refused, as is a
 * path whose real location is outside `root`.
 */
export async function ensureRealDir(
  root: string,
  parts: readonly string[],
): Promise<{ ok: true; dir: string } | { ok: false; reason: Message }> {
  let dir = root
  for (const part of parts) {
    dir = join(dir, part)
    const stats = await lstat(dir).catch(() => null)
    if (!stats) {
      await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error
      })
      continue
    }
    if (!stats.isDirectory()) {
      return {
        ok: false,
        reason: { key: 'file.partNotFolder', values: { path: relative(root, dir) } },
      }
    }
  }
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dir)])
  if (!isInside(realRoot, realDir)) {
    return {
      ok: false,
      reason: { key: 'file.leadsOutside', values: { path: relative(root, dir) } },
    }
  }
  return { ok: true, dir }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}
