// Where annotations live on disk: one small lowdb file per article under `annotations/` in the
// data folder, so saving one annotation rewrites only its article's file, whatever the size of
// the whole collection. Each file is a json-store: atomic, durable writes, the last good copy
// kept, a damaged file quarantined and restored with a notice. Files open on first use; the
// notebook asks for all of them, which loads the rest once. Deletions leave tombstones (id and
// time) so that exchanging annotations can carry them. A batch that spans several files (an
// import) is written to a journal first and replayed on the next start if it was cut short.
// A single save is one line in the save log (save-log.ts), flushed to disk before it is
// acknowledged; the article files are written at checkpoints (after a pause in saving, every
// few hundred saves, and when the app quits), so a save costs one small flush whatever the size
// of the collection.
import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { annotationSchema, isPlainAnnotation, type Annotation } from '../../src-shared/annotation'
import type { Notice } from '../../src-shared/article'
import { writeFileAtomic } from '../storage/atomic-write'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import { createCheckpoints } from './checkpoints'
import { headOf, noteChange, readHead, writeHead, type NotebookHead } from './notebook-head'
import { openSaveLog } from './save-log'

export const ANNOTATIONS_DIR = 'annotations'
/** Files read between two chances for other work, when every file is read. */
const LOAD_BATCH = 64

const tombstoneSchema = z.object({ id: z.string().min(1).max(300), deleted: z.string() })
export type Tombstone = z.output<typeof tombstoneSchema>

const fileSchema = z.object({
  articleId: z.string(),
  annotations: z.array(annotationSchema),
  tombstones: z.array(tombstoneSchema).default([]),
})
type AnnotationFile = z.output<typeof fileSchema>

/** A stored file the schema would take as it is (most files): checked without the schema. */
function isPlainFile(data: unknown): data is AnnotationFile {
  if (typeof data !== 'object' || data === null) return false
  const file = data as Record<string, unknown>
  if (Object.keys(file).some((k) => k !== 'articleId' && k !== 'annotations' && k !== 'tombstones'))
    return false
  return (
    typeof file.articleId === 'string' &&
    Array.isArray(file.annotations) &&
    file.annotations.every(isPlainAnnotation) &&
    Array.isArray(file.tombstones) &&
    file.tombstones.every(
      (t: unknown) =>
        typeof t === 'object' &&
        t !== null &&
        Object.keys(t).length === 2 &&
        typeof (t as Tombstone).id === 'string' &&
        (t as Tombstone).id.length >= 1 &&
        (t as Tombstone).id.length <= 300 &&
        typeof (t as Tombstone).deleted === 'string',
    )
  )
}

/** One change in a batch: put an annotation (adding or replacing by id), or delete one. */
export type BatchOp =
  | { kind: 'put'; annotation: Annotation }
  | { kind: 'delete'; articleId: string; id: string; deleted: string }

const journalSchema = z.object({
  ops: z.array(
    z.union([
      z.object({ kind: z.literal('put'), annotation: annotationSchema }),
      z.object({
        kind: z.literal('delete'),
        articleId: z.string(),
        id: z.string(),
        deleted: z.string(),
      }),
    ]),
  ),
})
const JOURNAL = '.batch-journal.json'
const opSchema = journalSchema.shape.ops.element

const MAX_TOMBSTONES = 5000

