// The release side of update packs (`scholion archive:delta`): from the archive readers have
// (OLD) and a newly built one (NEW), the pack that turns one into the other. NEW's search index
// becomes OLD's segments plus one segment of the added and changed articles (a query lets the
// last segment holding an article win and hides articles the catalog no longer lists), so a pack
// carries only the new segment; NEW's manifest is sealed and signed, and the pack holds that
// signed manifest and every file of NEW that OLD lacks.
import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import { openLibrary } from '../library/open-library'
import type { Library } from '../library/library'
import { finishIndex, readIndexManifest, startIndex } from '../search/index-files'
import { buildSegmentFile } from '../search/parallel-build'
import { MANIFEST_FILE, SEARCH_DIR, manifestSchema, type Manifest } from './archive-format'
import { SIGNATURE_FILE, signArchive } from './archive-signing'
import { sealManifest } from './archive-write'
import { compareCatalogs } from './compare-catalogs'
import { PACK_FILES, PACK_FORMAT, PACK_INFO, type PackInfo } from './update-pack'
import { writeFileAtomic } from '../storage/atomic-write'

export interface DeltaReport {
  added: string[]
  changed: string[]
  removed: string[]
  /** Files the pack carries, and its size in bytes. */
  files: number
  bytes: number
}

async function readManifest(dir: string): Promise<Manifest> {
  return manifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')))
}

async function open(dir: string): Promise<Library> {
  const { library } = await openLibrary(dir)
  if (!library) throw new Error(`no archive in ${dir}`)
  return library
}

function hashes(library: Library): Map<string, string> {
  return new Map(library.ids().map((id) => [id, library.summary(id)!.contentHash]))
}

/** Makes NEW's index OLD's segments plus one of `ids` (when OLD has an index). */
async function layerIndex(oldDir: string, newLibrary: Library, ids: string[]): Promise<void> {
  const oldIndex = await readIndexManifest(join(oldDir, SEARCH_DIR))
  if (!oldIndex) return
  const dir = join(newLibrary.dir, SEARCH_DIR)
  await startIndex(dir)
  for (const s of oldIndex.segments)
    await copyFile(join(oldDir, SEARCH_DIR, s.file), join(dir, s.file))
  const segments = [...oldIndex.segments]
  if (ids.length) {
    const taken = new Set(segments.map((s) => s.file))
    let n = segments.length
    while (taken.has(`seg-${String(n).padStart(3, '0')}.seg`)) n++
    const name = `seg-${String(n).padStart(3, '0')}.seg`
    const built = await buildSegmentFile(newLibrary, {
      archiveDir: newLibrary.dir,
      ids,
      file: join(dir, name),
    })
    segments.push({ file: name, sha256: built.sha256, docs: built.docs })
  }
  await finishIndex(dir, { ...oldIndex, catalog: newLibrary.catalogHash, segments })
}

export async function makeDelta(o: {
  from: string
  to: string
  out: string
  privateKey: string
}): Promise<DeltaReport> {
  const [oldManifest, newManifest] = await Promise.all([readManifest(o.from), readManifest(o.to)])
  if (!newManifest.archive || !newManifest.release)
    throw new Error(`${o.to} has no archive name or release: build it with archive:build`)
  if (oldManifest.archive && oldManifest.archive !== newManifest.archive)
    throw new Error(`${o.from} is “${oldManifest.archive}”, ${o.to} is “${newManifest.archive}”`)
  if (oldManifest.release && oldManifest.release >= newManifest.release)
    throw new Error(
      `${o.to} (${newManifest.release}) is not newer than ${o.from} (${oldManifest.release})`,
    )
  const [oldLibrary, newLibrary] = await Promise.all([open(o.from), open(o.to)])
  const diff = compareCatalogs(hashes(oldLibrary), hashes(newLibrary))
  await layerIndex(o.from, newLibrary, [...diff.added, ...diff.changed])
  const sealed = await sealManifest(o.to, {
    archive: newManifest.archive,
    release: newManifest.release,
  })
  await signArchive(o.to, o.privateKey)

  const info: PackInfo = {
    format: PACK_FORMAT,
    version: 1,
    base: { release: oldManifest.release ?? null },
  }
  // The head first, then the catalog: a reader checks and previews from the first entries.
  const entries: Zippable = {
    [PACK_INFO]: Buffer.from(JSON.stringify(info)),
    [MANIFEST_FILE]: await readFile(join(o.to, MANIFEST_FILE)),
    [SIGNATURE_FILE]: await readFile(join(o.to, SIGNATURE_FILE)),
  }
  const carried = Object.entries(sealed.files)
    .filter(([path, hash]) => oldManifest.files[path] !== hash)
    .sort(([a], [b]) => Number(!a.startsWith('catalog')) - Number(!b.startsWith('catalog')))
  for (const [path] of carried) {
    const bytes = await readFile(join(o.to, path))
    // Pictures and segments are dense already; documents and the catalog shrink.
    const stored = path.startsWith('media/') || path.endsWith('.seg')
    entries[`${PACK_FILES}${path}`] = [bytes, { level: stored ? 0 : 6 }]
  }
  const zipped = zipSync(entries)
  await writeFileAtomic(o.out, zipped)
  return { ...diff, files: carried.length, bytes: zipped.length }
}
