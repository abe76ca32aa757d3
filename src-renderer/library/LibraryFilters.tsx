// The library's filters: title, language, year, section and status (with counts), and order. Memoized, so that
// scrolling the list (which re-renders the list on every frame) does not re-render them.
import { memo } from 'react'
import type { ArticlePage } from '../../src-shared/api'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { languageName } from '../../src-shared/lang'
import type { LibraryFilters as Filters } from './use-article-pages'
import { useT } from '../i18n'

export type Sort = NonNullable<Filters['sort']>

const SORTS: { value: Sort; label: MessageKey }[] = [
  { value: 'date-desc', label: 'filters.newest' },
  { value: 'date-asc', label: 'filters.oldest' },
  { value: 'title', label: 'filters.titleOrder' },
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
  const t = useT()
  const { query, lang, year, sort, languages, years, status, statusCounts, section, sections } =
    props
  return (
    <div className="library-filters">
      <input
        type="search"
        placeholder={t('filters.title')}
        aria-label={t('filters.title')}
        value={query}
        onChange={(e) => props.onQuery(e.target.value)}
      />
      <div className="library-facets">
        <select
          aria-label={t('filters.language')}
          value={lang}
          onChange={(e) => props.onLang(e.target.value)}
        >
          <option value="">{t('filters.language')}</option>
          {languages.map((l) => (
            <option key={l.lang} value={l.lang}>
              {t('filters.withCount', { name: languageName(l.lang, t.lang), count: l.count })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filters.year')}
          value={year}
          onChange={(e) => props.onYear(e.target.value)}
        >
          <option value="">{t('filters.year')}</option>
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {t('filters.withCount', { name: y.year, count: y.count })}
            </option>
          ))}
        </select>
        {(sections.length > 0 || section) && (
          <select
            aria-label={t('filters.section')}
            value={section}
            onChange={(e) => props.onSection(e.target.value)}
          >
            <option value="">{t('filters.section')}</option>
            {sections.map((s) => (
              <option key={s.section} value={s.section}>
                {t('filters.withCount', { name: s.section, count: s.count })}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('filters.status')}
          value={status}
          onChange={(e) => props.onStatus(e.target.value)}
        >
          <option value="">{t('filters.statusAll')}</option>
          <option value="unread">{t('filters.unread', { count: statusCounts.unread })}</option>
          <option value="read">{t('filters.read', { count: statusCounts.read })}</option>
          <option value="annotated">
            {t('filters.annotated', { count: statusCounts.annotated })}
          </option>
          {(statusCounts.new > 0 || status === 'new') && (
            <option value="new">{t('filters.new', { count: statusCounts.new })}</option>
          )}
          {(statusCounts.own > 0 || status === 'own') && (
            <option value="own">{t('filters.own', { count: statusCounts.own })}</option>
          )}
        </select>
        <select
          aria-label={t('filters.order')}
          value={sort}
          onChange={(e) => props.onSort(e.target.value as Sort)}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
})