export interface AnnotationStore {
  /** The annotations of one article, in the order they were made. */
  list(articleId: string): Promise<readonly Annotation[]>
  /** Every annotation in the library (opens every article's file once). */
  all(): Promise<Annotation[]>
  /** Adds (or, given an existing id, replaces) an annotation; resolves once it is on disk. */
  put(annotation: Annotation): Promise<Annotation>
  /** Changes one annotation; resolves with the saved version, or null if there is none. */
  update(
    articleId: string,
    id: string,
    change: (draft: Annotation) => void,
  ): Promise<Annotation | null>
  /** Removes one annotation, leaving a tombstone; resolves with what was removed, or null. */
  remove(articleId: string, id: string): Promise<Annotation | null>
  /** Every tombstone, with the article it was in. */
  tombstones(): Promise<(Tombstone & { articleId: string })[]>
  /**
   * Applies many changes across articles as one: all of them, even if the process dies midway
   * (the journal is replayed on the next open), with one write per article file.
   */
  applyBatch(ops: BatchOp[], onProgress?: (done: number, total: number) => void): Promise<void>
  /** Recoveries and read-only files met so far, for the user to see. */
  readonly notices: readonly Notice[]
  /** Resolves once every save asked for so far has finished. */
  idle(): Promise<void>
  /** The articles that have annotations; null until every file has been read (see all()). */
  annotatedArticles(): ReadonlySet<string> | null
  /** The newest annotations and how many there are, known before every file is read; null
   * when not known (a store from before it was kept). */
  head(): NotebookHead | null
  /** Whether every file has been read (all() answers at once). */
  loaded(): boolean
  /** Writes what waits and closes the save log. */
  close(): Promise<void>
}

/** Applies `ops` (all of one article) to a copy of its file's data. */
function applyOps(draft: AnnotationFile, articleId: string, ops: readonly BatchOp[]): void {
  draft.articleId = articleId
  for (const op of ops) {
    if (op.kind === 'put') {
      const a = op.annotation
      const at = draft.annotations.findIndex((x) => x.id === a.id)
      if (at >= 0) draft.annotations[at] = a
      else draft.annotations.push(a)
      draft.tombstones = draft.tombstones.filter((t) => t.id !== a.id)
    } else {
      draft.annotations = draft.annotations.filter((x) => x.id !== op.id)
      draft.tombstones = [
        ...draft.tombstones.filter((t) => t.id !== op.id),
        { id: op.id, deleted: op.deleted },
      ].slice(-MAX_TOMBSTONES)
    }
  }
}

/** The file name for an article's annotations: ids may hold any character, names may not. */
export function fileNameFor(articleId: string): string {
  return `${createHash('sha256').update(articleId).digest('hex').slice(0, 32)}.json`
}

