// The app shell: notices on top, the library on the left, the reader on the right. It opens
// the article the user last read, remembers each one opened, and applies the reader settings.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppInfo, ReaderSettings } from '../src-shared/api'
import type { Color } from '../src-shared/annotation'
import { parseDeepLink } from '../src-shared/deep-link'
import {
  sendToReader,
  subscribeCommands,
  subscribeFlushRequests,
  subscribeOpenedFiles,
} from './api/app-commands'
import { flushAll, whenSaved } from './api/pending-saves'
import { subscribeDeepLinks } from './api/deep-links'
import { useGroupsSync } from './groups'
import { requestArticle } from './reader'
import { ArticleReader } from './reader'
import { Notebook } from './notebook'
import { LibraryPane } from './library'
import { Notices } from './ui/Notices'
import { SavedSearches, SearchPalette, type SearchTarget } from './search'
import { useReaderSettings } from './settings'
import { isPackFile } from './archive'
import { AppDialogs, NO_DIALOG, type ShownDialog } from './AppDialogs'
import {
  appState,
  report,
  savedSearchesChanged,
  showNewArticles,
  useApi,
  useAppState,
} from './store/app-state'
import { translate, useT } from './i18n'
import { leaveFocus, setLibraryWidth, useLayout } from './store/layout'
import { Splitter } from './ui/Splitter'
import type { CSSProperties } from 'react'

/** The library's width before the reader chose one: CSS's clamp(16rem, 22vw, 24rem). */
function defaultLibraryWidth(): number {
  return Math.round(Math.min(384, Math.max(256, 0.22 * window.innerWidth)))
}

