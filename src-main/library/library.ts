// The library the user reads from: the archive and the user's own files (opened by
// open-library.ts), listed from memory as one (library-list.ts). Documents are read on demand
// and checked against their content hash; after opening, the catalog and every document are
// checked in the background, and a damaged document is reported by name and left out of the
// list.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, ArticlePage, ParsedInput } from '../../src-shared/api'
import type { ArticleSummary, Notice, Translation } from '../../src-shared/article'
import { err, ok, type Result } from '../../src-shared/result'
import { articleSchema, type DocJSON } from '../../src-shared/schema'
import {
  MANIFEST_FILE,
  docPath,
  isContentHash,
  manifestSchema,
  sha256,
} from '../archive/archive-format'
import { MergedCatalog, type Catalog } from './catalog/catalog'
import { createListing } from './library-list'
import { urlKey } from './translations'
import { reasonOf } from '../core/error-reason'
import { type Message } from '../../src-shared/i18n/translate'

export interface Library {
  dir: string
  formatVersion: number
  readonly count: number
  /** `opened` is the set of ids the user has opened, for the read / unread filter and counts;
   * `annotated` the set of ids with annotations. */
  list(
    input: ParsedInput<'articles.list'>,
    opened?: ReadonlySet<string>,
    annotated?: ReadonlySet<string>,
    fresh?: ReadonlySet<string>,
  ): ArticlePage
  get(id: string): Promise<Result<Omit<Article, 'position'>>>
  /** An article's stored document, hash-checked and parsed, without building it (for indexing).
   * `blocking` reads it with one synchronous call: for index workers, where nothing else waits
   * and tens of thousands of small asynchronous reads would cost more than the indexing. */
  docJson(id: string, options?: { blocking?: boolean }): Promise<Result<unknown>>
  /** Ids of every readable article, in catalog order. */
  ids(): string[]
  /** Ids of the bundled archive's articles (not the user's own). */
  archiveIds(): string[]
  /** Ids of the user's own articles added after `time` (ISO). */
  addedAfter(time: string): string[]
  /** sha256 of the catalog: what a search index built from this archive records. */
  readonly catalogHash: string
  /** The catalog entry of an article, without reading its text; null if there is none. */
  summary(id: string): ArticleSummary | null
  /** The id of the article first published at `url` (trailing slash and case of the host
   * ignored), or null. */
  findBySource(url: string): string | null
  /** Checks the catalog against the manifest and every document against its hash; resolves
   * with the ids found damaged (also reported as a notice and left out of the list). */
  verify(onProgress?: (done: number, total: number) => void): Promise<string[]>
}

export const notice = (level: Notice['level'], code: string, message: Message): Notice => ({
  level,
  code,
  message,
})
const pause = () => new Promise((r) => setImmediate(r))

/** A library over the shelves given: the archive first (when `hasArchive`), then the user's own. */
/** A catalog read from one archive folder. */
export interface Shelf {
  dir: string
  formatVersion: number
  catalog: Catalog
  /** The catalog file's name and bytes (checked against the manifest). */
  file: string
  bytes: Uint8Array
}

