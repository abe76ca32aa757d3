// Author lines in the languages of the archive: "By …", "Article by …", "Του …", "Γράφει ο …",
// "Автор: …", "Von …", "Par …", "Di …", "Por …", "Yazan: …", "بقلم …". A byline names a person
// or a body (docs/site-pages.md); the author is its name, without the titles after a comma
// ("By Giorgos Marinos, Member of the PB…" → "Giorgos Marinos"). Pure.

/**
 * Openings of a byline. Each is followed by a name, which starts with a capital letter (or a
 * letter of a script without case). Longer, unambiguous openings come first.
 */
const OPENINGS = [
  // en
  'article by the',
  'article by',
  'written by',
  'by',
  // el
  'άρθρο του',
  'άρθρο της',
  'γράφει ο',
  'γράφει η',
  'του',
  'της',
  // ru
  'автор:',
  'автор',
  'статья',
  // de
  'artikel von',
  'von',
  // fr
  'article de la',
  'article du',
  'article de',
  'par',
  // it
  'articolo della',
  'articolo del',
  'articolo di',
  'di',
  // es, pt
  'artículo de la',
  'artículo del',
  'artículo de',
  'artigo da',
  'artigo do',
  'artigo de',
  'por',
  // tr
  'yazan:',
  'yazar:',
  // ar
  'بقلم:',
  'بقلم',
  'مقال',
]

/** A name's first character: a capital, a letter of a script without case, or a quote. */
const NAME_START = /^[\p{Lu}\p{Lt}\p{Lo}«"“]/u

/** What follows the byline's opening, when `text` starts with one and a name follows it. */
function afterOpening(text: string): string | null {
  const lower = text.toLowerCase()
  for (const opening of OPENINGS) {
    if (!lower.startsWith(opening)) continue
    const rest = text.slice(opening.length)
    if (!/^\s/u.test(rest)) continue
    const name = rest.trimStart()
    if (NAME_START.test(name)) return name
  }
  return null
}

/** Longer than this, a line is a paragraph that happens to start like a byline. */
const MAX_CHARS = 200

/**
 * The author named by `block` if it is a byline, else null. A sentence that starts like one
 * ("By the end of the year, …") is not: the name must start with a capital and the line must
 * not hold a sentence end before its last word.
 */
export function bylineAuthor(block: string): string | null {
  const text = block.trim()
  if (text.length > MAX_CHARS || /[.!?]\s+\p{Lu}/u.test(text.replace(/\b\p{Lu}\.\s/gu, ''))) {
    return null
  }
  const rest = afterOpening(text)
  if (!rest) return null
  const name = rest
    .split(/,|\s[–—-]\s|\(/u)[0]!
    .replace(/^[«"“]|[»"”.:]+$/gu, '')
    .trim()
  return name.length >= 3 && name.split(/\s+/).length <= 16 ? name : null
}
