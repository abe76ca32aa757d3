// Applying an update pack to the archive in use, offline, in two steps. Staging reads the pack
// once, checks it (update-pack.ts) and writes its files into a folder of their own; what it adds,
// changes and removes is worked out from its signed catalog and shown. Finishing puts the rest of
// the new archive beside them (linked, or copied, from the archive in use), checks the whole
// against the signed manifest again, and only then names it as the archive in use (one atomic
// write). Until that write the old archive stays in use; a staging or an apply cut short leaves
// a folder that the next start removes (archive-in-use.ts). Files are written, linked and checked
// many at a time: an archive has tens of thousands.
import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { PackPreview } from '../../src-shared/api'
import { err, ok, type Result } from '../../src-shared/result'
import { decodeCatalogBytes, type Catalog } from '../library/catalog/catalog'
import { syncFolder } from '../storage/atomic-write'
import { CATALOG_FILE, MANIFEST_FILE, sha256 } from './archive-format'
import { ARCHIVES_DIR, useApplied, type InUse } from './archive-in-use'
import { SIGNATURE_FILE, verdictMessage, verifyArchive } from './archive-signing'
import { compareCatalogs } from './compare-catalogs'
import { readPack, takenFromCurrent, type PackHead } from './update-pack'

export type { PackPreview }

/** The articles of the archive in use, by id and content hash. */
export type CurrentArticles = () => Map<string, string> | Promise<Map<string, string>>

/** A pack read, checked and written out, waiting to be applied or discarded. */
export interface StagedPack {
  /** The folder its files were written into. */
  dir: string
  head: PackHead
  /** The paths the pack carried. */
  files: Set<string>
  preview: PackPreview
}

/** File operations in flight at once. */
const AT_ONCE = 24

/** Runs `work` on each item, `AT_ONCE` at a time. */
async function eachAtOnce<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += AT_ONCE)
    await Promise.all(items.slice(i, i + AT_ONCE).map(work))
}

/** The catalog's articles (id → content hash), a few thousand rows at a time. */
async function catalogHashes(catalog: Catalog): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  for (let i = 0; i < catalog.count; i++) {
    map.set(catalog.id(i), catalog.contentHash(i))
    if (i % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve))
  }
  return map
}

