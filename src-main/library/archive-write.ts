// Writes an archive folder from documents already built (tests, fixtures and later importers
// share it with archive-build): each document content-addressed, then the catalog.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary } from '../../src-shared/article'
import { writeFileAtomic } from '../storage/atomic-write'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  CATALOG_FILE,
  DOCS_DIR,
  docPath,
  serialiseDoc,
  sha256,
  type Catalog,
} from './archive-format'

export type ArchiveEntry = Omit<ArticleSummary, 'contentHash'> & { doc: unknown }

/** Writes `entries` into `out` as an archive; returns the catalog written. */
export async function writeArchive(out: string, entries: ArchiveEntry[]): Promise<Catalog> {
  await mkdir(join(out, DOCS_DIR), { recursive: true })
  const articles: ArticleSummary[] = []
  for (const { doc, ...meta } of entries) {
    const bytes = serialiseDoc(doc)
    const contentHash = sha256(bytes)
    await writeFileAtomic(join(out, docPath(contentHash)), bytes)
    articles.push({ ...meta, contentHash })
  }
  articles.sort((a, b) => a.id.localeCompare(b.id))
  const catalog: Catalog = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    articles,
  }
  await writeFileAtomic(join(out, CATALOG_FILE), `${JSON.stringify(catalog, null, 2)}\n`)
  return catalog
}
