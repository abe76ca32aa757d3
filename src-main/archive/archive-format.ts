// The on-disk shape of an archive folder (documented in docs/archive-format.md):
//   catalog.bin           every article's catalog entry, packed by column (catalog-packed.ts);
//                         archives before format 3 have catalog.json instead (still read)
//   docs/<sha256>.json    one ProseMirror document per article version, named by the sha256
//                         of its exact bytes (content-addressed: a changed text is a new file)
//   manifest.json         { format, archive?, release?, files: { <path>: <sha256> } } for every
//                         other file; `archive` names the archive (its packs must name the same)
//                         and `release` says when it was cut (a pack must be newer)
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { safeKey } from '../../src-shared/safe-keys'

export const ARCHIVE_FORMAT = 'scholion-archive'
export const ARCHIVE_FORMAT_VERSION = 3
export const MANIFEST_FORMAT = 'scholion-archive-manifest'
export const MANIFEST_FILE = 'manifest.json'
export const CATALOG_FILE = 'catalog.bin'
/** The catalog of formats 1 and 2. */
export const LEGACY_CATALOG_FILE = 'catalog.json'
export const DOCS_DIR = 'docs'
/** The search index (src-main/search/index-files.ts). */
export const SEARCH_DIR = 'search'

/** An archive's name: what update packs are checked against. */
export const ARCHIVE_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  archive: z.string().regex(ARCHIVE_NAME).optional(),
  /** ISO date and time the release was cut. */
  release: z.iso.datetime().optional(),
  files: z.record(safeKey, z.string().regex(/^[0-9a-f]{64}$/)),
})

export type Manifest = z.infer<typeof manifestSchema>

/** A path a manifest may list: inside the archive, in its own shapes only. */
export const LISTED_PATH =
  /^(catalog\.bin|catalog\.json|docs\/[0-9a-f]{64}\.json|media\/[0-9a-f]{64}\.(jpg|png|webp|gif|avif)|search\/index\.json|search\/seg-\d{3,6}\.seg)$/

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The exact bytes stored for a document; its sha256 is the document's content hash. */
export function serialiseDoc(docJson: unknown): string {
  return JSON.stringify(docJson)
}

/** True for a sha256 in lower-case hex: the only thing a catalog may use as a file name. */
export function isContentHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value)
}

/** The document file of a content hash; throws for anything else (never a path to follow). */
export function docPath(contentHash: string): string {
  if (!isContentHash(contentHash)) throw new Error(`"${contentHash}" is not a content hash`)
  return `${DOCS_DIR}/${contentHash}.json`
}
