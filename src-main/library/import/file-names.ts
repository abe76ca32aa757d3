// What a file's name says about the article in it: `<slug>.<lang>.<ext>` gives its slug and
// language, `<slug>.<ext>` its slug only. A middle part that is no language Intl knows
// ("statement.final.txt", "notes.kke.txt") is part of the slug. Pure.
import { extname } from 'node:path'

const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })

/** True if `tag` names a language (en, el, pt-BR), not just any two or three letters. */
export function isLanguageTag(tag: string): boolean {
  if (!LANG.test(tag)) return false
  try {
    return languageNames.of(tag.split('-')[0]!) !== undefined
  } catch {
    return false
  }
}

/** `<slug>.<lang>.<ext>` → { slug, lang, ext }; `<slug>.<ext>` → { slug, lang: null, ext }. */
export function parseFileName(name: string): { slug: string; lang: string | null; ext: string } {
  const base = name.split(/[\\/]/).pop() ?? name
  const ext = extname(base).toLowerCase()
  const stem = base.slice(0, base.length - ext.length)
  const dot = stem.lastIndexOf('.')
  const lang = dot > 0 ? stem.slice(dot + 1) : ''
  return isLanguageTag(lang)
    ? { slug: stem.slice(0, dot), lang, ext }
    : { slug: stem, lang: null, ext }
}

/** An id part from a title or file name: lower case, letters and digits joined by hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
  return slug || 'article'
}