export async function openAnnotationStore(
  dataDir: string,
  now?: () => Date,
): Promise<AnnotationStore> {
  const dir = join(dataDir, ANNOTATIONS_DIR)
  await mkdir(dir, { recursive: true })
  const files = new Map<string, Promise<JsonStore<AnnotationFile>>>()
  /** The same files once open, for answers that cannot wait. */
  const opened = new Map<string, JsonStore<AnnotationFile>>()
  let everyFileRead = false
  const notices: Notice[] = []
  let loadedAll: Promise<void> | null = null
  // What the notebook shows first. With no file at all, the store is empty and that is known.
  const stored = await readdir(dir)
  let head: NotebookHead | null =
    (await readHead(dir)) ??
    (stored.some((n) => /^[0-9a-f]{32}\.json/.test(n)) ? null : { total: 0, newest: [] })
  /** Follows `ops` in the head, as they apply to `before` (the article's data). */
  const noteOps = (before: AnnotationFile, ops: readonly BatchOp[]) => {
    if (!head) return
    const ids = new Set(before.annotations.map((a) => a.id))
    for (const op of ops) {
      if (op.kind === 'put') {
        head = noteChange(head, { put: op.annotation, existed: ids.has(op.annotation.id) })
        ids.add(op.annotation.id)
      } else if (ids.delete(op.id)) head = noteChange(head, { deleted: op.id })
    }
  }

  const openFile = (name: string, articleId: string | null) =>
    openJsonStore<AnnotationFile>({
      file: join(dir, name),
      label: { key: 'store.annotationsFile', values: { id: articleId ?? name } },
      schema: fileSchema,
      defaults: () => ({ articleId: articleId ?? '', annotations: [], tombstones: [] }),
      version: 1,
      now,
      // Saving must not cost more as a file grows: copy the list, not every record; check the
      // record being saved, not the whole file; no indentation.
      copy: (data) => ({
        ...data,
        annotations: [...data.annotations],
        tombstones: [...data.tombstones],
      }),
      checkWrites: false,
      indent: 0,
      quickCheck: isPlainFile,
      blockingRead: true,
    }).then((store) => {
      notices.push(...store.notices)
      return store
    })

  // Files are keyed by their name, so an article's file is only ever opened once, whether
  // asked for by article or found while reading them all.
  const byName = (name: string, articleId: string | null): Promise<JsonStore<AnnotationFile>> => {
    let store = files.get(name)
    if (!store) {
      store = openFile(name, articleId)
      files.set(name, store)
      void store.then(
        (s) => opened.set(name, s),
        () => undefined,
      )
      // A failed open is not cached: the next call tries again.
      store.catch(() => files.delete(name))
    }
    return store
  }
  const shard = (articleId: string) => byName(fileNameFor(articleId), articleId)

  const loadAll = async (): Promise<void> => {
    // A file may exist only as its last good copy (a save cut short between its two renames,
    // or a file deleted by hand): opening it restores it from there.
    const names = [
      ...new Set(
        (await readdir(dir))
          .map((n) => /^([0-9a-f]{32}\.json)(\.bak)?$/.exec(n)?.[1])
          .filter((n) => n !== undefined),
      ),
    ]
    // Files are read synchronously (blockingRead): a batch at a time, letting other requests
    // in between batches.
    for (let i = 0; i < names.length; i += LOAD_BATCH) {
      await Promise.all(names.slice(i, i + LOAD_BATCH).map((n) => byName(n, null)))
      await new Promise((resolve) => setImmediate(resolve))
    }
    for (const [name, store] of files) opened.set(name, await store)
    everyFileRead = true
    // Now known exactly: kept for the next start's first page.
    head = headOf([...opened.values()].flatMap((s) => s.data.annotations))
    await writeHead(dir, head).catch(() => undefined)
  }

  /** Applies `ops` for one article to its file in one write. */
  const applyToFile = async (articleId: string, ops: BatchOp[]): Promise<void> => {
    const store = await shard(articleId)
    const before = store.data
    await store.update((draft) => applyOps(draft, articleId, ops))
    noteOps(before, ops)
  }

  const runBatch = async (
    ops: BatchOp[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> => {
    const byArticle = new Map<string, BatchOp[]>()
    for (const op of ops) {
      const id = op.kind === 'put' ? op.annotation.articleId : op.articleId
      byArticle.set(id, [...(byArticle.get(id) ?? []), op])
    }
    let done = 0
    for (const [articleId, list] of byArticle) {
      await applyToFile(articleId, list)
      onProgress?.(++done, byArticle.size)
    }
  }

  // Saves logged but not yet in their article files (the app stopped before a checkpoint):
  // written into them now, durably, before the older logs go.
  const fromLog = await openSaveLog(dir, (json) => {
    const op = opSchema.safeParse(json)
    return op.success ? op.data : null
  })
  const log = fromLog.log
  if (fromLog.pending.length) {
    await runBatch(fromLog.pending)
    // The last run ended without its checkpoint: the head may be behind the files (a crash in
    // the middle of one); the first full read makes it again.
    head = null
  }
  for (const name of fromLog.files) await rm(join(dir, name), { force: true })
  if (fromLog.skipped) {
    notices.push({
      level: 'warning',
      code: 'save_log_damaged',
      message: { key: 'notice.saveLogDamaged', values: { count: fromLog.skipped } },
    })
  }

  // A batch cut short last time: finished after the saves logged before it (a batch starts
  // with a checkpoint, so no save in the log is newer than it), before anything reads the files.
  const journal = join(dir, JOURNAL)
  const pending = await readFile(journal, 'utf8').then(
    (raw) => journalSchema.safeParse(JSON.parse(raw)),
    () => null,
  )
  if (pending?.success) {
    await runBatch(pending.data.ops)
    notices.push({
      level: 'info',
      code: 'batch_completed',
      message: { key: 'notice.batchCompleted' },
    })
  }
  await rm(journal, { force: true })

  // Saves, batches and checkpoints' starts take turns, so that each save sees the one before.
  let turn: Promise<unknown> = Promise.resolve()
  const inTurn = <R>(work: () => Promise<R>): Promise<R> => {
    const run = turn.then(work, work)
    turn = run.catch(() => undefined)
    return run
  }
  // The article files are written at checkpoints; the notebook's head is written with them.
  const checkpoints = createCheckpoints<JsonStore<AnnotationFile>>({
    log,
    beforeDrop: async () => {
      if (head) await writeHead(dir, head).catch(() => undefined)
    },
  })
  const checkpoint = checkpoints.checkpoint
  /** One save: logged durably first, then applied in memory (the file is written later). */
  const save = async (articleId: string, ops: BatchOp[]): Promise<void> => {
    const store = await shard(articleId)
    for (const op of ops) await log.append(op)
    noteOps(store.data, ops)
    store.apply((draft) => applyOps(draft, articleId, ops))
    checkpoints.changed(store)
  }

  const loadEverything = (): Promise<void> =>
    (loadedAll ??= loadAll().catch((error: unknown) => {
      loadedAll = null
      throw error
    }))

  return {
    get notices() {
      const problem = checkpoints.problem
      return problem ? [...notices, problem] : notices
    },
    head: () => head,
    loaded: () => everyFileRead,
    async close() {
      await turn
      await checkpoint().catch(() => undefined)
      await log.close()
    },
    annotatedArticles() {
      if (!everyFileRead) return null
      const ids = new Set<string>()
      for (const store of opened.values()) {
        if (store.data.annotations.length) ids.add(store.data.articleId)
      }
      return ids
    },
    async idle() {
      await turn
      await checkpoint().catch(() => undefined)
      const stores = await Promise.allSettled(files.values())
      await Promise.all(stores.map((s) => (s.status === 'fulfilled' ? s.value.idle() : undefined)))
    },
    async list(articleId) {
      return (await shard(articleId)).data.annotations
    },
    async all() {
      await loadEverything()
      const stores = await Promise.all(files.values())
      return stores.flatMap((s) => s.data.annotations)
    },
    async put(input) {
      const annotation = annotationSchema.parse(input)
      return inTurn(async () => {
        await save(annotation.articleId, [{ kind: 'put', annotation }])
        return annotation
      })
    },
    update(articleId, id, change) {
      return inTurn(async () => {
        const store = await shard(articleId)
        const existing = store.data.annotations.find((a) => a.id === id)
        if (!existing) return null
        // Records are shared with the previous version: change a copy, then check it.
        const changed = structuredClone(existing)
        change(changed)
        const annotation = annotationSchema.parse(changed)
        await save(articleId, [{ kind: 'put', annotation }])
        return annotation
      })
    },
    remove(articleId, id) {
      return inTurn(async () => {
        const store = await shard(articleId)
        const existing = store.data.annotations.find((a) => a.id === id)
        if (!existing) return null
        const deleted = (now?.() ?? new Date()).toISOString()
        await save(articleId, [{ kind: 'delete', articleId, id, deleted }])
        return existing
      })
    },
    async tombstones() {
      await loadEverything()
      const stores = await Promise.all(files.values())
      return stores.flatMap((s) =>
        s.data.tombstones.map((t) => ({ ...t, articleId: s.data.articleId })),
      )
    },
    applyBatch(ops, onProgress) {
      const checked = journalSchema.parse({ ops })
      return inTurn(async () => {
        // The saves before it reach their files first: none may be replayed over the batch.
        await checkpoint()
        await writeFileAtomic(journal, JSON.stringify(checked))
        await runBatch(checked.ops, onProgress)
        await rm(journal, { force: true })
      })
    },
  }
}
