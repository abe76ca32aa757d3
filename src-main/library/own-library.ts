// The user's own library: files they add (saved pages, Markdown, text), kept apart from the
// bundled archive in an archive folder of the same format inside the data folder. Adding imports
// each file, skips what cannot be imported or is there already (saying why), and then writes the
// new documents durably (their pictures first, media/), the catalog and the manifest last; a
// crash leaves the library as it was before, or with all of the batch (and perhaps pictures
// no document names yet, which are harmless).
import type { ArticleSummary } from '../../src-shared/article'
import type { AddFilesReport } from '../../src-shared/api'
import { appendToArchive, type ArchiveEntry } from '../archive/archive-write'
import { serialiseDoc, sha256 } from '../archive/archive-format'
import { readCatalogFile } from './catalog/catalog'
import { canonicalTextFromJson } from './canonical-json'
import type { SourceFile } from './import/import-file'
import type { Library } from './library'
import { linkTranslations, urlKey } from './translations'
import { readVersions, writeVersions } from './versions'
import { sharedParsePool } from '../workers/parse-pool'
import { MessageError, reasonOf } from '../core/error-reason'
import { verbatim, type Message } from '../../src-shared/i18n/translate'
import { keepPictures, type PictureBytes } from './pictures/keep-pictures'

/** The folder of the user's own library, inside the data folder. */
export const OWN_LIBRARY_DIR = 'library'

/** What the catalog of the own library lists now; empty when it does not exist yet. */
async function ownArticles(dir: string): Promise<ArticleSummary[]> {
  const read = await readCatalogFile(dir)
  if (read.state === 'missing') return []
  if (read.state === 'bad')
    throw new MessageError({
      key: 'addFiles.ownCatalogDamaged',
      values: { folder: dir, reason: verbatim(read.reason) },
    })
  const { catalog } = read
  return Array.from({ length: catalog.count }, (_, i) => catalog.summary(i))
}

export interface AddedFiles {
  report: AddFilesReport
  /** Ids of the articles written, for the search index. */
  added: string[]
}

/**
 * Imports `files` into the own library in `dir`. `library` is what the user has now (archive and
 * own files), for duplicates, ids and translations. Throws only when the own library cannot be
 * read or written; files that cannot be imported are reported as skipped.
 */
export async function addFiles(
  dir: string,
  library: Library,
  files: readonly SourceFile[],
  now: () => Date = () => new Date(),
  onProgress?: (done: number, total: number) => void,
  /** Gets the pictures of fetched pages (sync); a file's own pictures are kept without it. */
  fetchPicture?: PictureBytes,
): Promise<AddedFiles> {
  const existing = await ownArticles(dir)
  const added = now().toISOString()
  const report: AddFilesReport = { added: [], skipped: [] }
  const entries = new Map<string, ArchiveEntry & { file: string }>()
  const links = new Map<string, string[]>()
  const taken = (id: string) => entries.has(id) || library.summary(id) !== null
  const sources = new Map<string, string>()
  const hashes = new Set(existing.map((a) => a.contentHash))

  for (const [i, file] of files.entries()) {
    const name = file.name.split(/[\\/]/).pop() ?? file.name
    try {
      const imported = await sharedParsePool().importFile(file, { guessLanguage: true })
      const { sourceUrl } = imported.entry
      const known =
        (sourceUrl && (library.findBySource(sourceUrl) ?? sources.get(urlKey(sourceUrl)))) || null
      if (known) {
        const title = library.summary(known)?.title ?? entries.get(known)?.title ?? known
        throw new MessageError({ key: 'addFiles.alreadyHere', values: { title } })
      }
      let id = imported.id
      for (let n = 2; taken(id); n++) id = `${imported.id}-${n}`
      const entry = { id, file: name, ...imported.entry, added }
      // Before the document is hashed and written: it names the stored pictures.
      const pictures = await keepPictures(entry.doc, { dir, fetch: fetchPicture })
      // The same text added twice (under another name) is one article.
      const hash = sha256(serialiseDoc(entry.doc))
      if (hashes.has(hash)) throw new MessageError({ key: 'addFiles.sameText' })
      hashes.add(hash)
      entries.set(id, entry)
      links.set(id, imported.translationUrls)
      if (sourceUrl) sources.set(urlKey(sourceUrl), id)
      const { lang, date, author, section, langGuessed, warnings } = imported.report
      report.added.push({
        id,
        title: entry.title,
        file: name,
        dropped: imported.dropped,
        lang,
        date,
        author,
        section,
        langGuessed,
        warnings: [...warnings, ...pictures.warnings],
      })
    } catch (error) {
      report.skipped.push({ file: name, reason: reasonOf(error) })
    }
    onProgress?.(i + 1, files.length)
  }
  if (entries.size === 0) return { report, added: [] }
  groupTranslations(library, entries, links)
  await appendToArchive(
    dir,
    existing,
    [...entries.values()].map(({ file: _file, ...entry }) => entry),
  )
  return { report, added: [...entries.keys()] }
}

