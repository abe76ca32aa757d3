// Where annotations live on disk: one small lowdb file per article under `annotations/` in the
// data folder, so saving one annotation rewrites only its article's file, whatever the size of
// the whole collection. Each file is a json-store: atomic, durable writes, the last good copy
// kept, a damaged file quarantined and restored with a notice. Files open on first use; the
// notebook asks for all of them, which loads the rest once.
import { createHash } from 'node:crypto'
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { annotationSchema, type Annotation } from '../../src-shared/annotation'
import type { Notice } from '../../src-shared/article'
import { openJsonStore, type JsonStore } from '../storage/json-store'

export const ANNOTATIONS_DIR = 'annotations'

const fileSchema = z.object({
  articleId: z.string(),
  annotations: z.array(annotationSchema),
})
type AnnotationFile = z.output<typeof fileSchema>

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
  /** Removes one annotation; resolves with what was removed, or null if there was none. */
  remove(articleId: string, id: string): Promise<Annotation | null>
  /** Recoveries and read-only files met so far, for the user to see. */
  readonly notices: readonly Notice[]
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
  const notices: Notice[] = []
  let loadedAll: Promise<void> | null = null

  const openFile = (name: string, articleId: string | null) =>
    openJsonStore<AnnotationFile>({
      file: join(dir, name),
      label: articleId ? `annotations file for “${articleId}”` : `annotations file ${name}`,
      schema: fileSchema,
      defaults: () => ({ articleId: articleId ?? '', annotations: [] }),
      version: 1,
      now,
      // Saving must not cost more as a file grows: copy the list, not every record; check the
      // record being saved, not the whole file; no indentation.
      copy: (data) => ({ ...data, annotations: [...data.annotations] }),
      checkWrites: false,
      indent: 0,
    }).then((store) => {
      notices.push(...store.notices)
      return store
    })

  const shard = (articleId: string): Promise<JsonStore<AnnotationFile>> => {
    let store = files.get(articleId)
    if (!store) {
      const name = fileNameFor(articleId)
      store = openFile(name, articleId)
      files.set(articleId, store)
      // A failed open is not cached: the next call tries again.
      store.catch(() => files.delete(articleId))
    }
    return store
  }

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
    const known = new Set([...files.keys()].map(fileNameFor))
    const opened = await Promise.all(
      names.filter((n) => !known.has(n)).map((n) => openFile(n, null)),
    )
    for (const store of opened) {
      const id = store.data.articleId
      if (id && !files.has(id)) files.set(id, Promise.resolve(store))
    }
  }

  return {
    notices,
    async list(articleId) {
      return (await shard(articleId)).data.annotations
    },
    async all() {
      loadedAll ??= loadAll().catch((error: unknown) => {
        loadedAll = null
        throw error
      })
      await loadedAll
      const stores = await Promise.all(files.values())
      return stores.flatMap((s) => s.data.annotations)
    },
    async put(input) {
      const annotation = annotationSchema.parse(input)
      const store = await shard(annotation.articleId)
      await store.update((draft) => {
        draft.articleId = annotation.articleId
        const at = draft.annotations.findIndex((a) => a.id === annotation.id)
        if (at >= 0) draft.annotations[at] = annotation
        else draft.annotations.push(annotation)
      })
      return annotation
    },
    async update(articleId, id, change) {
      const store = await shard(articleId)
      if (!store.data.annotations.some((a) => a.id === id)) return null
      const data = await store.update((draft) => {
        const at = draft.annotations.findIndex((a) => a.id === id)
        if (at < 0) return
        // Records are shared with the previous version: change a copy, then check it.
        const changed = structuredClone(draft.annotations[at]!)
        change(changed)
        draft.annotations[at] = annotationSchema.parse(changed)
      })
      return data.annotations.find((a) => a.id === id) ?? null
    },
    async remove(articleId, id) {
      const store = await shard(articleId)
      const existing = store.data.annotations.find((a) => a.id === id)
      if (!existing) return null
      await store.update((draft) => {
        draft.annotations = draft.annotations.filter((a) => a.id !== id)
      })
      return existing
    },
  }
}
