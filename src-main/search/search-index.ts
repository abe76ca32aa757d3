// The live search index: the segments of the base index (shipped with the archive, or rebuilt
// into the data folder) and of articles added later, with older versions of an article hidden
// behind newer ones. Opening, checking and rebuilding happen here; queries see whatever
// segments are open, so search keeps answering during a rebuild with what is done so far.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { IndexStatus } from '../../src-shared/search'
import type { Library } from '../library/library'
import { SEARCH_DIR } from '../archive/archive-format'
import type { SearchSegment } from './article-search'
import { appendSegment, writeSegment } from './index-append'
import { nextMerge, replaceRun, sweepSegments } from './segment-merge'
import { sharedParsePool } from '../workers/parse-pool'
import { writeFileAtomic } from '../storage/atomic-write'
import {
  buildIndex,
  indexableArticles,
  INDEX_VERSION,
  readIndexManifest,
  verifyIndex,
  type IndexManifest,
} from './index-files'
import { fileSource, Segment } from './segment'
import type { IndexableArticle } from './segment-builder'
import { reasonOf } from '../core/error-reason'
import { type Message } from '../../src-shared/i18n/translate'

/** How long additions must pause before a merge starts. */
const MERGE_QUIET_MS = 500

export interface SearchIndexOptions {
  library: Library
  dataDir: string
  /** Hash-check the index files in the background after opening (default true). */
  verify?: boolean
  /** Articles per segment when rebuilding (default 5,000). */
  rebuildChunk?: number
  /** A message while the index is rebuilt; null once it is done. */
  onNotice?: (message: Message | null) => void
  /** Merge the segments of added articles in the background (default true; segment-merge.ts). */
  merge?: boolean
}

interface Opened {
  dir: string
  segments: Segment[]
  /** The segments' file names, as index.json lists them. */
  files: string[]
}

export class SearchIndex {
  private base: Segment[] = []
  private added: Segment[] = []
  /** The added segments' file names, in the same order. */
  private addedFiles: string[] = []
  private merging: Promise<void> | null = null
  private lastAddition = 0
  private sources: SearchSegment[] = []
  private state: IndexStatus = {
    state: 'building',
    done: 0,
    total: 0,
    reason: { key: 'search.opening' },
  }
  private rebuilding: Promise<void> | null = null
  private appending: Promise<void> = Promise.resolve()
  private closed = false
  opened: Promise<void>
  private bundledDir: string
  private readonly rebuiltDir: string
  private readonly addedDir: string

  constructor(private readonly options: SearchIndexOptions) {
    this.bundledDir = join(options.library.dir, SEARCH_DIR)
    this.rebuiltDir = join(options.dataDir, 'search', 'base')
    this.addedDir = join(options.dataDir, 'search', 'added')
    this.opened = this.open()
  }

  status(): IndexStatus {
    return { ...this.state }
  }

  /** The open segments, for queries. */
  segments(): readonly SearchSegment[] {
    return this.sources
  }

  /** Resolves when no rebuild is running (for tests and the CLI). */
  async idle(): Promise<void> {
    await this.opened
    while (this.rebuilding) await this.rebuilding
    await this.appending
    while (this.merging) await this.merging
  }

  /** How many segments queries read (for tests and the benchmark). */
  get segmentCount(): number {
    return this.base.length + this.added.length
  }

  /** Opens the index of the library's archive again (an update pack replaced the archive). The
   * user's added segments are kept; queries answer from the new segments once they are open. */
  async reload(): Promise<void> {
    await this.idle()
    if (this.closed) return
    for (const s of [...this.base, ...this.added]) s.close()
    this.base = []
    this.added = []
    this.addedFiles = []
    this.refresh()
    this.bundledDir = join(this.options.library.dir, SEARCH_DIR)
    this.opened = this.open()
    await this.opened
  }

  private async open(): Promise<void> {
    const { library } = this.options
    const want = library.catalogHash
    let reason: Message = { key: 'search.noIndex' }
    for (const dir of [this.bundledDir, this.rebuiltDir]) {
      const tried = await tryOpen(dir, want)
      if ('segments' in tried) {
        this.base = tried.segments
        const added = await tryOpen(this.addedDir, null)
        if ('segments' in added) {
          this.added = added.segments
          this.addedFiles = added.files
        }
        this.refresh()
        this.state = { state: 'ready', done: library.count, total: library.count, reason: null }
        if (this.options.verify !== false) void this.check(tried)
        this.appending = this.sweep().then(() => this.catchUp())
        return
      }
      if (tried.reason !== 'missing') reason = tried.reason
    }
    this.rebuild(reason)
  }

