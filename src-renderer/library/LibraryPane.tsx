// The library: filters (title, language, year, order) over a virtualized list that stays
// smooth at 50,000 articles. The list is one listbox: arrow keys, Page Up / Down, Home / End
// move the active article, Enter opens it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { formatDate, languageName } from '../../src-shared/lang'
import { useT } from '../i18n'
import { useArticlePages } from './use-article-pages'
import { LibraryFilters, type Sort } from './LibraryFilters'
import { useApi, useAppState } from '../store/app-state'
import { toggleLibrary } from '../store/layout'

interface Props {
  onOpen: (id: string) => void
  /** Gives the app a way to read the ids in the order shown (the part loaded so far), for
   * previous / next article; read only when needed, never on every render. */
  onListChange: (ids: () => string[]) => void
  articleCount: number | undefined
  notebookOpen: boolean
  onToggleNotebook: () => void
  onAbout: () => void
  /** The saved searches, shown under the filters. */
  savedSearches?: ReactNode
  onAddFiles: () => void
  onSync: () => void
  onGroups: () => void
}

const ROW_HEIGHT = 76
const STATUSES = ['read', 'unread', 'annotated', 'own', 'new'] as const
const isStatus = (s: string): s is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(s)

export function LibraryPane({
  onOpen,
  onListChange,
  articleCount,
  notebookOpen,
  onToggleNotebook,
  onAbout,
  savedSearches,
  onAddFiles,
  onSync,
  onGroups,
}: Props) {
  const t = useT()
  const api = useApi()
  const selectedId = useAppState((s) => s.openArticleId)
  // The list is read again when the library changed (files added, a sync), and shows what is
  // new when asked to (a sync notification was clicked).
  const version = useAppState((s) => s.libraryVersion)
  const showNew = useAppState((s) => s.showNewRequest)
  const [query, setQuery] = useState('')
  const [lang, setLang] = useState('')
  const [year, setYear] = useState('')
  const [section, setSection] = useState('')
  const [status, setStatus] = useState('')
  const [sort, setSort] = useState<Sort>('date-desc')
  const [active, setActive] = useState(0)
  const listId = useId()
  const scroller = useRef<HTMLDivElement>(null)
  const pages = useArticlePages(api, {
    query: query || undefined,
    lang: lang || undefined,
    year: year ? Number(year) : undefined,
    section: section || undefined,
    status: isStatus(status) ? status : undefined,
    sort,
    version,
  })
  const total = pages.total ?? 0

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const rows = virtualizer.getVirtualItems()
  const first = rows[0]?.index ?? 0
  const last = rows.at(-1)?.index ?? 0
  useEffect(() => {
    if (total > 0) pages.ensure(first, last)
  }, [first, last, total, pages])

  const pagesRef = useRef(pages)
  pagesRef.current = pages
  useEffect(() => onListChange(() => pagesRef.current.loadedIds()), [onListChange])
  useEffect(() => setActive(0), [query, lang, year, section, status, sort])
  useEffect(() => {
    if (showNew > 0) setStatus('new')
  }, [showNew])

  const move = (to: number) => {
    const index = Math.max(0, Math.min(total - 1, to))
    setActive(index)
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1,
    )
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + pageRows),
      PageUp: () => move(active - pageRows),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => {
        const row = pages.rowAt(active)
        if (row) onOpen(row.id)
      },
    }
    const action = keys[e.key]
    if (!action) return
    e.preventDefault()
    action()
  }

  const activeRow = pages.rowAt(active)
  const filtered = query || lang || year || section || status
  return (
    <nav className="library-pane" aria-label={t('library.label')}>
      <header className="library-header">
        <p className="app-name">
          <button type="button" onClick={onAbout} title={t('library.about')}>
            Scholion
          </button>
        </p>
        <button
          type="button"
          className="hide-library"
          onClick={toggleLibrary}
          aria-label={t('layout.hideLibrary')}
          title={`${t('layout.hideLibrary')} (L)`}
        >
          «
        </button>
        {articleCount !== undefined && (
          <span className="library-count">
            {pages.total !== null && filtered
              ? t('library.countFiltered', { shown: pages.total, total: articleCount })
              : t('library.count', { total: articleCount })}
          </span>
        )}
      </header>
      <div className="library-actions">
        <button
          type="button"
          className="notebook-toggle"
          aria-pressed={notebookOpen}
          onClick={onToggleNotebook}
          title={t('library.notebookHint')}
        >
          {t('library.notebook')}
        </button>
        <button
          type="button"
          className="add-files-button"
          onClick={onAddFiles}
          title={t('library.addFilesHint')}
        >
          {t('library.addFiles')}
        </button>
        <button
          type="button"
          className="add-files-button"
          onClick={onSync}
          title={t('library.syncHint')}
        >
          {t('library.sync')}
        </button>
        <button
          type="button"
          className="add-files-button"
          onClick={onGroups}
          title={t('library.groupsHint')}
        >
          {t('library.groups')}
        </button>
      </div>
      <LibraryFilters
        query={query}
        lang={lang}
        year={year}
        sort={sort}
        languages={pages.languages}
        years={pages.years}
        section={section}
        sections={pages.sections}
        onSection={setSection}
        status={status}
        statusCounts={pages.status}
        onStatus={setStatus}
        onQuery={setQuery}
        onLang={setLang}
        onYear={setYear}
        onSort={setSort}
      />
      {savedSearches}
      {!filtered && pages.status.new > 0 && (
        <button type="button" className="new-since-visit" onClick={() => setStatus('new')}>
          {t('library.newSinceVisit', { count: pages.status.new })}
        </button>
      )}
      {pages.problem && (
        <p className="library-problem" role="alert">
          {pages.problem}
        </p>
      )}
      {pages.total === 0 && !pages.problem && (
        <div className="library-empty">
          {filtered ? (
            <>
              <p>{t('library.noMatch')}</p>
              <button
                type="button"
                onClick={() => {
                  setQuery('')
                  setLang('')
                  setYear('')
                  setSection('')
                  setStatus('')
                }}
              >
                {t('library.clearFilters')}
              </button>
            </>
          ) : (
            <>
              <p>{t('library.empty')}</p>
              <p>
                {t.rich<ReactNode>('library.emptyHint', {
                  code: (chunks) => <code key="code">{chunks}</code>,
                })}
              </p>
            </>
          )}
        </div>
      )}
      <div
        ref={scroller}
        className="article-list"
        role="listbox"
        id={listId}
        tabIndex={0}
        aria-label={t('library.articles')}
        aria-activedescendant={activeRow ? `${listId}-${active}` : undefined}
        onKeyDown={onKey}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {rows.map((v) => {
            const a = pages.rowAt(v.index)
            return (
              <div
                key={v.key}
                id={`${listId}-${v.index}`}
                role="option"
                aria-selected={a?.id === selectedId}
                aria-setsize={total}
                aria-posinset={v.index + 1}
                className={`article-item${v.index === active ? ' active' : ''}`}
                style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(v.index)
                  if (a) onOpen(a.id)
                }}
                data-article-id={a?.id}
              >
                {a ? (
                  <>
                    <span className="article-item-title" lang={a.lang} dir="auto">
                      {a.title}
                    </span>
                    <span className="article-item-meta">
                      <span className="lang-badge" title={languageName(a.lang, t.lang)}>
                        {a.lang.toUpperCase()}
                      </span>
                      {a.date && <time dateTime={a.date}>{formatDate(a.date, t.lang)}</time>}
                      {a.isNew && <span className="new-badge">{t('library.new')}</span>}
                      {a.own && (
                        <span className="own-badge" title={t('library.yourFileHint')}>
                          {t('library.yourFile')}
                        </span>
                      )}
                    </span>
                  </>
                ) : (
                  <span className="article-item-placeholder" aria-hidden="true" />
                )}
              </div>
            )
          })}
        </div>
      </div>
    </nav>
  )
}
