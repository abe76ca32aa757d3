// The search box (Ctrl/⌘ K): one query over article titles and text and over annotations,
// results grouped, matched words marked, all by keyboard — arrows move, Enter opens the
// article at the match (or the note), Escape closes. The query language is shown on demand.
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { formatCount, formatDate, languageName, textDirection } from '../../src-shared/lang'
import type { ArticleHit, NoteHit, SearchResults } from '../../src-shared/search'
import { Dialog } from '../ui/Dialog'
import { savedSearchesChanged, useApi } from '../store/app-state'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { useT } from '../i18n'

export interface SearchTarget {
  articleId: string
  annotationId: string | null
  /** Offset of the match in the article's canonical text. */
  offset: number | null
}

const PAGE = 20
const HELP: [string, MessageKey][] = [
  ['workers strike', 'search.helpWords'],
  ['"class struggle"', 'search.helpPhrase'],
  ['commun*', 'search.helpPrefix'],
  ['war -imperialist', 'search.helpWithout'],
  ['strike OR απεργία', 'search.helpEither'],
  ['lang:el  section:news', 'search.helpFacets'],
  ['date:2019..2021  after:2020-03', 'search.helpDates'],
  ['tag:theory  colour:yellow  has:notes', 'search.helpAnnotations'],
  ['sort:date', 'search.helpSort'],
]

