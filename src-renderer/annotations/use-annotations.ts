// The open article's annotations: loaded and placed by the core, drawn as highlights in the
// view, and changed through actions that are undoable and report honestly whether they were
// saved. A change shows in the list only once the core says it is on disk.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { EditorView } from 'prosemirror-view'
import {
  plainAnnotation,
  type AnchoredAnnotation,
  type Annotation,
  type Color,
} from '../../src-shared/annotation'
import type { ApiClient, ArticleAnnotations } from '../../src-shared/api'
import type { Result } from '../../src-shared/result'
import { highlightsOf, setActiveHighlight, setHighlights, type Highlight } from './highlights'
import type { TextRange } from './positions'
import { UndoStack } from './undo-stack'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { translateMessage } from '../i18n'

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; what: MessageKey }
  | { kind: 'failed'; message: string; retry: () => void }

export type AnnotationPatch = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>> & {
  /** The study group it is shared with; null: only oneself. */
  group?: string | null
}

/** `a` with `patch` applied, as the server will store it. */
function patched(a: AnchoredAnnotation, patch: AnnotationPatch): AnchoredAnnotation {
  const { group, ...fields } = patch
  const next: AnchoredAnnotation = { ...a, ...fields }
  if (group === null) delete next.group
  else if (group !== undefined) next.group = group
  return next
}

/** Document order; orphans (not found in this version) last, oldest first. */
export function inDocumentOrder(list: readonly AnchoredAnnotation[]): AnchoredAnnotation[] {
  return [...list].sort((a, b) => {
    if (a.anchor && b.anchor) return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end
    if (a.anchor) return -1
    if (b.anchor) return 1
    return a.created.localeCompare(b.created)
  })
}

