// One open article and everything around it: toolbar, progress, contents, find, settings,
// shortcuts, citations, the link check, and the reading position kept across sessions.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Color } from '../../src-shared/annotation'
import { READER_LIMITS, type Article, type ReaderSettings } from '../../src-shared/api'
import { citeParagraph } from '../../src-shared/citation'
import { formatDate, languageName, textDirection } from '../../src-shared/lang'
import { moveIn, scrollBlockToTop, topBlockIndex } from './block-geometry'
import { useFind } from './use-find'
import { useReaderCommands } from './use-reader-commands'
import { matchRange } from './match-range'
import type { ReaderCommand } from './shortcuts'
import { useReadingView } from './use-reading-view'
import { useScrollTracking } from './use-scroll-tracking'
import { useReaderAnnotations } from './use-reader-annotations'
import { AnnotationsPanel } from '../annotations'
import { ExportDialog } from '../exchange'
import { FindBar } from './FindBar'
import { LinkConfirm } from './LinkConfirm'
import { PictureViewer } from './PictureViewer'
import { ReadAloudBar } from './ReadAloudBar'
import type { OpenedPicture } from './figure-view'
import { ParallelColumn } from './ParallelColumn'
import { ChangesColumn } from './ChangesColumn'
import {
  setContentsWidth,
  setNotesWidth,
  toggleFocus,
  toggleLibrary,
  useLayout,
} from '../store/layout'
import { Splitter } from '../ui/Splitter'
import { ReaderSettingsPanel, useInterfaceLanguageChooser } from '../settings'
import { ReaderToolbar } from './ReaderToolbar'
import { SelectionToolbar } from '../annotations'
import { ShortcutsDialog } from './ShortcutsDialog'
import { TableOfContents } from './TableOfContents'
import { useGroups } from '../groups'
import { takeArticle } from './article-request'
import { report, useApi, useAppState } from '../store/app-state'
import { translate, useUiLanguage } from '../i18n'
import type { CSSProperties } from 'react'

interface Props {
  id: string
  /** An annotation to open once the article is shown (from the notebook). */
  focusAnnotation: string | null
  /** A ¶ to open at (from a deep link), instead of where the reader left off. */
  focusParagraph: number | null
  /** An offset in the article's text to show and select (a search match). */
  focusOffset?: number | null
  lastColor: Color
  onLastColor: (color: Color) => void
  /** Opens another article in place (another language version, say). */
  onOpen: (id: string) => void
  reader: ReaderSettings
  changeReader: (patch: Partial<ReaderSettings>) => void
  onStepArticle: (step: 1 | -1) => void
}

