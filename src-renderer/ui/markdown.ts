// Notes are Markdown; this renders them for the preview, the sidebar and the notebook. Raw HTML
// in a note is shown as text, never run, and links are limited to http(s) and mailto.
import MarkdownIt from 'markdown-it'
import { safeHref } from '../../src-shared/schema'

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: true })
md.validateLink = (url) => safeHref(url) !== null

/** HTML for a note (safe to insert: markdown-it escapes everything it does not produce). */
export function renderNote(source: string): string {
  return md.render(source)
}
