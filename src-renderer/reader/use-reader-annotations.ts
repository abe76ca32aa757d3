// Everything annotating needs in the reader, composed: the article's annotations, the selection
// and its toolbar, the keys, the notes panel, copying quotes, going to a passage, and opening
// an annotation from the notebook. The reader renders what this returns.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { Color, TagCount } from '../../src-shared/annotation'
import type { ApiClient, Article } from '../../src-shared/api'
import { citeQuote } from '../../src-shared/citation'
import { blockAt, canonicalText } from '../../src-shared/text'
import type { MountedArticle } from './use-reading-view'
import { useAnnotationKeys } from '../annotations'
import { useAnnotations } from '../annotations'
import { useTextSelection } from '../annotations'
import { useGroupView } from '../groups'
import type { Groups } from '../groups'
import { highlightsOf } from '../annotations'
import { languageState, translate } from '../i18n'

interface Options {
  api: ApiClient
  id: string
  article: Article | null
  mounted: MountedArticle | null
  scroller: RefObject<HTMLDivElement | null>
  /** Index of the textblock at the top of the view. */
  topBlock: () => number
  jumpToBlock: (index: number) => void
  lastColor: Color
  onLastColor: (color: Color) => void
  /** Open this annotation once the article is shown (from the notebook). */
  focusAnnotation: string | null
  suspended: boolean
  report: (message: string) => void
  toast: (message: string) => void
  /** The study groups, and a version that moves whenever anything shared in them changes. */
  groups: Groups
}

