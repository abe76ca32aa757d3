// Writes an archive folder from documents already built (tests, fixtures and later importers
// share it with archive-build): each document content-addressed, then the catalog, then the
// manifest of every file's sha256 (pictures in media/ too).
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary } from '../../src-shared/article'
import { isMediaName, MEDIA_DIR } from '../../src-shared/media'
import { writeFileAtomic } from '../storage/atomic-write'
import { encodeCatalog } from '../library/catalog/catalog'
import { INDEX_FILE, readIndexManifest } from '../search/index-files'
import {
  CATALOG_FILE,
  DOCS_DIR,
  LEGACY_CATALOG_FILE,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  SEARCH_DIR,
  docPath,
  manifestSchema,
  serialiseDoc,
  sha256,
  type Manifest,
} from './archive-format'

export type ArchiveEntry = Omit<ArticleSummary, 'contentHash' | 'translationGroup'> & {
  doc: unknown
  translationGroup?: string | null
}

async function holds(file: string, hash: string): Promise<boolean> {
  try {
    return sha256(await readFile(file)) === hash
  } catch {
    return false
  }
}

/** Writes `entries` into `out` as an archive; returns the articles it lists. */
export async function writeArchive(
  out: string,
  entries: ArchiveEntry[],
): Promise<ArticleSummary[]> {
  return appendToArchive(out, [], entries, false)
}

/**
 * Writes the documents of `entries` into the archive in `out`, then its catalog and manifest
 * listing `existing` (articles already there, whose documents are not touched) and the new ones.
 * `durable` flushes each new document to disk before the catalog names it: for the user's own
 * library, where a document lost in a power cut cannot be built again.
 */
export async function appendToArchive(
  out: string,
  existing: readonly ArticleSummary[],
  entries: ArchiveEntry[],
  durable = true,
): Promise<ArticleSummary[]> {
  await mkdir(join(out, DOCS_DIR), { recursive: true })
  const articles: ArticleSummary[] = []
  for (const { doc, ...meta } of entries) {
    const bytes = serialiseDoc(doc)
    const contentHash = sha256(bytes)
    // Content-addressed: a file of that name that still hashes to its name holds these bytes
    // already. Archive builds skip fsync (a build is repeatable); a torn document from a crash
    // fails that check and is written again.
    const file = join(out, docPath(contentHash))
    if (!(await holds(file, contentHash))) {
      if (durable) await writeFileAtomic(file, bytes)
      else {
        await writeFile(`${file}.tmp`, bytes)
        await rename(`${file}.tmp`, file)
      }
    }
    articles.push({ ...meta, translationGroup: meta.translationGroup ?? null, contentHash })
  }
  await writeCatalog(out, [...existing, ...articles])
  return articles
}

/** Writes the catalog listing `all`, then the manifest; their documents are written already. */
export async function writeCatalog(out: string, all: readonly ArticleSummary[]): Promise<void> {
  const catalogBytes = encodeCatalog(all)
  await writeFileAtomic(join(out, CATALOG_FILE), catalogBytes)
  // An archive of an earlier format is now of this one: its old catalog goes (the new one is
  // read first, so a crash before this line changes nothing).
  await rm(join(out, LEGACY_CATALOG_FILE), { force: true })
  // The manifest is written last: an archive whose manifest names a file has that file whole.
  const files: Record<string, string> = { [CATALOG_FILE]: sha256(catalogBytes) }
  for (const a of all) files[docPath(a.contentHash)] = a.contentHash
  // Pictures are named by their hash too (media-store.ts).
  for (const name of await readdir(join(out, MEDIA_DIR)).catch(() => []))
    if (isMediaName(name)) files[`${MEDIA_DIR}/${name}`] = name.slice(0, 64)
  const manifest: Manifest = { format: MANIFEST_FORMAT, files }
  await writeFileAtomic(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`)
}

/**
 * Completes an archive's manifest for a release: its name and release time, and the search
 * index's files (listed by the index itself, hashed again here). What a signature then covers is
 * every file a reader gets.
 */
export async function sealManifest(
  out: string,
  release: { archive: string; release: string },
): Promise<Manifest> {
  const old = manifestSchema.parse(JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')))
  const files = Object.fromEntries(
    Object.entries(old.files).filter(([path]) => !path.startsWith(`${SEARCH_DIR}/`)),
  )
  const index = await readIndexManifest(join(out, SEARCH_DIR))
  if (index) {
    files[`${SEARCH_DIR}/${INDEX_FILE}`] = sha256(await readFile(join(out, SEARCH_DIR, INDEX_FILE)))
    for (const s of index.segments)
      files[`${SEARCH_DIR}/${s.file}`] = sha256(await readFile(join(out, SEARCH_DIR, s.file)))
  }
  const manifest: Manifest = { format: MANIFEST_FORMAT, ...release, files }
  await writeFileAtomic(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`)
  return manifest
}