export function App() {
  const layout = useLayout()
  const t = useT()
  const api = useApi()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const selected = useAppState((s) => s.openArticleId)
  const setSelected = useCallback(
    (id: string | null | ((current: string | null) => string | null)) =>
      appState.set((s) => ({ openArticleId: typeof id === 'function' ? id(s.openArticleId) : id })),
    [],
  )
  const [notebook, setNotebook] = useState(false)
  /** The article in the reader now (none while the notebook is shown). */
  const shown = useRef<string | null>(null)
  shown.current = notebook ? null : selected
  const [focusAnnotation, setFocusAnnotation] = useState<string | null>(null)
  const [focusParagraph, setFocusParagraph] = useState<number | null>(null)
  const [focusOffset, setFocusOffset] = useState<number | null>(null)
  /** The search box's opening query while it is open; null when closed. */
  const [search, setSearch] = useState<string | null>(null)
  /** A saved search's new articles, marked in the search box opened on it. */
  const [searchFresh, setSearchFresh] = useState<readonly string[]>([])
  const [dialog, setDialog] = useState<ShownDialog>(NO_DIALOG)
  useGroupsSync(api)
  const [dragging, setDragging] = useState(false)
  const [lastColor, setLastColor] = useState<Color>('yellow')
  const problems = useAppState((s) => s.problems)
  const libraryVersion = useAppState((s) => s.libraryVersion)
  /** The desktop window is closing and waits for the page's saves. */
  const [closing, setClosing] = useState(false)
  const listOrder = useRef<() => string[]>(() => [])
  const {
    settings: reader,
    change: changeReader,
    load: loadReader,
  } = useReaderSettings(api, report)

  // What the app is and holds (the article count), read again whenever the library changed.
  useEffect(() => {
    void api['app.info']({}).then((r) => (r.ok ? setInfo(r.value) : report(r.error.message)))
  }, [api, libraryVersion])

  // Closing the desktop window: save what waits, say so, and let it close once saved.
  useEffect(
    () =>
      subscribeFlushRequests(async () => {
        flushAll()
        setClosing(true)
        await whenSaved(2500)
        setClosing(false)
      }),
    [],
  )

  useEffect(() => {
    void api['settings.get']({}).then((r) => {
      if (!r.ok) return report(r.error.message)
      loadReader(r.value.reader)
      setLastColor(r.value.lastColor)
      if (r.value.lastArticleId) setSelected((current) => current ?? r.value.lastArticleId)
    })
  }, [api, loadReader])

  const open = useCallback(
    (id: string, annotationId: string | null = null, paragraph: number | null = null) => {
      // The text is asked for before the page re-renders for it (unless it is shown already).
      if (shown.current !== id) requestArticle(api, id)
      setSelected(id)
      setNotebook(false)
      setFocusAnnotation(annotationId)
      setFocusParagraph(paragraph)
      setFocusOffset(null)
      // Remembered at once (one small write): a window closed right after must not forget it.
      void api['settings.update']({ lastArticleId: id }).then((r) => {
        if (!r.ok) report(r.error.message)
      })
    },
    [api],
  )

  // scholion:// links, from the desktop or from the page's address.
  useEffect(
    () =>
      subscribeDeepLinks((url) => {
        const link = parseDeepLink(url)
        if (link.kind === 'invalid')
          return report(
            translate('link.cannotOpen', {
              reason: translate(link.reason.key, link.reason.values),
            }),
          )
        // Opening the same article again must still move to the passage: remount it.
        setSelected(null)
        setTimeout(() => open(link.articleId, link.annotationId, link.paragraph), 0)
      }),
    [open],
  )

  // Commands from the desktop menus.
  useEffect(
    () =>
      subscribeCommands((command) => {
        switch (command) {
          case 'about':
          case 'import':
          case 'export':
          case 'add-files':
          case 'sync':
          case 'groups':
          case 'update-archive':
          case 'settings-file':
            return setDialog({ kind: command })
          case 'notebook':
            return setNotebook(true)
          case 'search':
            return setSearch((q) => q ?? '')
          case 'search-selection':
            return setSearch(selectionQuery())
          case 'new-articles':
            setNotebook(false)
            return showNewArticles()
          case 'library':
            setNotebook(false)
            return document.querySelector<HTMLInputElement>('.library-filters input')?.focus()
          case 'theme-system':
          case 'theme-light':
          case 'theme-sepia':
          case 'theme-dark':
            return changeReader({ theme: command.slice(6) as ReaderSettings['theme'] })
          default:
            return sendToReader(command)
        }
      }),
    [changeReader],
  )

  // Annotation packs opened with the app go to the import preview.
  useEffect(
    () =>
      subscribeOpenedFiles((file) => {
        // An archive update pack goes to the update dialog (checked already, or why not).
        if (file.archivePack || isPackFile(file)) {
          setDialog({ kind: 'update-archive', openedPack: file })
          return
        }
        setDialog({ kind: 'import', openedFile: file })
      }),
    [],
  )

  // Files dragged onto the window are offered to the library; anything else dropped is ignored
  // (a dropped file must never replace the app's page).
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false
    const over = (e: DragEvent) => {
      e.preventDefault()
      if (!hasFiles(e)) return
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
      setDragging(true)
    }
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      e.preventDefault()
      setDragging(false)
      const files = [...(e.dataTransfer?.files ?? [])]
      if (files.length === 0) return
      // An archive update pack goes to its own dialog, to be checked before anything changes.
      const pack = files.find(isPackFile)
      if (pack) {
        setDialog({ kind: 'update-archive', droppedPack: pack })
        return
      }
      setDialog({ kind: 'add-files', dropped: files })
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  // Ctrl/⌘ K opens search from anywhere (the desktop menu's accelerator does the same).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Ctrl/⌘ O adds files (in the browser, instead of the browser's own "open file").
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.altKey &&
        !e.shiftKey &&
        (e.key === 'o' || e.key === 'O')
      ) {
        e.preventDefault()
        setDialog((d) => (d.kind === 'none' ? { kind: 'add-files' } : d))
        return
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K')) {
        e.preventDefault()
        // With Shift: search for the selected text.
        if (e.shiftKey) setSearch(selectionQuery())
        else setSearch((q) => q ?? '')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const openSearchResult = useCallback(
    (target: SearchTarget) => {
      setSearch(null)
      // Opening the same article again must still move to the match: remount it.
      setSelected(null)
      setTimeout(() => {
        open(target.articleId, target.annotationId)
        setFocusOffset(target.offset)
      }, 0)
    },
    [open],
  )

  const changeColor = useCallback(
    (color: Color) => {
      setLastColor(color)
      void api['settings.update']({ lastColor: color }).then(
        (r) => !r.ok && report(r.error.message),
      )
    },
    [api],
  )

  const onListChange = useCallback((ids: () => string[]) => {
    listOrder.current = ids
  }, [])

  const stepArticle = useCallback(
    (step: 1 | -1) => {
      const order = listOrder.current()
      const next = order[(selected ? order.indexOf(selected) : -1) + step]
      if (next) open(next)
    },
    [open, selected],
  )

  // Esc leaves focus mode when nothing else (a dialog, the search) is open to take it.
  useEffect(() => {
    if (!layout.focus) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && dialog.kind === 'none' && search === null && !e.defaultPrevented)
        leaveFocus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [layout.focus, dialog, search])

  return (
    <div className={`app${layout.focus ? ' focus' : ''}`}>
      {layout.focus && (
        <button type="button" className="leave-focus" onClick={leaveFocus}>
          {t('layout.leaveFocus')}
        </button>
      )}
      <Notices notices={info?.notices ?? []} problems={problems} />
      {closing && (
        <div className="closing-save" role="status">
          {t('app.saving')}
        </div>
      )}
      <div
        className={`panes${layout.libraryHidden || layout.focus ? ' library-hidden' : ''}`}
        style={
          layout.libraryWidth
            ? ({ '--library-width': `${layout.libraryWidth}px` } as CSSProperties)
            : undefined
        }
      >
        <LibraryPane
          onOpen={open}
          onListChange={onListChange}
          articleCount={info?.archive?.articleCount}
          onAddFiles={() => setDialog({ kind: 'add-files' })}
          onSync={() => setDialog({ kind: 'sync' })}
          onGroups={() => setDialog({ kind: 'groups' })}
          notebookOpen={notebook}
          onToggleNotebook={() => setNotebook((v) => !v)}
          onAbout={() => setDialog({ kind: 'about' })}
          savedSearches={
            <SavedSearches
              onRun={(saved) => {
                setSearchFresh(saved.freshIds)
                setSearch(saved.query)
                // Looked at: what was new is no longer (the marks stay while the box is open).
                void api['searches.seen']({ id: saved.id }).then(() => savedSearchesChanged())
              }}
            />
          }
        />
        <Splitter
          label={t('layout.resizeLibrary')}
          value={layout.libraryWidth ?? defaultLibraryWidth()}
          min={192}
          max={640}
          panel="start"
          onChange={setLibraryWidth}
        />
        <main className="reader-pane" aria-label={t('app.reader')}>
          {notebook ? (
            <Notebook onOpenAt={open} />
          ) : selected ? (
            <ArticleReader
              key={selected}
              id={selected}
              focusAnnotation={focusAnnotation}
              focusParagraph={focusParagraph}
              focusOffset={focusOffset}
              lastColor={lastColor}
              onLastColor={changeColor}
              onOpen={open}
              reader={reader}
              changeReader={changeReader}
              onStepArticle={stepArticle}
            />
          ) : (
            <div className="empty-reader">
              <p>{t('app.chooseArticle')}</p>
            </div>
          )}
        </main>
      </div>
      {search !== null && (
        <SearchPalette
          initialQuery={search}
          fresh={searchFresh}
          onOpen={openSearchResult}
          onClose={() => {
            setSearch(null)
            setSearchFresh([])
          }}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('app.dropFiles')}</p>
        </div>
      )}
      <AppDialogs
        dialog={dialog}
        show={setDialog}
        onOpen={open}
        onSettingsImported={(settings) => {
          loadReader(settings.reader)
          setLastColor(settings.lastColor)
        }}
      />
    </div>
  )
}

/** The selected text as a search: a phrase if it has several words. */
function selectionQuery(): string {
  const text = (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim().slice(0, 200)
  return text.includes(' ') ? `"${text.replace(/"/g, '')}"` : text
}