export function useReaderAnnotations(o: Options) {
  const { api, id, mounted, report, toast } = o
  const view = mounted?.view ?? null
  const group = useGroupView(api, id, o.groups, report)
  const othersDrawn = useMemo(() => highlightsOf(group.others, (a) => a.colour), [group.others])
  const notes = useAnnotations(api, id, o.article, view, report, othersDrawn, group.showOwn)
  const sel = useTextSelection(view, o.scroller)
  const [showPanel, setShowPanel] = useState(false)
  const [focusNote, setFocusNote] = useState(false)
  const [knownTags, setKnownTags] = useState<TagCount[]>([])
  const [exporting, setExporting] = useState(false)
  /** The annotation to attach to the next selection (an orphan's repair). */
  const [attaching, setAttaching] = useState<string | null>(null)
  const { setActive } = notes

  const paragraphOf = useCallback(
    (offset: number) => {
      if (!mounted) return null
      const { blocks } = canonicalText(mounted.view.state.doc)
      return mounted.numbers[blockAt(blocks, offset)] ?? null
    },
    [mounted],
  )

  // Tags for autocomplete, fresh whenever the panel opens or tags may have changed.
  const refreshTags = useCallback(() => {
    void api['annotations.tags']({}).then((r) => r.ok && setKnownTags(r.value))
  }, [api])
  useEffect(() => {
    if (showPanel) refreshTags()
  }, [showPanel, refreshTags, notes.annotations])

  const goTo = useCallback(
    (annotationId: string) => {
      const a = notes.get(annotationId) ?? group.others.find((x) => x.id === annotationId)
      if (!a?.anchor || !mounted) return
      const { blocks } = canonicalText(mounted.view.state.doc)
      o.jumpToBlock(Math.max(0, blockAt(blocks, a.anchor.start) - 1))
    },
    [notes, group.others, mounted, o],
  )

  const open = useCallback(
    (annotationId: string, withNote = false) => {
      setActive(annotationId)
      setFocusNote(withNote)
      setShowPanel(true)
    },
    [setActive],
  )

  const highlight = useCallback(
    async (color: Color | null, withNote = false) => {
      const range = sel.current()
      if (!range) return
      // Drop the selection at once: keys pressed while the save runs must not act on it again.
      sel.clear()
      const use = color ?? o.lastColor
      if (color && color !== o.lastColor) o.onLastColor(color)
      const made = await notes.create(range, use, '', group.shareTo)
      if (made && withNote) open(made.id, true)
    },
    [sel, notes, o, open, group.shareTo],
  )

  const attach = useCallback(async () => {
    const range = sel.current()
    if (!range || !attaching) return
    sel.clear()
    const moved = await notes.reanchor(attaching, range)
    if (!moved) return
    setAttaching(null)
    open(moved.id)
  }, [sel, attaching, notes, open])

  const copy = useCallback(() => {
    const s = sel.current()
    if (!s || !mounted || !o.article) return
    const { text } = canonicalText(mounted.view.state.doc)
    const quote = citeQuote(o.article.meta, text.slice(s.start, s.end), paragraphOf(s.start))
    navigator.clipboard.writeText(quote).then(
      () => toast(translate('reader.quoteCopied')),
      () => toast(translate('reader.copyFailedQuote', { quote })),
    )
  }, [sel, mounted, o.article, paragraphOf, toast])

  const copyMarkdown = useCallback(
    (ids?: string[]) => {
      const language = languageState.get().lang
      void api['export.copy']({ articleId: id, ids, language }).then((r) => {
        if (!r.ok) return toast(r.error.message)
        navigator.clipboard.writeText(r.value).then(
          () => toast(translate(ids ? 'reader.noteCopied' : 'reader.notesCopied')),
          () => toast(translate('reader.copyFailed')),
        )
      })
    },
    [api, id, toast],
  )

  // A click on highlights: open the innermost; clicking again on overlapping ones steps outward.
  const lastClick = useRef<string[]>([])
  const onHighlightClick = useCallback(
    (ids: string[]) => {
      const same = ids.length > 1 && ids.join() === lastClick.current.join()
      const current = same ? ids.indexOf(notes.active ?? '') : -1
      const next = ids[(current + 1) % ids.length]!
      lastClick.current = ids
      open(next)
      if (ids.length > 1 && !same) toast(translate('reader.overlapping', { count: ids.length }))
    },
    [notes.active, open, toast],
  )

  // From the notebook: open the annotation and bring its passage into view once loaded.
  const focused = useRef<string | null>(null)
  useEffect(() => {
    const target = o.focusAnnotation
    if (!target || !notes.loaded || !mounted || focused.current === target) return
    focused.current = target
    open(target)
    goTo(target)
  }, [o.focusAnnotation, notes.loaded, mounted, open, goTo])

  useAnnotationKeys({
    hasSelection: () => sel.current() !== null,
    suspended: o.suspended || exporting,
    highlight: (color) => void highlight(color),
    note: () => void highlight(null, true),
    copy,
    clear: sel.clear,
    startSelection: () => sel.start(o.topBlock()),
    extend: sel.extend,
    undo: () =>
      void notes
        .undo()
        .then((label) => label && toast(translate('undo.undone', { what: translate(label) }))),
    redo: () =>
      void notes
        .redo()
        .then((label) => label && toast(translate('undo.redone', { what: translate(label) }))),
  })

  return {
    count: (group.showOwn ? notes.annotations.length : 0) + group.others.length,
    showPanel,
    togglePanel: () => setShowPanel((v) => !v),
    exporting,
    closeExport: () => setExporting(false),
    /** What the menus' Edit commands do to the selection. */
    highlightSelection: () => void highlight(null),
    noteSelection: () => void highlight(null, true),
    copyQuote: copy,
    onHighlightClick,
    toolbar: sel.selection
      ? {
          at: sel.selection.at,
          onHighlight: (c: Color) => void highlight(c),
          onNote: () => void highlight(null, true),
          onCopy: copy,
          onAttach: attaching ? () => void attach() : undefined,
        }
      : null,
    panel: {
      annotations: group.showOwn ? notes.annotations : [],
      group,
      paragraphOf,
      active: notes.active,
      focusNote,
      knownTags,
      status: notes.status,
      onSelect: (annotationId: string) => {
        open(annotationId)
        goTo(annotationId)
      },
      onChange: (annotationId: string, patch: Parameters<typeof notes.update>[1]) =>
        notes.update(annotationId, patch),
      onDelete: (annotationId: string) => void notes.remove(annotationId),
      onCopyMarkdown: copyMarkdown,
      onExport: () => setExporting(true),
      attaching,
      onAttach: setAttaching,
      article: o.article
        ? {
            id,
            versions: o.article.versions ?? [],
            currentHash: o.article.meta.contentHash,
          }
        : null,
      onReanchor: (annotationId: string, range: { start: number; end: number }) =>
        void notes.reanchor(annotationId, range).then((moved) => {
          if (!moved) return
          setAttaching(null)
          goTo(moved.id)
        }),
      onCloseEditor: () => {
        setActive(null)
        o.scroller.current?.focus()
      },
      onClose: () => {
        setShowPanel(false)
        setActive(null)
        o.scroller.current?.focus()
      },
    },
  }
}
