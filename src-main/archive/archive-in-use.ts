// Which archive the app reads: the bundled one, or a newer one made by applying update packs,
// kept in the data folder (`archives/<release>-<hash>/`, named by `archives/current.json`,
// written atomically once the folder is complete). An applied archive is used only while it is
// for the same archive as the bundled one and newer than it: an app update that bundles a newer
// archive wins over an older applied one.
import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../storage/atomic-write'
import { MANIFEST_FILE, manifestSchema, type Manifest } from './archive-format'

export const ARCHIVES_DIR = 'archives'
const POINTER = 'current.json'
/** The folder names applied archives get. */
export const APPLIED_NAME = /^r\d{8}T\d{6}-[0-9a-f]{12}$/

const pointerSchema = z
  .object({ format: z.literal('scholion-archive-in-use'), dir: z.string().regex(APPLIED_NAME) })
  .strict()

export interface InUse {
  dir: string
  manifest: Manifest
  /** True for an archive applied from an update pack (in the data folder). */
  applied: boolean
}

/** An archive's manifest, or an empty one when it has none (an old or partial archive). */
export async function readManifestOf(dir: string): Promise<Manifest> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')))
  } catch {
    return { format: 'scholion-archive-manifest', files: {} }
  }
}

/** The archive to read, given the bundled one's folder and the data folder. */
export async function archiveInUse(bundledDir: string, dataDir: string): Promise<InUse> {
  const bundled: InUse = {
    dir: bundledDir,
    manifest: await readManifestOf(bundledDir),
    applied: false,
  }
  const root = join(dataDir, ARCHIVES_DIR)
  let name: string
  try {
    name = pointerSchema.parse(JSON.parse(await readFile(join(root, POINTER), 'utf8'))).dir
  } catch {
    return bundled
  }
  const dir = join(root, name)
  const manifest = await readManifestOf(dir)
  const same = !bundled.manifest.archive || manifest.archive === bundled.manifest.archive
  const newer = !!manifest.release && manifest.release > (bundled.manifest.release ?? '')
  return same && newer ? { dir, manifest, applied: true } : bundled
}

/** Names `name` (a complete folder under archives/) as the archive in use. */
export async function useApplied(dataDir: string, name: string): Promise<void> {
  await writeFileAtomic(
    join(dataDir, ARCHIVES_DIR, POINTER),
    `${JSON.stringify({ format: 'scholion-archive-in-use', dir: name })}\n`,
  )
}

/** Removes what an interrupted apply left, packs received and never applied, and applied
 * archives no longer in use. */
export async function sweepArchives(dataDir: string, keep: string): Promise<void> {
  const root = join(dataDir, ARCHIVES_DIR)
  for (const name of await readdir(root).catch(() => [])) {
    if (name === POINTER || join(root, name) === keep) continue
    // Folders of applies cut short, packs received but never applied, older applied archives.
    if (name.startsWith('.incoming-') || name.startsWith('.upload-') || APPLIED_NAME.test(name))
      await rm(join(root, name), { recursive: true, force: true })
  }
}
