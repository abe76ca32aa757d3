// Builds an archive folder from source folders of saved articles. Each source file is
// imported by the importer for its kind; a file that cannot be imported is skipped with its
// reason and never stops the rest. Output is deterministic: the same sources give the same bytes.
import { readdir, readFile, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { buildArchiveIndex } from '../search/parallel-build'
import { DOCS_DIR, SEARCH_DIR } from './archive-format'
import { writeArchive, type ArchiveEntry } from './archive-write'
import { importFile, parseFileName } from './import-file'
import { linkTranslations } from './translations'
import { openLibrary } from './library'

export interface BuildReport {
  imported: { id: string; file: string; dropped: string[] }[]
  skipped: { file: string; reason: string }[]
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
}

/** `<slug>.<lang>.txt` → { slug, lang }; null for names that do not follow the pattern. */
export function parseSourceName(file: string): { slug: string; lang: string } | null {
  const { slug, lang, ext } = parseFileName(file)
  return lang && ext === '.txt' ? { slug, lang } : null
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  // READMEs and dotfiles describe a source folder; they are not articles.
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !/^readme(\.|$)/i.test(e.name))
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
}: BuildOptions): Promise<BuildReport> {
  const report: BuildReport = { imported: [], skipped: [] }
  const files = (await Promise.all(from.map(listFiles))).flat()
  const entries = new Map<string, ArchiveEntry>()
  const links = new Map<string, string[]>()

  for (const [i, file] of files.entries()) {
    const name = relative(process.cwd(), file)
    try {
      const imported = importFile({ name: file, bytes: await readFile(file) })
      if (entries.has(imported.id)) throw new Error(`duplicate article id ${imported.id}`)
      entries.set(imported.id, { id: imported.id, ...imported.entry })
      links.set(imported.id, imported.translationUrls)
      report.imported.push({ id: imported.id, file: name, dropped: imported.dropped })
    } catch (error) {
      report.skipped.push({ file: name, reason: (error as Error).message })
    }
    onProgress?.(i + 1, files.length, name)
  }
  linkTranslations(entries, links)
  const catalog = await writeArchive(out, [...entries.values()])
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
  return report
}