/**
 * Links the new articles to each other and to what the library has: a new article whose page
 * names an article already there joins that article's translation group (or starts one named
 * after it, which the archive's own article does not see until the archive is rebuilt).
 */
function groupTranslations(
  library: Library,
  entries: Map<string, ArchiveEntry>,
  links: ReadonlyMap<string, readonly string[]>,
): void {
  linkTranslations(entries as Map<string, ArchiveEntry & { sourceUrl: string | null }>, links)
  for (const [id, urls] of links) {
    for (const url of urls) {
      const target = library.findBySource(url)
      const meta = target ? library.summary(target) : null
      if (!meta) continue
      const group = meta.translationGroup ?? meta.id
      const entry = entries.get(id)!
      const old = entry.translationGroup
      for (const e of entries.values())
        if (e === entry || (old && e.translationGroup === old)) e.translationGroup = group
      break
    }
  }
}

function sameWords(a: unknown, b: unknown): boolean {
  const words = (doc: unknown) => canonicalTextFromJson(doc).text.replace(/\s+/g, ' ').trim()
  return words(a) === words(b)
}

export interface UpdatedFiles {
  /** Articles whose text changed: the new version replaces the old, which is kept. */
  updated: { id: string; title: string }[]
  /** Articles whose page changed but not their text (a new layout, say). */
  unchanged: string[]
  skipped: { file: string; reason: Message }[]
}

/**
 * Takes new copies of articles already in the own library in `dir` (pages that changed on the
 * site). An article whose text differs gets the new one, and the old is listed in versions.json
 * (written before the catalog, so a crash between the two only lists a version twice, which is
 * ignored). Annotations stay as they are: they are placed again in the new text when it opens.
 */
export async function updateArticles(
  dir: string,
  library: Library,
  updates: readonly { id: string; file: SourceFile }[],
  now: () => Date = () => new Date(),
  fetchPicture?: PictureBytes,
): Promise<UpdatedFiles> {
  const existing = await ownArticles(dir)
  const byId = new Map(existing.map((a) => [a.id, a]))
  const result: UpdatedFiles = { updated: [], unchanged: [], skipped: [] }
  const entries: ArchiveEntry[] = []
  const versions = await readVersions(dir)
  const until = now().toISOString()
  for (const { id, file } of updates) {
    // One of the user's articles, or one of the archive's (the new version then stands in for
    // it, in the user's library; the archive itself is never written).
    const current = byId.get(id) ?? library.summary(id)
    if (!current) {
      result.skipped.push({ file: file.name, reason: { key: 'addFiles.notInLibrary' } })
      continue
    }
    try {
      const imported = await sharedParsePool().importFile(file, { guessLanguage: true })
      if (sha256(serialiseDoc(imported.entry.doc)) === current.contentHash) {
        result.unchanged.push(id)
        continue
      }
      // A page read into a document of another shape (a new layout, another importer) is no
      // new version unless its words changed.
      const before = await library.docJson(id)
      if (before.ok && sameWords(before.value, imported.entry.doc)) {
        result.unchanged.push(id)
        continue
      }
      await keepPictures(imported.entry.doc, { dir, fetch: fetchPicture })
      // The article keeps what identifies it and where it stands; the page gives the rest.
      entries.push({
        ...imported.entry,
        id,
        translationGroup: current.translationGroup,
        added: current.added ?? until,
      })
      const earlier = versions[id] ?? []
      if (!earlier.some((v) => v.contentHash === current.contentHash)) {
        versions[id] = [
          ...earlier,
          { contentHash: current.contentHash, title: current.title, until },
        ]
      }
      result.updated.push({ id, title: imported.entry.title })
    } catch (error) {
      result.skipped.push({ file: file.name, reason: reasonOf(error) })
    }
  }
  if (!entries.length) return result
  await writeVersions(dir, versions)
  const replaced = new Set(entries.map((e) => e.id))
  await appendToArchive(
    dir,
    existing.filter((a) => !replaced.has(a.id)),
    entries,
  )
  return result
}
