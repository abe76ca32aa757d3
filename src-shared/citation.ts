// How a passage is cited: title, author, date, paragraph and a link, as one line of text.
import type { ArticleSummary } from './article'
import { formatDate } from './lang'

/** The link that leads back to a paragraph: the app's own deep link, which always works offline. */
export function paragraphLink(articleId: string, paragraph: number): string {
  return `scholion://article/${encodeURIComponent(articleId)}#para-${paragraph}`
}

/** The deep link to one annotation's passage, stable across versions of the text. */
export function annotationLink(articleId: string, annotationId: string): string {
  return `scholion://article/${encodeURIComponent(articleId)}#annotation-${encodeURIComponent(annotationId)}`
}

/** `“Title”, Author, 22 January 2022, ¶ 12. <source or deep link>` (missing parts left out). */
export function citeParagraph(meta: ArticleSummary, paragraph: number): string {
  const parts = [`“${meta.title}”`, meta.author, formatDate(meta.date), `¶ ${paragraph}`].filter(
    Boolean,
  )
  const link = meta.sourceUrl ?? paragraphLink(meta.id, paragraph)
  return `${parts.join(', ')}. ${link}`
}

/** A quoted passage with its citation: `“words…” — “Title”, Author, date, ¶ 12. <link>`. */
export function citeQuote(meta: ArticleSummary, quote: string, paragraph: number | null): string {
  const words = quote.replace(/\s+/g, ' ').trim()
  const cite =
    paragraph === null
      ? `“${meta.title}”${meta.author ? `, ${meta.author}` : ''}. ${meta.sourceUrl ?? paragraphLink(meta.id, 1)}`
      : citeParagraph(meta, paragraph)
  return `“${words}” — ${cite}`
}
