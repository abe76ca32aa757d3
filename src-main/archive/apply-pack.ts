// Applying an update pack to the archive in use, offline: first a look (the pack is read whole and
// checked, and what it adds, changes and removes is worked out from its signed catalog), then the
// apply. The new archive is put together in a folder of its own (the pack's files, the rest linked
// or copied from the archive in use), checked again as a whole against the signed manifest, and
// only then named as the archive in use (one atomic write). Until that write the old archive stays
// in use; an apply cut short leaves a folder that the next start removes.
import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { err, ok, type Result } from '../../src-shared/result'
import { decodeCatalogBytes } from '../library/catalog/catalog'
import type { Catalog } from '../library/catalog/catalog'
import { syncFolder } from '../storage/atomic-write'
import { CATALOG_FILE, MANIFEST_FILE, sha256 } from './archive-format'
import { ARCHIVES_DIR, useApplied, type InUse } from './archive-in-use'
import { SIGNATURE_FILE, verdictMessage, verifyArchive } from './archive-signing'
import { compareCatalogs } from './compare-catalogs'
import { readPack, takenFromCurrent, type PackHead } from './update-pack'

/** What a pack would do, shown before it is applied. */
export interface PackPreview {
  archive: string
  release: string
  keyId: string
  added: number
  changed: number
  removed: number
  /** A few of the added and changed articles' titles, to show. */
  titles: { id: string; title: string; change: 'added' | 'changed' }[]
}

function catalogHashes(catalog: Catalog): Map<string, string> {
  const map = new Map<string, string>()
  for (let i = 0; i < catalog.count; i++) map.set(catalog.id(i), catalog.contentHash(i))
  return map
}

/** The articles of the archive in use, by id and content hash. */
export type CurrentArticles = () => Map<string, string>

function preview(head: PackHead, catalog: Catalog, current: Map<string, string>): PackPreview {
  const after = catalogHashes(catalog)
  const diff = compareCatalogs(current, after)
  const rows = new Map<string, number>()
  for (let i = 0; i < catalog.count; i++) rows.set(catalog.id(i), i)
  const titles = [
    ...diff.added.map((id) => ({ id, change: 'added' as const })),
    ...diff.changed.map((id) => ({ id, change: 'changed' as const })),
  ]
    .slice(0, 12)
    .map((t) => ({ ...t, title: catalog.title(rows.get(t.id)!) }))
  return {
    archive: head.manifest.archive!,
    release: head.manifest.release!,
    keyId: head.keyId,
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    titles,
  }
}

function catalogOf(bytes: Uint8Array): Catalog {
  const decoded = decodeCatalogBytes(Buffer.from(bytes))
  if (!decoded.ok) throw new Error(`the update's catalog is malformed: ${decoded.reason}`)
  return decoded.catalog
}

/** Reads the whole pack and checks it; says what it would add, change and remove. */
export async function inspectPack(
  file: string,
  trusted: readonly string[],
  current: InUse,
  articles: CurrentArticles,
): Promise<Result<PackPreview>> {
  let catalog: Catalog | null = null
  const read = await readPack(file, trusted, current, {
    onFile(path, bytes) {
      if (path === CATALOG_FILE) catalog = catalogOf(bytes)
    },
  })
  if (!read.ok) return read
  try {
    takenFromCurrent(read.value.head, read.value.files, current)
  } catch (error) {
    return refused(error)
  }
  // A pack that leaves the catalog as it was carries none.
  const after = catalog as Catalog | null
  return ok(after ? preview(read.value.head, after, articles()) : emptyPreview(read.value.head))
}

function emptyPreview(head: PackHead): PackPreview {
  return {
    archive: head.manifest.archive!,
    release: head.manifest.release!,
    keyId: head.keyId,
    added: 0,
    changed: 0,
    removed: 0,
    titles: [],
  }
}

function refused(error: unknown): Result<never> {
  const reason = (error as { reason?: unknown }).reason
  if (reason && typeof reason === 'object') return err('invalid_input', reason as never)
  return err('storage', {
    key: 'archive.applyFailed',
    values: { reason: (error as Error).message },
  })
}

/** A folder name for the archive a manifest describes: its release time and manifest hash. */
function folderName(head: PackHead): string {
  const stamp = head.manifest.release!.replace(/[-:]/g, '').slice(0, 15)
  return `r${stamp}-${sha256(head.manifestBytes).slice(0, 12)}`
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch {
    await copyFile(from, to)
  }
}

/**
 * Applies the pack in `file` to the archive in use: returns the new archive's folder (now named
 * as in use) and what changed, or the reason it was refused. Nothing the old archive holds is
 * touched; once the reader has moved to the new one, `sweepArchives` removes the old.
 */
export async function applyPack(
  file: string,
  o: { dataDir: string; trusted: readonly string[]; current: InUse; articles: CurrentArticles },
): Promise<Result<{ dir: string; preview: PackPreview }>> {
  const root = join(o.dataDir, ARCHIVES_DIR)
  const staging = join(root, `.incoming-${randomBytes(6).toString('hex')}`)
  let catalog: Catalog | null = null
  try {
    await mkdir(staging, { recursive: true })
    const made = new Set<string>()
    const read = await readPack(file, o.trusted, o.current, {
      async onFile(path, bytes) {
        if (path === CATALOG_FILE) catalog = catalogOf(bytes)
        const target = join(staging, path)
        const folder = dirname(target)
        if (!made.has(folder)) {
          await mkdir(folder, { recursive: true })
          made.add(folder)
        }
        await writeFile(target, bytes)
      },
    })
    if (!read.ok) {
      await rm(staging, { recursive: true, force: true })
      return read
    }
    const { head, files } = read.value
    const taken = takenFromCurrent(head, files, o.current)
    // The rest comes from the archive in use, a few files at a time.
    for (let i = 0; i < taken.length; i += 32) {
      await Promise.all(
        taken.slice(i, i + 32).map(async (path) => {
          const target = join(staging, path)
          const folder = dirname(target)
          if (!made.has(folder)) {
            made.add(folder)
            await mkdir(folder, { recursive: true })
          }
          await linkOrCopy(join(o.current.dir, path), target)
        }),
      )
    }
    await writeFile(join(staging, MANIFEST_FILE), head.manifestBytes)
    await writeFile(join(staging, SIGNATURE_FILE), head.signatureBytes)
    // The whole, checked again: a file of the archive in use that was damaged on disk is found
    // here, not after the switch.
    const verdict = await verifyArchive(staging, o.trusted)
    if (!verdict.ok) throw Object.assign(new Error('verify'), { reason: verdictMessage(verdict) })
    for (const folder of made) await syncFolder(folder)
    await syncFolder(staging)
    const name = folderName(head)
    const dir = join(root, name)
    await rm(dir, { recursive: true, force: true })
    await rename(staging, dir)
    await syncFolder(root)
    await useApplied(o.dataDir, name)
    const after = catalog as Catalog | null
    return ok({ dir, preview: after ? preview(head, after, o.articles()) : emptyPreview(head) })
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    return refused(error)
  }
}
