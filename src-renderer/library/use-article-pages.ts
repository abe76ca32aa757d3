// The library list's data: rows fetched from the API a page at a time, as the visible range
// needs them, and kept until the filters change. A list of 50,000 articles costs the renderer
// only the pages the reader has scrolled past.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiClient, ArticlePage, Input } from '../../src-shared/api'
import type { ArticleSummary } from '../../src-shared/article'

export const PAGE_SIZE = 200

export type LibraryFilters = Pick<
  Input<'articles.list'>,
  'lang' | 'year' | 'section' | 'status' | 'query' | 'sort'
> & {
  /** Changes when the library itself changed: every page is fetched again. */
  version?: number
}

export interface ArticlePages {
  /** null until the first page has arrived. */
  total: number | null
  languages: ArticlePage['languages']
  years: ArticlePage['years']
  sections: ArticlePage['sections']
  status: ArticlePage['status']
  problem: string | null
  /** The row at index i, or undefined while its page is loading. */
  rowAt(i: number): ArticleSummary | undefined
  /** Asks for the pages that cover rows start..end (inclusive). */
  ensure(start: number, end: number): void
  /** Ids in list order, of the pages loaded so far (for previous / next article). */
  loadedIds(): string[]
}

export function useArticlePages(api: ApiClient, filters: LibraryFilters): ArticlePages {
  const [total, setTotal] = useState<number | null>(null)
  const [facets, setFacets] = useState<
    Pick<ArticlePage, 'languages' | 'years' | 'sections' | 'status'>
  >({
    languages: [],
    years: [],
    sections: [],
    status: { read: 0, unread: 0, annotated: 0, own: 0, new: 0 },
  })
  const [problem, setProblem] = useState<string | null>(null)
  const [, setVersion] = useState(0)
  const pages = useRef(new Map<number, ArticleSummary[]>())
  const pending = useRef(new Set<number>())
  const generation = useRef(0)
  const { lang, year, section, status, query, sort, version } = filters

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return
      pending.current.add(page)
      const mine = generation.current
      void api['articles.list']({
        lang,
        year,
        section,
        status,
        query,
        sort,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }).then((r) => {
        if (mine !== generation.current) return
        pending.current.delete(page)
        if (!r.ok) return setProblem(r.error.message)
        pages.current.set(page, r.value.items)
        setTotal(r.value.total)
        // Every page of one query has the same counts: take them once.
        if (page === 0) {
          const { languages, years, sections, status } = r.value
          setFacets({ languages, years, sections, status })
        }
        setProblem(null)
        setVersion((v) => v + 1)
      })
    },
    // `version` is not sent: a new one only makes this a new loader, which starts afresh.
    [api, lang, year, section, status, query, sort, version],
  )

  // New filters: forget every page and start again from the top.
  useEffect(() => {
    generation.current++
    pages.current = new Map()
    pending.current = new Set()
    setTotal(null)
    load(0)
  }, [load])

  return {
    total,
    languages: facets.languages,
    years: facets.years,
    sections: facets.sections,
    status: facets.status,
    problem,
    rowAt: (i) => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE],
    ensure: (start, end) => {
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) load(p)
    },
    loadedIds: () =>
      [...pages.current.keys()]
        .sort((a, b) => a - b)
        .flatMap((p) => pages.current.get(p)!.map((a) => a.id)),
  }
}
