// What every export starts from: the chosen annotations grouped by article, each article with
// its catalog entry and its annotations in reading order, each with the ¶ number it falls in
// the current text (found again by anchoring when the text changed since), or none if not found.
import type { Annotation } from '../../src-shared/annotation'
import type { ArticleSummary } from '../../src-shared/article'
import { blockAt, paragraphNumbers } from '../../src-shared/text'
import { anchor } from '../annotations/anchoring'
import { canonicalTextFromJson } from '../library/canonical-json'
import type { Library } from '../library/library'

export interface ExportScope {
  articleId?: string | undefined
  tag?: string | undefined
  ids?: readonly string[] | undefined
}

export interface NoteItem {
  annotation: Annotation
  /** ¶ of the passage in the current text; null when it was not found there. */
  paragraph: number | null
}

export interface ArticleNotes {
  meta: ArticleSummary
  items: NoteItem[]
}

export function inScope(a: Annotation, scope: ExportScope): boolean {
  if (scope.articleId && a.articleId !== scope.articleId) return false
  if (scope.tag && !a.tags.includes(scope.tag)) return false
  if (scope.ids && !scope.ids.includes(a.id)) return false
  return true
}

/** A catalog entry for an article the library no longer has: its id stands in for its title. */
function missingArticle(id: string): ArticleSummary {
  return {
    id,
    title: id,
    lang: 'und',
    date: null,
    author: null,
    publication: null,
    section: null,
    sourceUrl: null,
    wordCount: 0,
    contentHash: '',
    translationGroup: null,
  }
}

export async function placeAll(
  library: Library | null,
  articleId: string,
  annotations: Annotation[],
): Promise<ArticleNotes> {
  // The text straight from the stored JSON: no ProseMirror document is needed to place notes.
  // One synchronous read of a small file costs a fraction of an asynchronous one's round trips
  // (thousands of articles in an export); the work between reads lets others in.
  const got = library ? await library.docJson(articleId, { blocking: true }) : null
  const meta = library?.summary(articleId) ?? null
  if (!got?.ok || !meta) {
    return {
      meta: meta ?? missingArticle(articleId),
      items: annotations.map((annotation) => ({ annotation, paragraph: null })),
    }
  }
  const { text, blocks } = canonicalTextFromJson(got.value)
  const numbers = paragraphNumbers(blocks)
  const placed = annotations.map((annotation) => {
    const at =
      annotation.contentHash === meta.contentHash &&
      text.slice(annotation.position.start, annotation.position.end) === annotation.quote.exact
        ? annotation.position
        : anchor(text, { quote: annotation.quote, position: annotation.position })
    return {
      annotation,
      start: at ? at.start : Number.MAX_SAFE_INTEGER,
      paragraph: at ? (numbers[blockAt(blocks, at.start)] ?? null) : null,
    }
  })
  placed.sort(
    (a, b) => a.start - b.start || a.annotation.created.localeCompare(b.annotation.created),
  )
  return { meta, items: placed.map(({ annotation, paragraph }) => ({ annotation, paragraph })) }
}

/** The annotations in `scope`, grouped by article id. */
export function groupByArticle(
  all: readonly Annotation[],
  scope: ExportScope,
): Map<string, Annotation[]> {
  const byArticle = new Map<string, Annotation[]>()
  for (const a of all) {
    if (!inScope(a, scope)) continue
    const list = byArticle.get(a.articleId)
    if (list) list.push(a)
    else byArticle.set(a.articleId, [a])
  }
  return byArticle
}

/** Runs `work` on every item, `width` at a time. */
export async function inPool<T>(
  items: Iterable<T>,
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await work(next)
    }),
  )
}

/** The annotations in `scope`, by article (articles by title), each in reading order. */
export async function collectNotes(
  all: readonly Annotation[],
  library: Library | null,
  scope: ExportScope,
  onProgress?: (done: number, total: number) => void,
): Promise<ArticleNotes[]> {
  const byArticle = groupByArticle(all, scope)
  const out: ArticleNotes[] = []
  let done = 0
  // A few articles at a time: reading one overlaps with placing another's passages.
  await inPool(byArticle, 6, async ([articleId, annotations]) => {
    out.push(await placeAll(library, articleId, annotations))
    onProgress?.(++done, byArticle.size)
  })
  return out.sort(
    (a, b) => a.meta.title.localeCompare(b.meta.title) || a.meta.id.localeCompare(b.meta.id),
  )
}
