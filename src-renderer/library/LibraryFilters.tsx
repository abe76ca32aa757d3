// The library's filters: title, language, year, section and status (with counts), and order. Memoized, so that
// scrolling the list (which re-renders the list on every frame) does not re-render them.
import { memo } from 'react'
import type { ArticlePage } from '../../src-shared/api'
import { formatCount, languageName } from '../../src-shared/lang'
import type { LibraryFilters as Filters } from './use-article-pages'

export type Sort = NonNullable<Filters['sort']>

const SORTS: { value: Sort; label: string }[] = [
  { value: 'date-desc', label: 'Newest' },
  { value: 'date-asc', label: 'Oldest' },
  { value: 'title', label: 'Title A–Z' },
]

interface Props {
  query: string
  lang: string
  year: string
  sort: Sort
  languages: ArticlePage['languages']
  years: ArticlePage['years']
  section: string
  sections: ArticlePage['sections']
  onSection: (v: string) => void
  status: string
  statusCounts: ArticlePage['status']
  onStatus: (v: string) => void
  onQuery: (v: string) => void
  onLang: (v: string) => void
  onYear: (v: string) => void
  onSort: (v: Sort) => void
}

export const LibraryFilters = memo(function LibraryFilters(props: Props) {
  const { query, lang, year, sort, languages, years, status, statusCounts, section, sections } =
    props
  return (
    <div className="library-filters">
      <input
        type="search"
        placeholder="Filter by title"
        aria-label="Filter by title"
        value={query}
        onChange={(e) => props.onQuery(e.target.value)}
      />
      <div className="library-facets">
        <select aria-label="Language" value={lang} onChange={(e) => props.onLang(e.target.value)}>
          <option value="">Language</option>
          {languages.map((l) => (
            <option key={l.lang} value={l.lang}>
              {languageName(l.lang)} ({formatCount(l.count)})
            </option>
          ))}
        </select>
        <select aria-label="Year" value={year} onChange={(e) => props.onYear(e.target.value)}>
          <option value="">Year</option>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.year} ({formatCount(y.count)})
            </option>
          ))}
        </select>
        {(sections.length > 0 || section) && (
          <select
            aria-label="Section"
            value={section}
            onChange={(e) => props.onSection(e.target.value)}
          >
            <option value="">Section</option>
            {sections.map((s) => (
              <option key={s.section} value={s.section}>
                {s.section} ({formatCount(s.count)})
              </option>
            ))}
          </select>
        )}
        <select
          aria-label="Read or unread"
          value={status}
          onChange={(e) => props.onStatus(e.target.value)}
        >
          <option value="">Read &amp; unread</option>
          <option value="unread">Unread ({formatCount(statusCounts.unread)})</option>
          <option value="read">Read ({formatCount(statusCounts.read)})</option>
          <option value="annotated">With notes ({formatCount(statusCounts.annotated)})</option>
          {(statusCounts.new > 0 || status === 'new') && (
            <option value="new">New since last visit ({formatCount(statusCounts.new)})</option>
          )}
          {(statusCounts.own > 0 || status === 'own') && (
            <option value="own">Your files ({formatCount(statusCounts.own)})</option>
          )}
        </select>
        <select
          aria-label="Order"
          value={sort}
          onChange={(e) => props.onSort(e.target.value as Sort)}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
})