export function ArticleReader({
  id,
  focusAnnotation,
  focusParagraph,
  focusOffset = null,
  lastColor,
  onLastColor,
  onOpen,
  reader,
  changeReader,
  onStepArticle,
}: Props) {
  const api = useApi()
  // The study groups, and a version that moves whenever anything shared in them changes.
  const groups = useGroups()
  // Moves when the library changed (a sync, files added), to show a new version at once.
  const libraryVersion = useAppState((s) => s.libraryVersion)
  const [article, setArticle] = useState<Article | null>(null)
  const [savedBlock, setSavedBlock] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { notesWidth, contentsWidth } = useLayout()
  // Beside the text on a wide screen; on a laptop the contents would open over the text, so they
  // start closed there.
  const [showContents, setShowContents] = useState(
    () =>
      typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 1440px)').matches,
  )
  const [panel, setPanel] = useState<'none' | 'settings' | 'help'>('none')
  const [pendingLink, setPendingLink] = useState<string | null>(null)
  const [parallelId, setParallelId] = useState<string | null>(null)
  const [toast, setToast] = useState<string | null>(null)
  const [picture, setPicture] = useState<OpenedPicture | null>(null)
  const [readingAloud, setReadingAloud] = useState(false)
  /** What R does while the read-aloud bar is open (play or pause). */
  const readAloudToggle = useRef<(() => void) | null>(null)
  const closePanel = useCallback(() => setPanel('none'), [])
  const scroller = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    // The position comes with the text (one request), so the article first paints where the
    // reader left it.
    void takeArticle(api, id).then((r) => {
      if (!live) return
      if (!r.ok) return setProblem(r.error.message)
      setSavedBlock(r.value.position?.block ?? null)
      setArticle(r.value)
    })
    return () => {
      live = false
    }
  }, [api, id])

  // The library changed (a sync, files added): if this article has a new version, its text is
  // shown at once, with the notes placed again in it.
  const shownHash = article?.meta.contentHash
  const firstVersion = useRef(libraryVersion)
  useEffect(() => {
    if (libraryVersion === firstVersion.current || !shownHash) return
    let live = true
    void api['articles.get']({ id, annotations: true }).then((r) => {
      if (live && r.ok && r.value.meta.contentHash !== shownHash) setArticle(r.value)
    })
    return () => {
      live = false
    }
  }, [api, id, libraryVersion, shownHash])

  const cite = useCallback(
    (n: number) => {
      if (!article) return
      const text = citeParagraph(article.meta, n)
      navigator.clipboard.writeText(text).then(
        () => setToast(translate('reader.citationCopied', { n })),
        () => setToast(translate('reader.copyFailedCitation', { text })),
      )
    },
    [article],
  )

  // The annotations hook needs the view, and the view reports highlight clicks to it.
  const highlightClick = useRef<(ids: string[]) => void>(() => undefined)
  const mounted = useReadingView(article, body, {
    onExternalLink: setPendingLink,
    onCite: cite,
    onHighlightClick: (ids) => highlightClick.current(ids),
    onPicture: setPicture,
  })

  // Restore the reading position before the first paint of the text.
  useLayoutEffect(() => {
    if (!mounted || !article) return
    document.title = `${article.meta.title} — Scholion`
    const el = scroller.current
    const linked = focusParagraph !== null ? mounted.numbers.indexOf(focusParagraph) : -1
    const match = focusOffset !== null ? matchRange(mounted.view, focusOffset) : null
    const target = match ? match.block : linked >= 0 ? linked : savedBlock
    // A match goes a block below the top, so the lines before it give context.
    const index = target !== null ? (match ? Math.max(0, target - 1) : target) : 0
    // The start needs no scrolling (nor the layout that measuring would force before paint).
    const block = index > 0 ? mounted.blocks[index] : undefined
    if (el && block) scrollBlockToTop(el, block)
    if (match) {
      // Select the matched word: it stands out, and a highlight key can keep it.
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(match.range)
    }
  }, [mounted, article, savedBlock, focusParagraph, focusOffset])

  const { topBlock, progress } = useScrollTracking(api, id, scroller, mounted, report)

  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), 4000)
    return () => clearTimeout(timer)
  }, [toast])

  const find = useFind(mounted?.view ?? null)

  const jumpToBlock = useCallback(
    (index: number) => {
      const el = scroller.current
      const block = mounted?.blocks[Math.max(0, Math.min(index, (mounted?.blocks.length ?? 1) - 1))]
      if (el && block) scrollBlockToTop(el, block)
    },
    [mounted],
  )

  const run = useCallback(
    (command: ReaderCommand) => {
      // Commands that do not need the text laid out.
      switch (command) {
        case 'next-article':
          return onStepArticle(1)
        case 'previous-article':
          return onStepArticle(-1)
        case 'find':
          return find.open()
        case 'contents':
          return setShowContents((v) => !v)
        case 'library':
          return toggleLibrary()
        case 'focus':
          return toggleFocus()
        case 'read-aloud':
          return readAloudToggle.current ? readAloudToggle.current() : setReadingAloud(true)
        case 'help':
          return setPanel('help')
        case 'bigger':
          return changeReader({
            fontSize: Math.min(READER_LIMITS.fontSize.max, reader.fontSize + 1),
          })
        case 'smaller':
          return changeReader({
            fontSize: Math.max(READER_LIMITS.fontSize.min, reader.fontSize - 1),
          })
      }
      const el = scroller.current
      if (!el || !mounted) return
      if (command === 'cite') {
        const n = mounted.numbers.slice(topBlockIndex(el, mounted.blocks)).find((x) => x !== null)
        if (n) cite(n)
      } else moveIn(el, mounted.blocks, command)
    },
    [mounted, onStepArticle, changeReader, reader.fontSize, cite, find.open],
  )

  const notes = useReaderAnnotations({
    api,
    id,
    article,
    mounted,
    scroller,
    topBlock: () =>
      scroller.current && mounted ? topBlockIndex(scroller.current, mounted.blocks) : 0,
    jumpToBlock,
    lastColor,
    onLastColor,
    focusAnnotation,
    suspended: panel === 'help' || pendingLink !== null,
    report,
    toast: setToast,
    groups,
  })
  highlightClick.current = notes.onHighlightClick

  const showHelp = useCallback(() => setPanel('help'), [])
  useReaderCommands(run, notes, showHelp, panel === 'help')
  const uiLang = useUiLanguage()
  const chooseInterfaceLanguage = useInterfaceLanguageChooser()
  // The interface's language changed: the view's own labels follow, the text is not touched.
  useEffect(() => {
    const dom = mounted?.view.dom
    if (!dom) return
    dom.setAttribute('aria-label', translate('reader.articleText'))
    for (const button of dom.querySelectorAll<HTMLElement>('.para-ref'))
      button.title = translate('reader.citeParagraph', { n: Number(button.dataset.cite) })
  }, [mounted, uiLang])

  if (problem) {
    return (
      <div className="reader-problem" role="alert">
        <p>{problem}</p>
      </div>
    )
  }
  const meta = article?.meta
  const facts = meta
    ? [
        meta.author,
        formatDate(meta.date, uiLang),
        meta.publication,
        meta.section,
        languageName(meta.lang, uiLang),
        meta.own ? translate('library.yourFile') : null,
        article?.versions?.length
          ? translate('reader.updated', {
              date: formatDate(article.versions.at(-1)!.until.slice(0, 10), uiLang) ?? '',
            })
          : null,
      ].filter(Boolean)
    : []
  const currentSection = mounted?.toc.filter((e) => e.block <= topBlock).at(-1)?.block ?? -1
  const numbered = mounted?.numbers.filter((n) => n !== null).length ?? 0
  const topParagraph = mounted?.numbers.slice(topBlock).find((n) => n !== null) ?? numbered
  const translations = article?.translations ?? []

  return (
    <div className={`reader ${showContents ? 'with-contents' : ''}`}>
      <ReaderToolbar
        meta={meta ?? null}
        translations={translations}
        versions={article?.versions ?? []}
        showContents={showContents}
        onToggleContents={() => setShowContents((v) => !v)}
        onOpen={onOpen}
        parallelId={parallelId}
        onParallel={setParallelId}
        onFind={() => run('find')}
        readingAloud={readingAloud}
        onReadAloud={() => setReadingAloud((on) => !on)}
        settingsOpen={panel === 'settings'}
        onToggleSettings={() => setPanel((p) => (p === 'settings' ? 'none' : 'settings'))}
        onHelp={() => setPanel('help')}
        notesOpen={notes.showPanel}
        notesCount={notes.count}
        onToggleNotes={notes.togglePanel}
        progress={progress}
      />
      {panel === 'settings' && (
        <ReaderSettingsPanel
          settings={reader}
          onChange={changeReader}
          onLanguage={chooseInterfaceLanguage}
          onClose={closePanel}
        />
      )}
      {panel === 'help' && <ShortcutsDialog onClose={closePanel} />}
      {readingAloud && mounted && meta && (
        <ReadAloudBar
          key={id}
          view={mounted.view}
          lang={meta.lang}
          scroller={scroller.current}
          blocks={mounted.blocks}
          onClose={() => setReadingAloud(false)}
          toggleRef={readAloudToggle}
        />
      )}
      {find.find.open && (
        <FindBar
          query={find.find.query}
          count={find.find.count}
          current={find.find.current}
          onQuery={find.search}
          onStep={find.step}
          onClose={() => {
            find.close()
            scroller.current?.focus()
          }}
        />
      )}
      <div
        className="reader-main"
        style={
          {
            ...(notesWidth ? { '--notes-width': `${notesWidth}px` } : {}),
            ...(contentsWidth ? { '--contents-width': `${contentsWidth}px` } : {}),
          } as CSSProperties
        }
      >
        {showContents && mounted && (
          <TableOfContents entries={mounted.toc} current={currentSection} onJump={jumpToBlock} />
        )}
        {showContents && mounted && (
          <Splitter
            className="contents-splitter"
            label={translate('layout.resizeContents')}
            value={contentsWidth ?? 240}
            min={160}
            max={480}
            panel="start"
            onChange={setContentsWidth}
          />
        )}
        <div
          className={`reader-scroll${parallelId ? ' with-parallel' : ''}`}
          ref={scroller}
          tabIndex={0}
          aria-label={translate('notebook.article')}
        >
          {!article && <div className="reader-loading" aria-busy="true" />}
          {meta && (
            <article className="article" lang={meta.lang} dir={textDirection(meta.lang)}>
              <p className="article-meta">{facts.join(' · ')}</p>
              <div ref={body} />
            </article>
          )}
          {notes.toolbar && <SelectionToolbar {...notes.toolbar} />}
        </div>
        {parallelId?.startsWith('changes:') && meta && (
          <ChangesColumn
            key={parallelId}
            id={id}
            lang={meta.lang}
            versions={article?.versions ?? []}
            currentHash={meta.contentHash}
            from={parallelId.slice(8)}
            onClose={() => setParallelId(null)}
          />
        )}
        {parallelId && !parallelId.startsWith('changes:') && (
          <ParallelColumn
            key={parallelId}
            id={parallelId.startsWith('version:') ? id : parallelId}
            version={parallelId.startsWith('version:') ? parallelId.slice(8) : undefined}
            anchor={mounted ? { paragraph: topParagraph, of: numbered } : null}
            onClose={() => setParallelId(null)}
            onPicture={setPicture}
          />
        )}
        {notes.showPanel && (
          <Splitter
            label={translate('layout.resizeNotes')}
            value={notesWidth ?? 336}
            min={240}
            max={640}
            panel="end"
            onChange={setNotesWidth}
          />
        )}
        {notes.showPanel && <AnnotationsPanel {...notes.panel} />}
        {notes.exporting && meta && (
          <ExportDialog
            scope={{ articleId: meta.id, articleTitle: meta.title }}
            onClose={notes.closeExport}
          />
        )}
      </div>
      {pendingLink && (
        <LinkConfirm
          href={pendingLink}
          onCancel={() => setPendingLink(null)}
          onOpen={() => {
            window.open(pendingLink, '_blank', 'noopener,noreferrer')
            setPendingLink(null)
          }}
        />
      )}
      {picture && <PictureViewer picture={picture} onClose={() => setPicture(null)} />}
      {toast && (
        <div className="toast" role="status">
          {toast}
        </div>
      )}
    </div>
  )
}
