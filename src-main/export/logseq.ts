// Logseq's outline, for the Logseq flavour of the Markdown export: page properties on top
// (`key:: value`), each annotation a `- ` block holding its quote with its properties (`id::`,
// so that block references to it survive the next export), the note as child blocks.
import { createHash } from 'node:crypto'
import type { ArticleSummary } from '../../src-shared/article'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/**
 * The block id of an annotation: its own id when it is a UUID (as the app makes them), else a
 * UUID made from it (imported notes), the same at every export. Logseq and Obsidian refer to
 * blocks by it.
 */
export function blockUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase()
  const h = createHash('sha1').update(`scholion:${id}`).digest('hex')
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** A property value on one line: Logseq reads a property up to the end of its line. */
export function propertyValue(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** The page's properties: what the front matter says elsewhere. */
export function pageProperties(
  meta: ArticleSummary,
  tags: readonly string[],
  count: number,
): string {
  const props: [string, string | number | null][] = [
    ['title', meta.title],
    ['author', meta.author],
    ['date', meta.date],
    ['language', meta.lang],
    ['publication', meta.publication],
    ['section', meta.section],
    ['source', meta.sourceUrl],
    ['tags', tags.length ? tags.join(', ') : null],
    ['scholion-id', meta.id],
    ['annotations', count],
  ]
  return props
    .filter((p): p is [string, string | number] => p[1] !== null && p[1] !== '')
    .map(([key, value]) => `${key}:: ${propertyValue(String(value))}`)
    .join('\n')
}

/** Markdown of several lines as the content of a block: the lines after the first indented. */
export function blockContent(markdown: string, indent = '  '): string {
  return markdown
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line))
    .join('\n')
}

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/

/** Paragraphs of a note, with code fences kept whole. */
function paragraphs(note: string): string[] {
  const out: string[] = []
  let current: string[] = []
  let fenced = false
  for (const line of note.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    if (!fenced && line.trim() === '') {
      if (current.length) out.push(current.join('\n'))
      current = []
    } else current.push(line)
  }
  if (current.length) out.push(current.join('\n'))
  return out
}

/** A note as child blocks of the annotation's block: a block per paragraph and per list item. */
/** A line Logseq would read as a property of its block (`id:: …`). */
const PROPERTY_LINE = /^(\s*)([^\s:]+::)/gm

/** A note's text as block content: a line shaped like a property gets a zero-width space in
 * front, so that a note (another member's, say) cannot set its block's `id::` or other
 * properties; it reads the same. */
const inert = (text: string) => text.replace(PROPERTY_LINE, '$1\u200b$2')

export function noteBlocks(note: string): string {
  const blocks: string[] = []
  for (const paragraph of paragraphs(note.trim())) {
    const lines = paragraph.split('\n')
    if (lines.every((l) => LIST_ITEM.test(l))) {
      for (const l of lines) blocks.push(l.replace(/^[-*+]\s+/, ''))
    } else blocks.push(paragraph)
  }
  return blocks.map((b) => `\t- ${blockContent(inert(b), '\t  ')}`).join('\n')
}
