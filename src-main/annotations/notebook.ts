// The notebook's query: every annotation in the library filtered by tag, colour, language,
// article, date and words (in the quote, note or tags), sorted, paged, with counts for each
// filter. A pure function over the annotations and the catalog.
import type { NotebookPage, ParsedInput } from '../../src-shared/api'
import type { Annotation, NotebookEntry, TagCount } from '../../src-shared/annotation'
import type { ArticleSummary } from '../../src-shared/article'
import { foldQuery } from '../../src-shared/fold'

type Query = ParsedInput<'annotations.query'>

function countBy<K>(items: readonly Annotation[], key: (a: Annotation) => K | K[]): Map<K, number> {
  const counts = new Map<K, number>()
  for (const a of items) {
    const k = key(a)
    for (const one of Array.isArray(k) ? k : [k]) counts.set(one, (counts.get(one) ?? 0) + 1)
  }
  return counts
}

/** Tags by how often they are used, then alphabetically. */
export function tagCounts(items: readonly Annotation[]): TagCount[] {
  return [...countBy(items, (a) => a.tags)]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}

export function queryNotebook(
  all: readonly Annotation[],
  q: Query,
  summaryOf: (articleId: string) => ArticleSummary | null,
  /** Other members' colours by their id (their annotations are in `all` too). */
  colours: ReadonlyMap<string, string> = new Map(),
): NotebookPage {
  const summaries = new Map<string, ArticleSummary | null>()
  const summary = (id: string) => {
    if (!summaries.has(id)) summaries.set(id, summaryOf(id))
    return summaries.get(id)!
  }
  const langOf = (a: Annotation) => summary(a.articleId)?.lang ?? 'und'
  const words = q.query ? foldQuery(q.query) : ''
  const matchesWords = (a: Annotation) =>
    !words ||
    foldQuery(`${a.quote.exact} ${a.note} ${a.tags.join(' ')}`).includes(words) ||
    foldQuery(summary(a.articleId)?.title ?? '').includes(words)

  // Each facet counts what the other filters leave, so choosing one value shows what remains.
  const pass = {
    tag: (a: Annotation) => !q.tag || a.tags.includes(q.tag),
    color: (a: Annotation) => !q.color || a.color === q.color,
    lang: (a: Annotation) => !q.lang || langOf(a) === q.lang,
    article: (a: Annotation) => !q.articleId || a.articleId === q.articleId,
    date: (a: Annotation) =>
      (!q.from || a.created.slice(0, 10) >= q.from) && (!q.to || a.created.slice(0, 10) <= q.to),
    words: matchesWords,
    author: (a: Annotation) => !q.author || a.creator.id === q.author,
  }
  const checks = Object.entries(pass) as [keyof typeof pass, (a: Annotation) => boolean][]
  const except = (skip: keyof typeof pass) =>
    all.filter((a) => checks.every(([k, f]) => k === skip || f(a)))
  const matching = all.filter((a) => checks.every(([, f]) => f(a)))

  const sorted = [...matching]
  if (q.sort === 'oldest') sorted.sort((a, b) => a.created.localeCompare(b.created))
  else if (q.sort === 'article') {
    sorted.sort(
      (a, b) =>
        (summary(a.articleId)?.title ?? a.articleId).localeCompare(
          summary(b.articleId)?.title ?? b.articleId,
        ) ||
        a.articleId.localeCompare(b.articleId) ||
        a.position.start - b.position.start,
    )
  } else sorted.sort((a, b) => b.created.localeCompare(a.created))

  const items: NotebookEntry[] = sorted.slice(q.offset, q.offset + q.limit).map((a) => ({
    ...a,
    articleTitle: summary(a.articleId)?.title ?? a.articleId,
    lang: langOf(a),
    ...(colours.has(a.creator.id) ? { colour: colours.get(a.creator.id)! } : {}),
  }))
  const names = new Map(all.map((a) => [a.creator.id, a.creator.name]))
  const byCount = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1])
  return {
    total: matching.length,
    offset: q.offset,
    items,
    tags: tagCounts(except('tag')),
    colors: byCount(countBy(except('color'), (a) => a.color)).map(([color, count]) => ({
      color,
      count,
    })),
    languages: byCount(countBy(except('lang'), langOf)).map(([lang, count]) => ({ lang, count })),
    articles: byCount(countBy(except('article'), (a) => a.articleId)).map(([id, count]) => ({
      id,
      title: summary(id)?.title ?? id,
      count,
    })),
    authors:
      colours.size === 0
        ? []
        : byCount(countBy(except('author'), (a) => a.creator.id)).map(([id, count]) => ({
            id,
            name: names.get(id) ?? '',
            count,
            ...(colours.has(id) ? { colour: colours.get(id)! } : {}),
          })),
  }
}
