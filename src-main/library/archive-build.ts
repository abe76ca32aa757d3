// Builds an archive folder from source folders of saved articles. Each source file is
// imported by the importer for its kind; a file that cannot be imported is skipped with its
// reason and never stops the rest. Output is deterministic: the same sources give the same bytes.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { ArticleSummary } from '../../src-shared/article'
import { canonicalText, countWords } from '../../src-shared/text'
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
import { importPlainText } from './import-text'

export interface BuildReport {
  imported: { id: string; file: string; dropped: string[] }[]
  skipped: { file: string; reason: string }[]
}

export interface BuildOptions {
  from: string[]
  out: string
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void
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
export async function buildArchive({ from, out, onProgress }: BuildOptions): Promise<BuildReport> {
  const report: BuildReport = { imported: [], skipped: [] }
  const files = (await Promise.all(from.map(listFiles))).flat()
  const articles = new Map<string, ArticleSummary>()
  await mkdir(join(out, DOCS_DIR), { recursive: true })

  for (const [i, file] of files.entries()) {
    const name = relative(process.cwd(), file)
    try {
      const parsed = parseSourceName(file)
      if (!parsed) throw new Error('name is not <slug>.<lang>.txt')
      const id = `${parsed.lang}-${parsed.slug}`
      if (articles.has(id)) throw new Error(`duplicate article id ${id}`)
      const imported = importPlainText({ text: await readFile(file, 'utf8'), lang: parsed.lang })
      const bytes = serialiseDoc(imported.doc.toJSON())
      const contentHash = sha256(bytes)
      await writeFileAtomic(join(out, docPath(contentHash)), bytes)
      articles.set(id, {
        id,
        title: imported.title,
        lang: parsed.lang,
        date: imported.date,
        author: imported.author,
        publication: imported.publication,
        section: null,
        sourceUrl: null,
        wordCount: countWords(canonicalText(imported.doc).text),
        contentHash,
      })
      report.imported.push({ id, file: name, dropped: imported.dropped })
    } catch (error) {
      report.skipped.push({ file: name, reason: (error as Error).message })
    }
    onProgress?.(i + 1, files.length, name)
  }

  const catalog: Catalog = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    articles: [...articles.values()].sort((a, b) => a.id.localeCompare(b.id)),
  }
  await writeFileAtomic(join(out, CATALOG_FILE), `${JSON.stringify(catalog, null, 2)}\n`)
  // Documents no article points at any more are left-overs of earlier builds.
  const wanted = new Set(catalog.articles.map((a) => `${a.contentHash}.json`))
  for (const entry of await readdir(join(out, DOCS_DIR))) {
    if (!wanted.has(entry)) await rm(join(out, DOCS_DIR, entry), { force: true })
  }
  return report
}