async function preview(
  head: PackHead,
  catalog: Catalog | null,
  current: Map<string, string>,
): Promise<PackPreview> {
  const base = {
    archive: head.manifest.archive!,
    release: head.manifest.release!,
    keyId: head.keyId,
  }
  // A pack that leaves the catalog as it was carries none.
  if (!catalog) return { ...base, added: 0, changed: 0, removed: 0, titles: [] }
  const after = await catalogHashes(catalog)
  const diff = compareCatalogs(current, after)
  const shown = [
    ...diff.added.map((id) => ({ id, change: 'added' as const })),
    ...diff.changed.map((id) => ({ id, change: 'changed' as const })),
  ].slice(0, 12)
  const wanted = new Set(shown.map((x) => x.id))
  const rows = new Map<string, number>()
  for (let i = 0; i < catalog.count && rows.size < wanted.size; i++)
    if (wanted.has(catalog.id(i))) rows.set(catalog.id(i), i)
  const titles = shown.map((x) => ({ ...x, title: catalog.title(rows.get(x.id)!) }))
  return {
    ...base,
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

function refused(error: unknown): Result<never> {
  const reason = (error as { reason?: unknown }).reason
  if (reason && typeof reason === 'object') return err('invalid_input', reason as never)
  return err('storage', {
    key: 'archive.applyFailed',
    values: { reason: (error as Error).message },
  })
}

/** Makes the folders of `paths` under `root`, each once. */
async function makeFolders(
  root: string,
  paths: Iterable<string>,
  made: Set<string>,
): Promise<void> {
  for (const path of paths) {
    const folder = dirname(join(root, path))
    if (made.has(folder)) continue
    made.add(folder)
    await mkdir(folder, { recursive: true })
  }
}

/**
 * Reads the pack in `file` once, checks it and writes its files into a new folder under the data
 * folder's archives/; says what it would add, change and remove. Nothing in use changes.
 */
export async function stagePack(
  file: string,
  o: { dataDir: string; trusted: readonly string[]; current: InUse; articles: CurrentArticles },
): Promise<Result<StagedPack>> {
  const dir = join(o.dataDir, ARCHIVES_DIR, `.incoming-${randomBytes(6).toString('hex')}`)
  let catalog: Catalog | null = null
  const made = new Set<string>()
  const writing = new Set<Promise<void>>()
  try {
    await mkdir(dir, { recursive: true })
    const read = await readPack(file, o.trusted, o.current, {
      async onFile(path, bytes) {
        if (path === CATALOG_FILE) catalog = catalogOf(bytes)
        await makeFolders(dir, [path], made)
        // Written while the pack is read on, a few at a time.
        const write: Promise<void> = writeFile(join(dir, path), bytes).finally(() =>
          writing.delete(write),
        )
        writing.add(write)
        if (writing.size >= AT_ONCE) await Promise.race(writing)
      },
    })
    await Promise.all(writing)
    if (!read.ok) {
      await rm(dir, { recursive: true, force: true })
      return read
    }
    const { head, files } = read.value
    takenFromCurrent(head, files, o.current)
    return ok({ dir, head, files, preview: await preview(head, catalog, await o.articles()) })
  } catch (error) {
    await Promise.allSettled(writing)
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    return refused(error)
  }
}

/** Forgets a staged pack. */
export async function discardStaged(staged: StagedPack): Promise<void> {
  await rm(staged.dir, { recursive: true, force: true })
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
 * Completes a staged pack into the new archive and names it as the archive in use: returns its
 * folder, or the reason it was refused (the staged files are then removed). Nothing the old
 * archive holds is touched; once the reader has moved to the new one, `sweepArchives` removes
 * the old.
 */
export async function finishStaged(
  staged: StagedPack,
  o: {
    dataDir: string
    trusted: readonly string[]
    current: InUse
    /** The archive in use was checked file by file this session: its files are not hashed
     * again (only looked for); without this, every file of the new archive is. */
    currentChecked?: boolean
  },
): Promise<Result<{ dir: string }>> {
  const root = join(o.dataDir, ARCHIVES_DIR)
  try {
    const { head } = staged
    // Another pack may have been applied since this one was staged: it must still be newer.
    const now = o.current.manifest.release
    if (now && head.manifest.release! <= now)
      throw Object.assign(new Error('not newer'), {
        reason: {
          key: 'archive.packNotNewer',
          values: { release: head.manifest.release!.slice(0, 10), current: now.slice(0, 10) },
        },
      })
    const taken = takenFromCurrent(head, staged.files, o.current)
    const made = new Set<string>()
    await makeFolders(staged.dir, [...staged.files, ...taken], made)
    await eachAtOnce(taken, (path) => linkOrCopy(join(o.current.dir, path), join(staged.dir, path)))
    await writeFile(join(staged.dir, MANIFEST_FILE), head.manifestBytes)
    await writeFile(join(staged.dir, SIGNATURE_FILE), head.signatureBytes)
    // The whole, checked again: a file of the archive in use that was damaged on disk is found
    // here, not after the switch (unless it was checked this session). The pack's own files were
    // hashed as they were read.
    const known = new Set<string>(staged.files)
    if (o.currentChecked) for (const path of taken) known.add(path)
    const verdict = await verifyArchive(staged.dir, o.trusted, known)
    if (!verdict.ok) throw Object.assign(new Error('verify'), { reason: verdictMessage(verdict) })
    for (const folder of made) await syncFolder(folder)
    await syncFolder(staged.dir)
    const name = folderName(head)
    const dir = join(root, name)
    await rm(dir, { recursive: true, force: true })
    await rename(staged.dir, dir)
    await syncFolder(root)
    await useApplied(o.dataDir, name)
    return ok({ dir })
  } catch (error) {
    await discardStaged(staged).catch(() => undefined)
    return refused(error)
  }
}

/** Reads and checks the pack in `file`, says what it would do, and forgets it (the CLI's look). */
export async function inspectPack(
  file: string,
  o: { dataDir: string; trusted: readonly string[]; current: InUse; articles: CurrentArticles },
): Promise<Result<PackPreview>> {
  const staged = await stagePack(file, o)
  if (!staged.ok) return staged
  await discardStaged(staged.value)
  return ok(staged.value.preview)
}

/** Stages and finishes the pack in `file` in one go. */
export async function applyPack(
  file: string,
  o: { dataDir: string; trusted: readonly string[]; current: InUse; articles: CurrentArticles },
): Promise<Result<{ dir: string; preview: PackPreview }>> {
  const staged = await stagePack(file, o)
  if (!staged.ok) return staged
  const finished = await finishStaged(staged.value, o)
  if (!finished.ok) return finished
  return ok({ dir: finished.value.dir, preview: staged.value.preview })
}