  /** Removes added segment files index.json does not name (merges and appends cut short). */
  private async sweep(): Promise<void> {
    const manifest = await readIndexManifest(this.addedDir).catch(() => null)
    if (manifest) await sweepSegments(this.addedDir, manifest)
  }

  /** Indexes the library's articles that no segment holds: the user's files added since the
   * index was built, or added when a crash came before their segment was written. */
  private async catchUp(): Promise<void> {
    const held = new Set<string>()
    for (const s of [...this.base, ...this.added]) for (const id of s.ids()) held.add(id)
    const missing = this.options.library.ids().filter((id) => !held.has(id))
    if (missing.length === 0) return
    const articles: IndexableArticle[] = []
    for await (const a of indexableArticles(this.options.library, missing)) articles.push(a)
    await this.append(articles).catch(() => undefined)
  }

  /** Hash-checks the open base index; a damaged one is rebuilt. */
  private async check(opened: Opened): Promise<void> {
    const manifest = await readIndexManifest(opened.dir).catch(() => null)
    const bad = manifest ? await verifyIndex(opened.dir, manifest) : 'index.json'
    if (bad && !this.closed && this.base === opened.segments)
      this.rebuild({ key: 'search.indexDamaged', values: { file: bad } })
  }

  /** Rebuilds the base index into the data folder, in the background. */
  rebuild(reason: Message): void {
    if (this.rebuilding || this.closed) return
    this.options.onNotice?.({ key: 'notice.searchRebuilding', values: { reason } })
    for (const s of this.base) s.close()
    this.base = []
    this.refresh()
    const { library } = this.options
    const ids = library.ids()
    this.state = { state: 'building', done: 0, total: ids.length, reason }
    this.rebuilding = buildIndex(this.rebuiltDir, indexableArticles(library, ids), {
      catalog: library.catalogHash,
      perSegment: this.options.rebuildChunk ?? 5_000,
      onSegment: (file) => {
        if (this.closed) return
        this.base.push(new Segment(fileSource(file)))
        this.refresh()
      },
      onProgress: (done) => {
        this.state.done = done
      },
    })
      .then(() => {
        this.state = { state: 'ready', done: ids.length, total: ids.length, reason: null }
        this.options.onNotice?.(null)
      })
      .catch((error: unknown) => {
        this.state = {
          state: 'unavailable',
          done: 0,
          total: ids.length,
          reason: reasonOf(error),
        }
      })
      .finally(() => {
        this.rebuilding = null
      })
  }

  /** Indexes articles added after the archive (imports, sync); a newer version hides the older. */
  async addArticles(articles: readonly IndexableArticle[]): Promise<void> {
    await this.opened
    await this.enqueue(() => this.append(articles))
    this.scheduleMerge()
  }

  /** Runs `job` after the appends and merge swaps before it: each reads index.json of the added
   * segments and writes it anew. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.appending.then(job)
    this.appending = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  /** Starts merging added segments in the background, if a merge is due and none is running.
   * Merges wait for additions to pause (a sync adds many in a row), so they never delay them. */
  private scheduleMerge(): void {
    this.lastAddition = performance.now()
    if (this.merging || this.closed || this.options.merge === false) return
    this.merging = (async () => {
      for (;;) {
        for (;;) {
          const wait = this.lastAddition + MERGE_QUIET_MS - performance.now()
          if (wait <= 0) break
          await new Promise((r) => setTimeout(r, wait))
        }
        const sizes = this.added.map((s) => s.docCount)
        const run = nextMerge(sizes)
        if (!run || this.closed) return
        await this.mergeRun(run)
      }
    })()
      .catch(() => undefined) // a merge that fails leaves the segments as they were
      .finally(() => {
        this.merging = null
      })
  }

