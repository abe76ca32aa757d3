// Annotations as CSV for spreadsheets: one row each, a header row, RFC 4180 quoting (by
// csv-stringify), and a byte-order mark so spreadsheet programs read the UTF-8 right.
import { stringify } from 'csv-stringify/sync'
import { annotationLink } from '../../src-shared/citation'
import type { ArticleNotes } from './article-notes'

const COLUMNS = [
  'id',
  'article_id',
  'article_title',
  'language',
  'paragraph',
  'quote',
  'note',
  'tags',
  'colour',
  'created',
  'modified',
  'creator',
  'link',
  'source',
] as const

export function toCsv(all: ArticleNotes[]): string {
  const rows = all.flatMap(({ meta, items }) =>
    items.map(({ annotation: a, paragraph }) => [
      a.id,
      a.articleId,
      meta.title,
      meta.lang,
      paragraph ?? '',
      a.quote.exact,
      a.note,
      a.tags.join(', '),
      a.color,
      a.created,
      a.modified,
      a.creator.name || a.creator.id,
      annotationLink(a.articleId, a.id),
      meta.sourceUrl ?? '',
    ]),
  )
  // Cells that a spreadsheet would run as a formula are prefixed with a quote mark.
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
  )
  return `\ufeff${stringify([COLUMNS as unknown as string[], ...safe], {
    record_delimiter: '\r\n',
    // Any line break in a cell, not only the record delimiter, needs quotes.
    quoted_match: /[\r\n]/,
  })}`
}
