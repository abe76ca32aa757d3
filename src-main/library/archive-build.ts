// Builds an archive folder from source folders of saved articles. Each source file is
// imported by the importer for its kind; a file that cannot be imported is skipped with its
// reason and never stops the rest. Output is deterministic: the same sources give the same bytes.
import { readdir, readFile, rm } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { canonicalText, countWords } from '../../src-shared/text'
import { buildArchiveIndex } from '../search/parallel-build'
import { DOCS_DIR, SEARCH_DIR } from './archive-format'
import { writeArchive, type ArchiveEntry } from './archive-write'
import { importPlainText } from './import-text'
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
  const match = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.txt$/.exec(basename(file))
  return match ? { slug: match[1]!, lang: match[2]! } : null
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
  const slugOf = new Map<string, string>()

  for (const [i, file] of files.entries()) {
    const name = relative(process.cwd(), file)
    try {
      const parsed = parseSourceName(file)
      if (!parsed) throw new Error('name is not <slug>.<lang>.txt')
      const id = `${parsed.lang}-${parsed.slug}`
      if (entries.has(id)) throw new Error(`duplicate article id ${id}`)
      const imported = importPlainText({ text: await readFile(file, 'utf8'), lang: parsed.lang })
      slugOf.set(id, parsed.slug)
      entries.set(id, {
        id,
        title: imported.title,
        lang: parsed.lang,
        date: imported.date,
        author: imported.author,
        publication: imported.publication,
        section: null,
        sourceUrl: null,
        wordCount: countWords(canonicalText(imported.doc).text),
        doc: imported.doc.toJSON(),
      })
      report.imported.push({ id, file: name, dropped: imported.dropped })
    } catch (error) {
      report.skipped.push({ file: name, reason: (error as Error).message })
    }
    onProgress?.(i + 1, files.length, name)
  }

  // The same slug in several languages is one article in translation.
  const languagesOfSlug = new Map<string, number>()
  for (const slug of slugOf.values())
    languagesOfSlug.set(slug, (languagesOfSlug.get(slug) ?? 0) + 1)
  for (const entry of entries.values()) {
    const slug = slugOf.get(entry.id)!
    entry.translationGroup = languagesOfSlug.get(slug)! > 1 ? slug : null
  }
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
