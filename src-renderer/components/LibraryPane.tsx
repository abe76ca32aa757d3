// The library: filter by title and language, then a list of articles (title, language, date).
// Up/Down move between articles; Enter opens one.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { ApiClient, ArticlePage } from '../../src-shared/api'
import { formatDate, languageName } from '../../src-shared/lang'

interface Props {
  api: ApiClient
  selectedId: string | null
  onOpen: (id: string) => void
  /** The ids in the order shown, for previous / next article. */
  onListChange: (ids: string[]) => void
  articleCount: number | undefined
}

export function LibraryPane({ api, selectedId, onOpen, onListChange, articleCount }: Props) {
  const [query, setQuery] = useState('')
  const [lang, setLang] = useState('')
  const [page, setPage] = useState<ArticlePage | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    let live = true
    void api['articles.list']({
      query: query || undefined,
      lang: lang || undefined,
      limit: 500,
    }).then((r) => {
      if (!live) return
      if (r.ok) {
        setPage(r.value)
        onListChange(r.value.items.map((a) => a.id))
        setProblem(null)
      } else setProblem(r.error.message)
    })
    return () => {
      live = false
    }
  }, [api, query, lang, onListChange])

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next =
      buttons[
        Math.max(0, Math.min(buttons.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))
      ]
    next?.focus()
    event.preventDefault()
  }

  return (
    <nav className="library-pane" aria-label="Library">
      <header className="library-header">
        <p className="app-name">Scholion</p>
        {articleCount !== undefined && (
          <span className="library-count">
            {articleCount} {articleCount === 1 ? 'article' : 'articles'}
          </span>
        )}
      </header>
      <div className="library-filters">
        <input
          type="search"
          placeholder="Filter by title"
          aria-label="Filter by title"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label="Language" value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="">All languages</option>
          {page?.languages.map((l) => (
            <option key={l.lang} value={l.lang}>
              {languageName(l.lang)} ({l.count})
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="library-problem" role="alert">
          {problem}
        </p>
      )}
      {page && page.total === 0 && !problem && (
        <p className="library-empty">
          {query || lang ? 'No article matches this filter.' : 'The library is empty.'}
        </p>
      )}
      <ul className="article-list" ref={listRef} onKeyDown={moveFocus}>
        {page?.items.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="article-item"
              aria-current={a.id === selectedId ? 'true' : undefined}
              onClick={() => onOpen(a.id)}
              data-article-id={a.id}
            >
              <span className="article-item-title" lang={a.lang} dir="auto">
                {a.title}
              </span>
              <span className="article-item-meta">
                <span className="lang-badge" title={languageName(a.lang)}>
                  {a.lang.toUpperCase()}
                </span>
                {a.date && <time dateTime={a.date}>{formatDate(a.date)}</time>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
