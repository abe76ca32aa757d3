// Builds an archive folder from source folders of saved articles. Each source file (.txt, .md,
// .html, .epub, under any name) is imported by the importer for its kind, with its pictures
// (written into it, or saved beside it: media/); a file that cannot be
// imported is skipped with its reason and never stops the rest, and each imported one is
// reported with what was found in it and what looks wrong (import-report.ts). Output is deterministic: the same sources give the same bytes.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { buildArchiveIndex } from '../search/parallel-build'
import { DOCS_DIR, SEARCH_DIR } from './archive-format'
import { MEDIA_DIR } from '../../src-shared/media'
import type { ArticleSummary } from '../../src-shared/article'
import { sealManifest, writeCatalog } from './archive-write'
import { importFiles } from '../library/import/import-pool'
import type { ImportReport } from '../library/import/import-report'
import { linkTranslations } from '../library/translations'
import { openLibrary } from '../library/open-library'
import { type Message } from '../../src-shared/i18n/translate'

export interface BuildReport {
  imported: { id: string; file: string; dropped: string[]; report: ImportReport }[]
  skipped: { file: string; reason: Message }[]
}

export interface BuildOptions {
  from: string[]
  out: string
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void
  /** Threads for the search index (default 1). */
  workers?: number
  /** Called as articles are indexed for search. */
  onIndexProgress?: (done: number, total: number) => void
  /** The archive's name (default "scholion"): update packs must name the same. */
  name?: string
  /** When the release was cut (ISO); default: the newest article's date, so that the same
   * sources give the same bytes. */
  release?: string
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  // READMEs and dotfiles describe a source folder, and a saved page's `<page>_files/` folder
  // holds its pictures: none of them are articles.
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        !e.name.startsWith('.') &&
        !/^readme(\.|$)/i.test(e.name) &&
        !relative(dir, e.parentPath)
          .split(sep)
          .some((part) => part.endsWith('_files')),
    )
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Imports every source file into `out`, replacing its catalog; returns what happened. */
export async function buildArchive({
  from,
  out,
  onProgress,
  onIndexProgress,
  workers,
  name = 'scholion',
  release,
}: BuildOptions): Promise<BuildReport> {
  const report: BuildReport = { imported: [], skipped: [] }
  const files = (await Promise.all(from.map(listFiles))).flat()
  await mkdir(join(out, DOCS_DIR), { recursive: true })
  const results = await importFiles(out, files, {
    workers,
    onProgress: (done, file) => onProgress?.(done, files.length, relative(process.cwd(), file)),
  })
  const entries = new Map<string, ArticleSummary>()
  const links = new Map<string, string[]>()
  const pictures = new Set<string>()
  for (const result of results) {
    const name = relative(process.cwd(), result.file)
    if (!result.ok) {
      report.skipped.push({ file: name, reason: result.reason })
    } else if (entries.has(result.meta.id)) {
      report.skipped.push({
        file: name,
        reason: { key: 'archive.duplicateId', values: { id: result.meta.id } },
      })
    } else {
      entries.set(result.meta.id, { ...result.meta, translationGroup: null })
      for (const name of result.pictures) pictures.add(name)
      links.set(result.meta.id, result.translationUrls)
      report.imported.push({
        id: result.meta.id,
        file: name,
        dropped: result.dropped,
        report: result.report,
      })
    }
  }
  linkTranslations(entries, links)
  const catalog = [...entries.values()]
  // Pictures no article names are left-overs too; gone before the manifest lists the folder.
  for (const entry of await readdir(join(out, MEDIA_DIR)).catch(() => [])) {
    if (!pictures.has(entry)) await rm(join(out, MEDIA_DIR, entry), { force: true })
  }
  await writeCatalog(out, catalog)
  // Documents no article points at any more are left-overs of earlier builds.
  const wanted = new Set(catalog.map((a) => `${a.contentHash}.json`))
  for (const entry of await readdir(join(out, DOCS_DIR))) {
    if (!wanted.has(entry)) await rm(join(out, DOCS_DIR, entry), { force: true })
  }
  // The search index of what was just written (docs/search.md).
  entries.clear()
  const { library } = await openLibrary(out)
  if (!library) throw new Error(`the archive written to ${out} cannot be opened`)
  await buildArchiveIndex(library, join(out, SEARCH_DIR), { workers, onProgress: onIndexProgress })
  const newest = catalog.reduce<string | null>(
    (m, a) => (a.date && (!m || a.date > m) ? a.date : m),
    null,
  )
  await sealManifest(out, {
    archive: name,
    release: release ?? `${newest ?? '2000-01-01'}T00:00:00.000Z`,
  })
  return report
}
