// The on-disk shape of an archive folder (documented in docs/archive-format.md):
//   catalog.json          { format, formatVersion, articles: ArticleSummary[] }
//   docs/<sha256>.json    one ProseMirror document per article version, named by the sha256
//                         of its exact bytes (content-addressed: a changed text is a new file)
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { ArticleSummary } from '../../src-shared/article'

export const ARCHIVE_FORMAT = 'scholion-archive'
export const ARCHIVE_FORMAT_VERSION = 1
export const CATALOG_FILE = 'catalog.json'
export const DOCS_DIR = 'docs'

export const articleSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  lang: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  author: z.string().nullable(),
  publication: z.string().nullable(),
  section: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  wordCount: z.number().int().min(0),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
}) satisfies z.ZodType<ArticleSummary>

export const catalogSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  articles: z.array(articleSummarySchema),
})

export type Catalog = z.infer<typeof catalogSchema>

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The exact bytes stored for a document; its sha256 is the document's content hash. */
export function serialiseDoc(docJson: unknown): string {
  return JSON.stringify(docJson)
}

export function docPath(contentHash: string): string {
  return `${DOCS_DIR}/${contentHash}.json`
}
