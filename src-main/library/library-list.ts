// Listing the library: one pass over the catalog's rows in the order asked for (stored newest
// first, so date order needs no sort), filtering by language, year, section, status and title,
// counting every facet over the rows the other filters pass, and the page of summaries asked for.
import type { ArticlePage, ParsedInput } from '../../src-shared/api'
import type { ArticleSummary } from '../../src-shared/article'
import { foldPhrase } from '../../src-shared/fold'
import { NO_SECTION, type Catalog } from './catalog/catalog'

export function createListing(
  catalog: Catalog,
  /** Rows left out (duplicates, damaged documents). */
  hidden: Uint8Array,
  isOwn: (row: number) => boolean,
  summaryOf: (row: number) => ArticleSummary,
) {
  const { count } = catalog
  // Many ids (a reader who opened thousands of articles): one pass over every id, decoded once;
  // else each id's row is looked up.
  const rowsOf = (ids: ReadonlySet<string>): Uint8Array => {
    const rows = new Uint8Array(count)
    if (ids.size > 2000) {
      const all = catalog.column('id')
      for (let i = 0; i < count; i++) if (ids.has(all[i]!)) rows[i] = 1
      return rows
    }
    for (const id of ids) {
      const row = catalog.indexOf(id)
      if (row >= 0) rows[row] = 1
    }
    return rows
  }

  /** Titles folded for the quick filter, row by row; made in the background after opening, in
   * steps that let requests in (50,000 take most of a second), or at once when a filter needs
   * them first. */
  const titleKeys: string[] = []
  const foldTitles = (upTo: number) => {
    for (let i = titleKeys.length; i < upTo; i++) titleKeys.push(foldPhrase(catalog.title(i)))
  }
  const folded = () => {
    foldTitles(count)
    return titleKeys
  }
  let titleOrder: Uint32Array | null = null
  const byTitle = () => {
    if (!titleOrder) {
      const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
      const titles = catalog.column('title') as string[]
      const rows = Array.from({ length: count }, (_, i) => i)
      rows.sort((a, b) => collator.compare(titles[a]!, titles[b]!) || a - b)
      titleOrder = Uint32Array.from(rows)
    }
    return titleOrder
  }
  // Rows from here on have no date (the catalog keeps them last).
  let undatedFrom = count
  while (undatedFrom > 0 && catalog.years[undatedFrom - 1] === 0) undatedFrom--
  function list(
    { offset, limit, lang, year, section, status, query, sort }: ParsedInput<'articles.list'>,
    opened: ReadonlySet<string> = new Set<string>(),
    annotated: ReadonlySet<string> = new Set<string>(),
    fresh: ReadonlySet<string> = new Set<string>(),
  ): ArticlePage {
    const needle = query ? foldPhrase(query) : ''
    const keys = needle ? folded() : null
    const langCode = lang === undefined ? -1 : catalog.languages.indexOf(lang)
    const langCounts = new Uint32Array(catalog.languages.length)
    const sectionCode = section === undefined ? -1 : catalog.sections.indexOf(section)
    const sectionCounts = new Uint32Array(catalog.sections.length)
    const yearCounts = new Map<number, number>()
    const items: ArticleSummary[] = []
    const order = sort === 'title' ? byTitle() : null
    const readRows = rowsOf(opened)
    const noteRows = rowsOf(annotated)
    const freshRows = rowsOf(fresh)
    let total = 0
    let read = 0
    let unread = 0
    let withNotes = 0
    let ownCount = 0
    let freshCount = 0
    for (let k = 0; k < count; k++) {
      // Stored newest first with undated rows last: date-desc is row order; date-asc takes the
      // dated rows backwards, then the undated ones.
      const i = order
        ? order[k]!
        : sort === 'date-asc'
          ? k < undatedFrom
            ? undatedFrom - 1 - k
            : k
          : k
      if (hidden[i] || (keys && !keys[i]!.includes(needle))) continue
      const y = catalog.years[i]!
      const isRead = readRows[i] === 1
      const hasNotes = noteRows[i] === 1
      const langOk = lang === undefined || catalog.langIndex[i] === langCode
      const yearOk = year === undefined || y === year
      const s = catalog.sectionIndex[i]!
      const sectionOk = section === undefined || s === sectionCode
      const own = isOwn(i)
      const isNew = freshRows[i] === 1
      const statusOk =
        status === undefined ||
        (status === 'annotated'
          ? hasNotes
          : status === 'own'
            ? own
            : status === 'new'
              ? isNew
              : (status === 'read') === isRead)
      // Each facet counts the articles that pass the other filters.
      if (yearOk && statusOk && sectionOk) langCounts[catalog.langIndex[i]!]!++
      if (langOk && statusOk && sectionOk && y) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1)
      if (langOk && yearOk && statusOk && s !== NO_SECTION) sectionCounts[s]!++
      if (langOk && yearOk && sectionOk) {
        if (isRead) read++
        else unread++
        if (hasNotes) withNotes++
        if (own) ownCount++
        if (isNew) freshCount++
      }
      if (!langOk || !yearOk || !statusOk || !sectionOk) continue
      if (total >= offset && items.length < limit)
        items.push(isNew ? { ...summaryOf(i), isNew } : summaryOf(i))
      total++
    }
    return {
      total,
      offset,
      items,
      languages: catalog.languages
        .map((l, code) => ({ lang: l, count: langCounts[code]! }))
        .filter((l) => l.count > 0)
        .sort((a, b) => b.count - a.count || a.lang.localeCompare(b.lang)),
      sections: catalog.sections
        .map((name, code) => ({ section: name, count: sectionCounts[code]! }))
        .filter((x) => x.count > 0)
        .sort((a, b) => b.count - a.count || a.section.localeCompare(b.section)),
      years: [...yearCounts]
        .map(([y, n]) => ({ year: y, count: n }))
        .sort((a, b) => b.year - a.year),
      status: { read, unread, annotated: withNotes, own: ownCount, new: freshCount },
    }
  }

  return {
    list,
    /** Folds `step` more titles for the quick filter; false once all are folded. */
    warmTitles(step: number): boolean {
      foldTitles(Math.min(count, titleKeys.length + step))
      return titleKeys.length < count
    },
  }
}
