// Lines of an article that are metadata, not text: a date line ("09.05.2024", "Athens
// 7/1/2013"), a first-publication line ("Published in Rizospastis, Saturday 22 January 2022",
// "Publicado en …", "Δημοσιεύτηκε στον …", "Опубликовано в …") and a byline. The importers ask
// of the lines at the top and the bottom of an article only (docs/site-pages.md). Pure.
import { bylineAuthor } from './bylines'
import { dateLineDate, findDates, findFirstDate } from './dates'

export type MetaLine =
  | { kind: 'date'; date: string }
  | { kind: 'published'; publication: string | null; date: string | null }
  | { kind: 'byline'; author: string }

/**
 * "Published in/on/by", "First published", and the same in the archive's languages. What
 * follows is the publication, up to a comma, and a date.
 */
const PUBLISHED = new RegExp(
  '^(?:first\\s+)?(?:published|originally published|publicado|publicada|publié|publiée|' +
    'pubblicato|pubblicata|veröffentlicht|erschienen|опубликовано|опубликована|' +
    'δημοσιεύτηκε|δημοσιευμένο|yayınlandı|نشر|نُشر)' +
    '(?:\\s+(?:in|on|by|en|em|no|na|dans|le|sur|in der|im|nel|nella|sul|в|στον|στην|στο|στη|في))?\\s+(.+)$',
  'iu',
)

/** Longer than this, a line is a paragraph. */
const MAX_CHARS = 300

function publicationOf(rest: string, lang: string): string | null {
  // "Published on 3 March 2021" names no publication.
  if (findDates(rest, lang)[0]?.start === 0) return null
  const name = rest
    .split(/,|\s[–—-]\s|\s\(/u)[0]!
    .replace(/[«»"“”]/gu, '')
    .trim()
  return name && !/^\d/.test(name) ? name : null
}

/** What metadata `block` is, in an article in `lang`, or null for text. */
export function metaLine(block: string, lang: string): MetaLine | null {
  const text = block.trim()
  if (text.length > MAX_CHARS) return null
  const published = PUBLISHED.exec(text)
  if (published) {
    const date = findFirstDate(text, lang)
    return { kind: 'published', publication: publicationOf(published[1]!, lang), date }
  }
  const date = dateLineDate(text, lang)
  if (date) return { kind: 'date', date }
  const author = bylineAuthor(text)
  return author ? { kind: 'byline', author } : null
}
