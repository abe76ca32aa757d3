// The notebook: every annotation in the library, filtered by words, tag, colour, language,
// article and date, sorted, each opening its article at the passage. Counts beside each
// filter say how many notes remain with it.
import { useEffect, useState } from 'react'
import { type Color } from '../../src-shared/annotation'
import type { Input, NotebookPage } from '../../src-shared/api'
import { formatDate, languageName } from '../../src-shared/lang'
import { renderNote } from '../ui/markdown'
import { AnnotationSwatch, ColourFilter } from '../annotations'
import { ExportDialog } from '../exchange'
import { ImportDialog } from '../exchange'
import { TagChips } from '../annotations'
import { report, useApi } from '../store/app-state'
import { useT } from '../i18n'

interface Props {
  onOpenAt: (articleId: string, annotationId: string) => void
}

type Sort = 'newest' | 'oldest' | 'article'
const PAGE = 100

export function Notebook({ onOpenAt }: Props) {
  const t = useT()
  const api = useApi()
  const [query, setQuery] = useState('')
  const [tag, setTag] = useState('')
  const [color, setColor] = useState<Color | ''>('')
  const [lang, setLang] = useState('')
  const [articleId, setArticleId] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [author, setAuthor] = useState('')
  const [sort, setSort] = useState<Sort>('newest')
  const [page, setPage] = useState<NotebookPage | null>(null)
  const [dialog, setDialog] = useState<'none' | 'export' | 'import'>('none')
  const [version, setVersion] = useState(0)
  const [shownIds, setShownIds] = useState<string[] | undefined>(undefined)
  const input: Input<'annotations.query'> = {
    limit: PAGE,
    sort,
    query: query || undefined,
    tag: tag || undefined,
    color: color || undefined,
    lang: lang || undefined,
    articleId: articleId || undefined,
    from: from || undefined,
    to: to || undefined,
    author: author || undefined,
  }
  const key = JSON.stringify({ input, version })

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout>
    const ask = () => {
      void api['annotations.query']((JSON.parse(key) as { input: typeof input }).input).then(
        (r) => {
          if (!live) return
          if (!r.ok) return report(r.error.message)
          setPage(r.value)
          // The first page came before every note was read: ask again for the whole answer.
          if (r.value.partial) timer = setTimeout(ask, 300)
        },
      )
    }
    timer = setTimeout(ask, 120)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, report, key])

  // With filters on, the export can take exactly the notes shown: gather all their ids.
  const openExport = async () => {
    const filtered = !!(query || tag || color || lang || articleId || from || to)
    let ids: string[] | undefined
    if (filtered && page) {
      ids = []
      for (let offset = 0; offset < page.total; offset += 500) {
        const r = await api['annotations.query']({ ...input, limit: 500, offset })
        if (!r.ok) return report(r.error.message)
        ids.push(...r.value.items.map((i) => i.id))
      }
    }
    setShownIds(ids)
    setDialog('export')
  }

  const more = () => {
    if (!page) return
    void api['annotations.query']({ ...input, offset: page.items.length }).then((r) => {
      if (!r.ok) return report(r.error.message)
      setPage((p) => (p ? { ...r.value, items: [...p.items, ...r.value.items] } : r.value))
    })
  }

  const colourCount = (c: Color) => page?.colors.find((x) => x.color === c)?.count ?? 0
  return (
    <section className="notebook" aria-label={t('notebook.label')}>
      <header className="notebook-head">
        <h1>{t('notebook.label')}</h1>
        <p className="notebook-count" aria-live="polite">
          {page
            ? t(page.partial ? 'notebook.countPartial' : 'notebook.count', { count: page.total })
            : ''}
        </p>
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => setDialog('import')}>
          {t('notebook.import')}
        </button>
        <button type="button" onClick={() => void openExport()} disabled={!page?.total}>
          {t('notes.export')}
        </button>
      </header>
      {dialog === 'export' && (
        <ExportDialog
          scope={{
            ids: shownIds,
            tag: tag || undefined,
            articleId: articleId || undefined,
            articleTitle: page?.articles.find((a) => a.id === articleId)?.title,
          }}
          onClose={() => setDialog('none')}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          onClose={() => setDialog('none')}
          onImported={() => setVersion((v) => v + 1)}
        />
      )}
      <div className="notebook-filters">
        <input
          type="search"
          aria-label={t('notebook.search')}
          placeholder={t('notebook.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label={t('notebook.tag')} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('notes.allTags')}</option>
          {page?.tags.map((x) => (
            <option key={x.tag} value={x.tag}>
              {t('filters.withCount', { name: x.tag, count: x.count })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filters.language')}
          value={lang}
          onChange={(e) => setLang(e.target.value)}
        >
          <option value="">{t('notebook.allLanguages')}</option>
          {page?.languages.map((l) => (
            <option key={l.lang} value={l.lang}>
              {t('filters.withCount', { name: languageName(l.lang, t.lang), count: l.count })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('notebook.article')}
          value={articleId}
          onChange={(e) => setArticleId(e.target.value)}
        >
          <option value="">{t('notebook.allArticles')}</option>
          {page?.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {t('filters.withCount', {
                name: a.title.length > 60 ? `${a.title.slice(0, 59)}…` : a.title,
                count: a.count,
              })}
            </option>
          ))}
        </select>
        <label>
          {t('notebook.from')}{' '}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('notebook.to')}{' '}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        {(page?.authors.length ?? 0) > 0 && (
          <select
            aria-label={t('notebook.author')}
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
          >
            <option value="">{t('notebook.everyone')}</option>
            {page?.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {t('filters.withCount', {
                  name: a.colour ? a.name || t('notes.unnamedMember') : t('notes.you'),
                  count: a.count,
                })}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('filters.order')}
          value={sort}
          onChange={(e) => setSort(e.target.value as Sort)}
        >
          <option value="newest">{t('notebook.newest')}</option>
          <option value="oldest">{t('notebook.oldest')}</option>
          <option value="article">{t('notebook.byArticle')}</option>
        </select>
        <ColourFilter
          value={color}
          onChange={setColor}
          label={t('editor.colour')}
          labelFor={(c) =>
            t('filters.withCount', {
              name: t('colour.name', { colour: c }),
              count: colourCount(c),
            })
          }
        />
      </div>
      {page && page.total === 0 && (
        <p className="notebook-empty">
          {page.tags.length || query || tag || color || lang || articleId || from || to
            ? t('notes.noMatch')
            : t('notebook.empty')}
        </p>
      )}
      <ol className="notebook-list">
        {page?.items.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="notebook-entry"
              onClick={() => onOpenAt(a.articleId, a.id)}
            >
              <AnnotationSwatch
                color={a.color}
                member={a.colour ? { colour: a.colour, name: a.creator.name } : undefined}
              />
              <span className="entry-quote" lang={a.lang} dir="auto">
                {a.quote.exact}
              </span>
              {a.note && (
                <span
                  className="entry-note markdown"
                  dir="auto"
                  dangerouslySetInnerHTML={{ __html: renderNote(a.note) }}
                />
              )}
              <span className="entry-meta">
                <span className="entry-article" lang={a.lang} dir="auto">
                  {a.articleTitle}
                </span>
                {' · '}
                {formatDate(a.created.slice(0, 10), t.lang)}
                {(page?.authors.length ?? 0) > 0 && (
                  <span className="entry-author">
                    {' · '}
                    {a.colour ? a.creator.name : t('notes.you')}
                  </span>
                )}
                <TagChips tags={a.tags} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      {page && page.total > page.items.length && (
        <button type="button" className="load-more" onClick={more}>
          {t('notebook.more', { count: page.total - page.items.length })}
        </button>
      )}
    </section>
  )
}