  /** Indexes the articles shown from the added segments [start, end) as one segment, and puts it
   * in their place. */
  private async mergeRun([start, end]: [number, number]): Promise<void> {
    const files = this.addedFiles.slice(start, end)
    const ids: string[] = []
    for (let k = start; k < end; k++) {
      const { segment, hidden } = this.sources[this.base.length + k]!
      segment.ids().forEach((id, doc) => hidden.has(doc) || ids.push(id))
    }
    const articles: IndexableArticle[] = []
    for await (const a of indexableArticles(this.options.library, ids)) articles.push(a)
    const built = articles.length ? await sharedParsePool().buildSegment(articles) : null
    await this.enqueue(async () => {
      if (this.closed) return
      // Appends only add at the end and merges run one at a time: the run is where it was.
      const at = this.addedFiles.indexOf(files[0]!)
      if (at < 0 || files.some((f, i) => this.addedFiles[at + i] !== f)) return
      const manifest = await readIndexManifest(this.addedDir)
      if (!manifest || manifest.segments.some((s, i) => s.file !== this.addedFiles[i])) return
      const written = built ? await writeSegment(this.addedDir, manifest, built) : null
      const next = replaceRun(manifest, [at, at + files.length], written?.entry ?? null)
      await writeFileAtomic(join(this.addedDir, 'index.json'), `${JSON.stringify(next, null, 1)}\n`)
      const old = this.added.splice(at, files.length, ...(written ? [written.segment] : []))
      this.addedFiles.splice(at, files.length, ...(written ? [written.entry.file] : []))
      this.refresh()
      for (const s of old) s.close()
      await Promise.all(files.map((f) => rm(join(this.addedDir, f), { force: true })))
    })
  }

  private async append(articles: readonly IndexableArticle[]): Promise<void> {
    if (articles.length === 0 || this.closed) return
    let manifest = await readIndexManifest(this.addedDir).catch(() => null)
    // A list that did not open (of an older index version, or damaged) is started again: its
    // files go at the next start, and its articles are indexed again meanwhile (catchUp).
    const opened = manifest?.segments.map((x) => x.file).join('/') === this.addedFiles.join('/')
    if (!manifest || manifest.version !== INDEX_VERSION || !opened)
      manifest = {
        format: 'scholion-search-index',
        version: INDEX_VERSION,
        catalog: null,
        segments: [],
      }
    const { file, segment } = await appendSegment(this.addedDir, manifest, articles)
    this.added.push(segment)
    this.addedFiles.push(file)
    this.refresh()
  }

  /** Recomputes which articles each segment shows: the last segment holding an id wins, and an
   * id of the base index the catalog no longer lists is hidden (a base index layered by an update
   * pack holds the earlier texts of changed and removed articles). A single base segment needs no look. */
  private refresh(): void {
    const all = [...this.base, ...this.added]
    const none = new DocMask(new Uint8Array(0), 0)
    if (all.length <= 1) {
      this.sources = all.map((segment) => ({ segment, hidden: none }))
      return
    }
    const latest = new Map<string, number>()
    all.forEach((s, k) => {
      for (const id of s.ids()) latest.set(id, k)
    })
    const listed = new Set(this.options.library.ids())
    this.sources = all.map((segment, si) => {
      const mask = new Uint8Array(segment.docCount)
      let size = 0
      segment.ids().forEach((id, doc) => {
        if (latest.get(id) !== si || (si < this.base.length && !listed.has(id))) {
          mask[doc] = 1
          size++
        }
      })
      return { segment, hidden: size ? new DocMask(mask, size) : none }
    })
  }

  close(): void {
    this.closed = true
    for (const s of [...this.base, ...this.added]) s.close()
    this.base = []
    this.added = []
    this.addedFiles = []
    this.sources = []
  }
}

/** Articles of a segment, as a mask (a query asks about every article it matches). */
class DocMask {
  constructor(
    private readonly mask: Uint8Array,
    readonly size: number,
  ) {}
  has(doc: number): boolean {
    return this.mask[doc] === 1
  }
}

async function tryOpen(
  dir: string,
  catalog: string | null,
): Promise<Opened | { reason: Message | 'missing' }> {
  let manifest: IndexManifest | null
  try {
    manifest = await readIndexManifest(dir)
  } catch (error) {
    return { reason: reasonOf(error) }
  }
  if (!manifest) return { reason: 'missing' }
  if (manifest.version !== INDEX_VERSION)
    return {
      reason: {
        key: 'search.indexFormat',
        values: { found: manifest.version, wanted: INDEX_VERSION },
      },
    }
  if (catalog !== null && manifest.catalog !== catalog)
    return { reason: { key: 'search.indexOther' } }
  const segments: Segment[] = []
  try {
    for (const s of manifest.segments) segments.push(new Segment(fileSource(join(dir, s.file))))
  } catch (error) {
    for (const s of segments) s.close()
    return { reason: reasonOf(error) }
  }
  return { dir, segments, files: manifest.segments.map((s) => s.file) }
}
