// Stored pictures, content-addressed like documents: `media/<sha256>.<ext>` in an archive folder
// (the bundled archive, or the user's own library). A picture is written once, atomically, and
// before the document that names it; reading one gives its bytes only when it is a regular file
// (not a link) that still hashes to its name, so a damaged or swapped file is never served.
import { lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isMediaName, MEDIA_DIR, type PictureExt } from '../../../src-shared/media'
import { sha256 } from '../../archive/archive-format'
import { writeFileAtomic } from '../../storage/atomic-write'
import { DEFAULT_PICTURE_LIMITS } from './check-picture'

async function readIfIntact(file: string, hash: string): Promise<Uint8Array | null> {
  try {
    const info = await lstat(file)
    if (!info.isFile() || info.size > DEFAULT_PICTURE_LIMITS.maxBytes) return null
    const bytes = await readFile(file)
    return sha256(bytes) === hash ? bytes : null
  } catch {
    return null
  }
}

/**
 * Stores checked picture bytes in the archive folder `dir`; returns the picture's media name.
 * `durable` flushes it to disk first (the user's library; an archive build is repeatable).
 */
export async function storePicture(
  dir: string,
  bytes: Uint8Array,
  ext: PictureExt,
  durable = true,
): Promise<string> {
  const hash = sha256(bytes)
  const name = `${hash}.${ext}`
  const file = join(dir, MEDIA_DIR, name)
  if (await readIfIntact(file, hash)) return name
  await mkdir(join(dir, MEDIA_DIR), { recursive: true })
  if (durable) await writeFileAtomic(file, bytes)
  else {
    await writeFile(`${file}.tmp`, bytes)
    await rename(`${file}.tmp`, file)
  }
  return name
}

/** The bytes of the stored picture `name`, from the first of `dirs` that holds it intact. */
export async function readPicture(
  dirs: readonly string[],
  name: string,
): Promise<Uint8Array | null> {
  if (!isMediaName(name)) return null
  const hash = name.slice(0, 64)
  for (const dir of dirs) {
    const bytes = await readIfIntact(join(dir, MEDIA_DIR, name), hash)
    if (bytes) return bytes
  }
  return null
}