export function useAnnotations(
  api: ApiClient,
  articleId: string,
  /** The article once it is there, with its annotations if they came along (else they are
   * asked for); null while it loads. */
  article: { annotations?: ArticleAnnotations } | null,
  view: EditorView | null,
  report: (message: string) => void,
  /** Others' highlights (study groups), drawn with one's own; and whether to draw one's own. */
  others: readonly Highlight[] = [],
  showOwn = true,
) {
  const [list, setList] = useState<AnchoredAnnotation[]>([])
  const [loaded, setLoaded] = useState(false)
  const [active, setActive] = useState<string | null>(null)
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const undoStack = useMemo(() => new UndoStack(), [])
  const [, setHistoryVersion] = useState(0)
  const bump = () => setHistoryVersion((v) => v + 1)

  useEffect(() => {
    if (!article) return
    let live = true
    const take = (value: ArticleAnnotations) => {
      setList(value.annotations)
      setLoaded(true)
      for (const n of value.notices) report(translateMessage(n.message))
    }
    if (article.annotations) take(article.annotations)
    else
      void api['annotations.forArticle']({ articleId }).then((r) => {
        if (!live) return
        if (!r.ok) return report(r.error.message)
        take(r.value)
      })
    return () => {
      live = false
    }
  }, [api, articleId, article, report])

  // Draw: rebuilt only when the list changes.
  useEffect(() => {
    if (!view) return
    const own = showOwn ? highlightsOf(list) : []
    view.dispatch(setHighlights(view.state.tr, [...own, ...others]))
  }, [view, list, others, showOwn])

  useEffect(() => {
    if (view) view.dispatch(setActiveHighlight(view.state.tr, active))
  }, [view, active])

  /**
   * Runs one save, showing its state, and applies its result with `then` once it is on disk;
   * resolves with the value, or null if it failed (a retry then runs the same save and `then`).
   */
  const save = useCallback(
    async <T>(
      what: MessageKey,
      call: () => Promise<Result<T>>,
      then: (value: T) => void,
    ): Promise<T | null> => {
      setStatus({ kind: 'saving' })
      const r = await call().catch((error: unknown): Result<T> => ({
        ok: false,
        error: { code: 'unavailable', message: (error as Error).message },
      }))
      if (r.ok) {
        then(r.value)
        setStatus({ kind: 'saved', what })
        return r.value
      }
      setStatus({
        kind: 'failed',
        message: r.error.message,
        retry: () => void save(what, call, then),
      })
      return null
    },
    [],
  )

  const upsert = (a: AnchoredAnnotation | Annotation) =>
    setList((current) => {
      const previous = current.find((x) => x.id === a.id)
      const anchor = 'anchor' in a ? a.anchor : (previous?.anchor ?? null)
      const next = { ...a, anchor }
      return previous ? current.map((x) => (x.id === a.id ? next : x)) : [...current, next]
    })
  const drop = (id: string) => setList((current) => current.filter((x) => x.id !== id))

  const rawDelete = useCallback(
    async (a: Annotation) => {
      const r = await save(
        'status.deleted',
        () => api['annotations.delete']({ articleId, id: a.id }),
        () => drop(a.id),
      )
      return r !== null
    },
    [api, articleId, save],
  )
  const rawRestore = useCallback(
    async (a: Annotation) => {
      const annotation = plainAnnotation(a)
      const r = await save(
        'status.restored',
        () => api['annotations.restore']({ annotation }),
        upsert,
      )
      return r !== null
    },
    [api, save],
  )
  const rawUpdate = useCallback(
    async (id: string, patch: AnnotationPatch) => {
      return save(
        'status.saved',
        () => api['annotations.update']({ articleId, id, ...patch }),
        upsert,
      )
    },
    [api, articleId, save],
  )

  const create = useCallback(
    async (range: TextRange, color: Color, note = '', group = '') => {
      return save(
        group ? 'status.highlightShared' : 'status.highlightSaved',
        () =>
          api['annotations.create']({
            articleId,
            ...range,
            color,
            note,
            ...(group ? { group } : {}),
          }),
        (made) => {
          upsert(made)
          undoStack.push({
            label: 'undo.highlight',
            undo: () => rawDelete(made),
            redo: () => rawRestore(made),
          })
          bump()
        },
      )
    },
    [api, articleId, save, undoStack, rawDelete, rawRestore],
  )

  // Changes show at once (a second tag typed before the first is saved must not undo it); a
  // save's answer is applied only if no later change to the same annotation was made since.
  const latest = useRef(new Map<string, number>())
  const update = useCallback(
    async (id: string, patch: AnnotationPatch): Promise<boolean> => {
      const before = list.find((a) => a.id === id)
      if (!before) return false
      const turn = (latest.current.get(id) ?? 0) + 1
      latest.current.set(id, turn)
      setList((current) => current.map((a) => (a.id === id ? patched(a, patch) : a)))
      const previous: AnnotationPatch = {}
      if (patch.color !== undefined) previous.color = before.color
      if (patch.note !== undefined) previous.note = before.note
      if (patch.tags !== undefined) previous.tags = before.tags
      if (patch.group !== undefined) previous.group = before.group ?? null
      const field = Object.keys(patch).join(',')
      const saved = await save(
        'status.saved',
        () => api['annotations.update']({ articleId, id, ...patch }),
        (stored) => {
          if (latest.current.get(id) === turn) upsert(stored)
          undoStack.push({
            label:
              patch.note !== undefined
                ? 'undo.note'
                : patch.tags !== undefined
                  ? 'undo.tags'
                  : patch.group !== undefined
                    ? 'undo.sharing'
                    : 'undo.colour',
            mergeKey: `${id}:${field}`,
            undo: async () => (await rawUpdate(id, previous)) !== null,
            redo: async () => (await rawUpdate(id, patch)) !== null,
          })
          bump()
        },
      )
      return saved !== null
    },
    [api, articleId, list, save, rawUpdate, undoStack],
  )

  const remove = useCallback(
    async (id: string) => {
      const existing = list.find((a) => a.id === id)
      if (!existing) return
      await save(
        'status.deleted',
        () => api['annotations.delete']({ articleId, id }),
        () => {
          drop(id)
          setActive((current) => (current === id ? null : current))
          undoStack.push({
            label: 'undo.delete',
            undo: () => rawRestore(existing),
            redo: () => rawDelete(existing),
          })
          bump()
        },
      )
    },
    [api, articleId, list, save, rawDelete, rawRestore, undoStack],
  )

  const rawReanchor = useCallback(
    async (id: string, range: TextRange) =>
      (await save(
        'status.attached',
        () => api['annotations.reanchor']({ articleId, id, ...range }),
        upsert,
      )) !== null,
    [api, articleId, save],
  )
  /** Attaches an annotation to another passage; undo puts it back where it was. */
  const reanchor = useCallback(
    async (id: string, range: TextRange) => {
      const existing = list.find((a) => a.id === id)
      if (!existing) return null
      return save(
        'status.attached',
        () => api['annotations.reanchor']({ articleId, id, ...range }),
        (moved) => {
          upsert(moved)
          undoStack.push({
            label: 'undo.attach',
            undo: () => rawRestore(existing),
            redo: () => rawReanchor(id, range),
          })
          bump()
        },
      )
    },
    [api, articleId, list, save, rawRestore, rawReanchor, undoStack],
  )

  const undo = useCallback(async () => {
    const label = await undoStack.undo()
    bump()
    return label
  }, [undoStack])
  const redo = useCallback(async () => {
    const label = await undoStack.redo()
    bump()
    return label
  }, [undoStack])

  return {
    annotations: list,
    loaded,
    active,
    setActive,
    status,
    create,
    update,
    remove,
    reanchor,
    undo,
    redo,
    canUndo: undoStack.canUndo,
    canRedo: undoStack.canRedo,
    get: (id: string) => list.find((a) => a.id === id) ?? null,
  }
}

export type AnnotationsApi = ReturnType<typeof useAnnotations>