function Marked({ text, marks }: { text: string; marks: [number, number][] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  marks.forEach(([a, b], i) => {
    if (a > at) parts.push(text.slice(at, a))
    parts.push(<mark key={i}>{text.slice(a, b)}</mark>)
    at = b
  })
  parts.push(text.slice(at))
  return <>{parts}</>
}

type Row = { kind: 'article'; hit: ArticleHit } | { kind: 'note'; hit: NoteHit }

function rowsOf(results: SearchResults | null): Row[] {
  return results
    ? [
        ...results.articles.hits.map((hit): Row => ({ kind: 'article', hit })),
        ...results.notes.hits.map((hit): Row => ({ kind: 'note', hit })),
      ]
    : []
}

export function SearchPalette({
  initialQuery,
  fresh = [],
  onOpen,
  onClose,
}: {
  initialQuery: string
  /** Articles to mark as new (a saved search's new ones). */
  fresh?: readonly string[]
  onOpen: (target: SearchTarget) => void
  onClose: () => void
}) {
  const t = useT()
  const api = useApi()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState(initialQuery)
  const [results, setResults] = useState<SearchResults | null>(null)
  /** The query the results shown are for (typing runs ahead of them). */
  const [shownFor, setShownFor] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const [limit, setLimit] = useState(PAGE)
  const [help, setHelp] = useState(false)
  /** The name being given to the query to save it; null when not saving. */
  const [saveName, setSaveName] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const listId = useId()
  const isNew = useMemo(() => new Set(fresh), [fresh])
  const asked = useRef(0)

  useEffect(() => {
    input.current?.select()
  }, [])

  const run = useCallback(
    (q: string, n: number) => {
      const ticket = ++asked.current
      void api['search.query']({ query: q, limit: n, snippets: n }).then((r) => {
        if (ticket !== asked.current) return
        if (!r.ok) return setError(r.error.message)
        setError(null)
        setResults(r.value)
        setShownFor(q)
      })
    },
    [api],
  )

  // Search as the user types (after a short pause), and keep polling while the index builds.
  useEffect(() => {
    const timer = setTimeout(() => run(query, limit), 120)
    return () => clearTimeout(timer)
  }, [query, limit, run])
  const building = results?.index.state === 'building'
  useEffect(() => {
    if (!building) return
    const timer = setInterval(() => run(query, limit), 1000)
    return () => clearInterval(timer)
  }, [building, query, limit, run])

  const rows: Row[] = useMemo(() => rowsOf(results), [results])
  useEffect(() => setActive(0), [results?.articles.total, results?.notes.total, query])

  const choose = (row: Row | undefined) => {
    if (!row) return
    if (row.kind === 'article')
      onOpen({ articleId: row.hit.id, annotationId: null, offset: row.hit.snippet?.offset ?? null })
    else
      onOpen({
        articleId: row.hit.annotation.articleId,
        annotationId: row.hit.annotation.id,
        offset: null,
      })
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = Math.max(0, Math.min(rows.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)))
      setActive(next)
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' })
    } else if (e.key === 'Escape') {
      // A search field's own Escape would only clear it; here it closes the box.
      e.preventDefault()
      onClose()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (shownFor === query) return choose(rows[active])
      // Enter typed before the results caught up: search what is typed now, open the best.
      const q = query
      ++asked.current
      void api['search.query']({ query: q, limit, snippets: limit }).then((r) => {
        if (!r.ok) return setError(r.error.message)
        setResults(r.value)
        setShownFor(q)
        choose(rowsOf(r.value)[0])
      })
    }
  }

  const sortByDate = /(^|\s)sort:date\b/.test(query)
  const toggleSort = () =>
    setQuery((q) =>
      sortByDate ? q.replace(/(^|\s)sort:date\b/, '').trim() : `${q.trim()} sort:date`,
    )

  const optionProps = (i: number) => ({
    id: `${listId}-${i}`,
    role: 'option' as const,
    'aria-selected': i === active,
    className: `search-result${i === active ? ' active' : ''}`,
    onMouseEnter: () => setActive(i),
    onClick: () => choose(rows[i]),
  })
  const articleCount = results?.articles.hits.length ?? 0

  const save = async () => {
    const name = (saveName ?? '').trim() || query.trim()
    const r = await api['searches.save']({ name, query: query.trim() })
    if (!r.ok) return setError(r.error.message)
    setSaveName(null)
    setSaved(t('saved.saved', { name: r.value.name }))
    savedSearchesChanged()
  }

  return (
    <Dialog title={null} label={t('search.label')} className="search-palette" onClose={onClose}>
      <div className="search-box">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={rows.length > 0}
          aria-controls={listId}
          aria-activedescendant={rows.length ? `${listId}-${active}` : undefined}
          aria-label={t('keys.searchAll')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setLimit(PAGE)
          }}
          onKeyDown={onKey}
        />
        <button
          type="button"
          className="link-button"
          aria-pressed={sortByDate}
          onClick={toggleSort}
        >
          {sortByDate ? t('search.sortNewest') : t('search.sortBest')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-expanded={help}
          onClick={() => setHelp((h) => !h)}
        >
          {t('search.syntax')}
        </button>
        {query.trim() && (
          <button
            type="button"
            className="link-button"
            aria-expanded={saveName !== null}
            onClick={() => {
              setSaved(null)
              setSaveName((n) => (n === null ? query.trim() : null))
            }}
          >
            {t('saved.save')}
          </button>
        )}
      </div>
      {saveName !== null && (
        <form
          className="save-search"
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <label>
            {t('saved.name')}
            <input value={saveName} onChange={(e) => setSaveName(e.target.value)} autoFocus />
          </label>
          <button type="submit" className="primary">
            {t('saved.saveButton')}
          </button>
        </form>
      )}
      {saved && (
        <p className="search-saved" role="status">
          {saved}
        </p>
      )}
      {help && (
        <table className="search-help">
          <tbody>
            {HELP.map(([example, meaning]) => (
              <tr key={example}>
                <td>
                  <code>{example}</code>
                </td>
                <td>{t(meaning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {building && results && (
        <div className="search-building" role="status">
          {t('search.indexing', { done: results.index.done, total: results.index.total })}
          <progress max={results.index.total} value={results.index.done} />
        </div>
      )}
      {results?.index.state === 'unavailable' && (
        <p className="search-problem" role="alert">
          {t('search.unavailable', { reason: results.index.reason ?? '' })}
        </p>
      )}
      {error && (
        <p className="search-problem" role="alert">
          {error}
        </p>
      )}
      {results?.problems.map((p) => (
        <p key={p} className="search-problem">
          {p}
        </p>
      ))}
      {results && results.corrected.length > 0 && (
        <p className="search-corrected" role="status">
          {t('search.corrected', {
            words: new Intl.ListFormat(t.lang).format(
              results.corrected.flatMap((c) => c.similar.map((s) => `“${s}”`)),
            ),
          })}
        </p>
      )}
      <div id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
        {results && query.trim() && (
          <div role="presentation" className="search-group">
            <h3 role="presentation">
              {t('library.articles')}{' '}
              <span className="count">{formatCount(results.articles.total, t.lang)}</span>
              <span className="elapsed">{t('search.elapsed', { ms: results.elapsedMs })}</span>
            </h3>
            {results.articles.total === 0 && <p className="search-none">{t('search.noArticle')}</p>}
          </div>
        )}
        {results?.articles.hits.map((hit, i) => (
          <div key={hit.id} {...optionProps(i)}>
            <div className="search-title" lang={hit.lang} dir={textDirection(hit.lang)}>
              <Marked text={hit.title} marks={hit.titleMarks} />
            </div>
            <div className="search-meta">
              {languageName(hit.lang, t.lang)}
              {hit.date && ` · ${formatDate(hit.date, t.lang)}`}
              {hit.section && ` · ${hit.section}`}
              {isNew.has(hit.id) && <span className="new-badge">{t('library.new')}</span>}
            </div>
            {hit.snippet && (
              <div className="search-snippet" lang={hit.lang} dir={textDirection(hit.lang)}>
                <Marked text={hit.snippet.text} marks={hit.snippet.marks} />
              </div>
            )}
          </div>
        ))}
        {results && results.articles.total > articleCount && (
          <button
            type="button"
            className="link-button search-more"
            onClick={() => setLimit((n) => n + PAGE)}
          >
            {t('search.more', { count: results.articles.total - articleCount })}
          </button>
        )}
        {results && results.notes.total > 0 && (
          <div role="presentation" className="search-group">
            <h3 role="presentation">
              {t('notes.title')}{' '}
              <span className="count">{formatCount(results.notes.total, t.lang)}</span>
            </h3>
          </div>
        )}
        {results?.notes.hits.map((hit, i) => (
          <div key={hit.annotation.id} {...optionProps(articleCount + i)}>
            <blockquote
              className={`search-quote color-${hit.annotation.color}`}
              lang={hit.annotation.lang}
              dir={textDirection(hit.annotation.lang)}
            >
              <Marked text={hit.annotation.quote.exact} marks={hit.quoteMarks} />
            </blockquote>
            {hit.annotation.note && (
              <div className="search-note">
                <Marked text={hit.annotation.note} marks={hit.noteMarks} />
              </div>
            )}
            <div className="search-meta">
              {hit.annotation.articleTitle}
              {hit.annotation.tags.map((tag) => (
                <span key={tag} className={`tag${hit.tagMatches.includes(tag) ? ' matched' : ''}`}>
                  {tag}
                </span>
              ))}
            </div>
          </div>
        ))}
      </div>
      <p className="search-keys">
        {t.rich<ReactNode>('search.keys', {
          kbd: (chunks) => <kbd key={String(chunks)}>{chunks}</kbd>,
        })}
      </p>
    </Dialog>
  )
}
