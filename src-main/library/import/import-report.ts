// What an import found in a file (title, language, date, author, section) and what looks wrong
// in it, for the import report of `archive:build` and of adding files (#18): a title too long
// to be one, a title that is the site's box heading, a body that opens with the box's sentence,
// no date, a title made up, a language guessed. Pure.
import type { Node as PMNode } from 'prosemirror-model'
import { isOldPagesHeading, isOldPagesSentence } from './site-chrome'
import { type Message } from '../../../src-shared/i18n/translate'

export interface ImportReport {
  title: string
  lang: string
  /** The language was guessed from the text (the file name does not say it). */
  langGuessed: boolean
  date: string | null
  author: string | null
  section: string | null
  /** Plain sentences, each a reason to look at the article. */
  warnings: Message[]
}

/** Longer than this, a "title" is most likely a paragraph taken for one. */
export const TITLE_WARN_CHARS = 200

interface Imported {
  doc: PMNode
  title: string
  lang: string
  date: string | null
  author: string | null
  section: string | null
  notes: Message[]
}

/** The first text block after the title. */
function firstBodyText(doc: PMNode): string {
  for (let i = 0; i < doc.childCount; i++) {
    const node = doc.child(i)
    if (node.type.name === 'heading' && node.attrs.level === 1) continue
    if (node.textContent.trim()) return node.textContent.trim()
  }
  return ''
}

export function importReport(article: Imported, langGuessed: boolean): ImportReport {
  const warnings: Message[] = []
  const { title, lang } = article
  const opening = firstBodyText(article.doc)
  if (title.length > TITLE_WARN_CHARS)
    warnings.push({ key: 'addFiles.longTitle', values: { count: title.length } })
  if (isOldPagesHeading(title)) warnings.push({ key: 'addFiles.titleIsBox' })
  if (isOldPagesSentence(opening) && /KKE|ΚΚΕ|КПГ|ККЕ/u.test(opening))
    warnings.push({ key: 'addFiles.opensWithBox' })
  if (!article.date) warnings.push({ key: 'addFiles.dateMissing' })
  warnings.push(...article.notes)
  if (langGuessed)
    warnings.push({ key: 'addFiles.languageGuessed', values: { lang: { language: lang } } })
  return {
    title,
    lang,
    langGuessed,
    date: article.date,
    author: article.author,
    section: article.section,
    warnings,
  }
}