export function createLibrary(shelves: Shelf[], notices: Notice[], hasArchive: boolean): Library {
  const main = shelves[0]!
  const merged = shelves.length > 1 ? new MergedCatalog(main.catalog, shelves[1]!.catalog) : null
  const catalog: Catalog = merged ?? main.catalog
  const { count } = catalog
  const dirOf = (row: number) => shelves[merged ? merged.shelf[row]! : 0]!.dir
  /** Rows of the user's own files (the second shelf, or the only one without an archive). An
   * archive article whose newer version (synced from the site) stands in for it from the user's
   * library is still the archive's, not the user's file. */
  const isOwn = (row: number) =>
    hasArchive ? merged?.shelf[row] === 1 && merged.standsIn[row] === 0 : true
  const summaryOf = (row: number): ArticleSummary => {
    const meta = catalog.summary(row)
    return isOwn(row) ? { ...meta, own: true } : meta
  }
  const hidden = new Uint8Array(count)
  for (const row of catalog.duplicateRows) hidden[row] = 1
  const listing = createListing(catalog, hidden, isOwn, summaryOf)
  let damagedCount = 0
  let bySource: Map<string, string> | null = null
  let hashOfCatalog: string | null = null
  /** Content hashes of documents found to fit the schema. */
  const checked = new Set<string>()
  /** A readable article's row, summary and document bytes (hash-checked), or why not. */
  async function readDocBytes(
    id: string,
    blocking = false,
  ): Promise<Result<{ row: number; meta: ArticleSummary; bytes: string }>> {
    const row = catalog.indexOf(id)
    if (row < 0 || hidden[row]) {
      return row < 0
        ? err('not_found', { key: 'library.noArticle', values: { id } })
        : err('unavailable', { key: 'library.textDamaged', values: { title: catalog.title(row) } })
    }
    const meta = summaryOf(row)
    if (!isContentHash(meta.contentHash))
      return err('unavailable', { key: 'library.badHash', values: { title: meta.title } })
    let bytes: string
    try {
      const file = join(dirOf(row), docPath(meta.contentHash))
      bytes = blocking ? readFileSync(file, 'utf8') : await readFile(file, 'utf8')
    } catch {
      return err('unavailable', { key: 'library.textMissing', values: { title: meta.title } })
    }
    if (sha256(bytes) !== meta.contentHash) {
      return err('unavailable', { key: 'library.checksum', values: { title: meta.title } })
    }
    return ok({ row, meta, bytes })
  }
  /** The rows of each translation group, gathered when an article is first opened. */
  let groupRows: Map<string, number[]> | null = null
  const translationGroups = (): Map<string, number[]> => {
    if (groupRows) return groupRows
    const groups = new Map<string, number[]>()
    for (let i = 0; i < count; i++) {
      const g = catalog.translationGroup(i)
      if (!g) continue
      const rows = groups.get(g)
      if (rows) rows.push(i)
      else groups.set(g, [i])
    }
    // A group named after an article that has none (an own file linked to an archive
    // article): that article is in the group too.
    for (const [g, rows] of groups) {
      const named = catalog.indexOf(g)
      if (named >= 0 && !catalog.translationGroup(named) && !rows.includes(named)) rows.push(named)
    }
    return (groupRows = groups)
  }
  /** The other rows of an article's translation group. */
  const translationsOf = (row: number): number[] => {
    const groups = translationGroups()
    const id = catalog.id(row)
    const g = catalog.translationGroup(row) ?? (groups.has(id) ? id : null)
    return g ? (groups.get(g) ?? []).filter((r) => r !== row) : []
  }

  return {
    dir: main.dir,
    formatVersion: main.formatVersion,
    get count() {
      return count - catalog.duplicateRows.length - damagedCount
    },
    list: listing.list,
    findBySource(url) {
      if (!bySource) {
        bySource = new Map()
        for (let i = 0; i < count; i++) {
          const source = catalog.sourceUrl(i)
          if (source && !hidden[i]) bySource.set(urlKey(source), catalog.id(i))
        }
      }
      return bySource.get(urlKey(url)) ?? null
    },
    summary(id) {
      const row = catalog.indexOf(id)
      return row < 0 ? null : summaryOf(row)
    },
    get catalogHash() {
      return (hashOfCatalog ??= sha256(main.bytes))
    },
    ids() {
      const out: string[] = []
      for (let i = 0; i < count; i++) if (!hidden[i]) out.push(catalog.id(i))
      return out
    },
    archiveIds() {
      const out: string[] = []
      for (let i = 0; i < count; i++) if (!hidden[i] && !isOwn(i)) out.push(catalog.id(i))
      return out
    },
    addedAfter(time) {
      const out: string[] = []
      if (!catalog.hasAdded) return out
      for (let i = 0; i < count; i++) {
        const t = catalog.added(i)
        if (t && t > time && !hidden[i] && isOwn(i)) out.push(catalog.id(i))
      }
      return out
    },
    async docJson(id, options) {
      const bytes = await readDocBytes(id, options?.blocking)
      if (!bytes.ok) return bytes
      try {
        return ok(JSON.parse(bytes.value.bytes) as unknown)
      } catch (error) {
        return err('unavailable', {
          key: 'library.textUnreadable',
          values: { title: id, reason: reasonOf(error) },
        })
      }
    },
    async get(id) {
      const read = await readDocBytes(id)
      if (!read.ok) return read
      const { row, meta, bytes } = read.value
      let doc: DocJSON
      try {
        doc = JSON.parse(bytes) as DocJSON
        // A document's bytes never change (they are named by their hash): checked once is enough.
        if (!checked.has(meta.contentHash)) {
          articleSchema.nodeFromJSON(doc).check()
          checked.add(meta.contentHash)
        }
      } catch (error) {
        return err('unavailable', {
          key: 'library.textUnshowable',
          values: { title: meta.title, reason: reasonOf(error) },
        })
      }
      const translations: Translation[] = translationsOf(row)
        .filter((r) => !hidden[r])
        .map((r) => ({
          id: catalog.id(r),
          lang: catalog.languages[catalog.langIndex[r]!]!,
          title: catalog.title(r),
        }))
      return ok({ meta, doc, translations })
    },
    async verify(onProgress) {
      for (const shelf of shelves) await verifyCatalog(shelf, notices)
      // Warm the title index and the translation groups while nobody waits for them.
      while (listing.warmTitles(2000)) await pause()
      translationGroups()
      const found: string[] = []
      for (let i = 0; i < count; i++) {
        if (hidden[i]) continue
        const hash = catalog.contentHash(i)
        const good =
          isContentHash(hash) &&
          (await readFile(join(dirOf(i), docPath(hash))).then(
            (bytes) => sha256(bytes) === hash,
            () => false,
          ))
        if (!good) {
          hidden[i] = 1
          damagedCount++
          found.push(catalog.id(i))
        }
        if (i % 500 === 499) {
          onProgress?.(i + 1, count)
          await pause()
        }
      }
      onProgress?.(count, count)
      if (found.length) {
        const names = found
          .slice(0, 5)
          .map((id) => `“${catalog.title(catalog.indexOf(id))}”`)
          .join(', ')
        notices.push(
          notice('warning', 'archive_damaged_documents', {
            key: 'notice.archiveDamagedArticles',
            values: { count: found.length, names: found.length > 5 ? `${names}, …` : names },
          }),
        )
      }
      return found
    },
  }
}

async function verifyCatalog(
  { dir, formatVersion, file, bytes }: Shelf,
  notices: Notice[],
): Promise<void> {
  // A missing, unreadable or unparsable manifest all mean: nothing to verify against.
  const manifest = await readFile(join(dir, MANIFEST_FILE), 'utf8')
    .then((text) => manifestSchema.safeParse(JSON.parse(text)))
    .catch(() => null)
  if (!manifest?.success) {
    if (formatVersion >= 2)
      notices.push(
        notice('warning', 'archive_unverified', {
          key: 'notice.archiveNoManifest',
          values: { folder: dir },
        }),
      )
  } else if (manifest.data.files[file] !== sha256(bytes)) {
    notices.push(
      notice('warning', 'archive_catalog_changed', {
        key: 'notice.archiveCatalogChanged',
        values: { folder: dir },
      }),
    )
  }
}
