// The shapes of real pages (docs/site-pages.md) in a saved web page's blocks, after Readability:
// labels over the title heading (the kicker: kept as the section, out of the text), and date
// lines, first-publication lines and bylines near either end (marked as such, and read into
// the article's date, publication and author). Pure: document blocks in, blocks and metadata
// out.
/// <reference lib="dom" />
import type { Node as PMNode } from 'prosemirror-model'
import { articleSchema } from '../../../src-shared/schema'
import { isTitleLike } from './article-head'
import { metaLine } from './meta-lines'

const schema = articleSchema
/** How far from either end metadata lines are looked for, and labels above the title. */
const SPAN = 4

export interface PageMeta {
  blocks: PMNode[]
  kicker: string | null
  date: string | null
  author: string | null
  publication: string | null
}

/** `blocks` with the kicker over `title` taken out and metadata lines marked as such. */
export function pageMeta(blocks: PMNode[], title: string, lang: string): PageMeta {
  const out = [...blocks]
  let kicker: string | null = null
  // The title heading (or paragraph) among the first blocks; short lines above it are labels.
  const at = out
    .slice(0, SPAN + 1)
    .findIndex((b) => b.isTextblock && b.textContent.trim() === title.trim())
  if (at > 0 && out.slice(0, at).every((b) => b.isTextblock && isTitleLike(b.textContent.trim()))) {
    kicker = out
      .slice(0, at)
      .map((b) => b.textContent.trim())
      .join(' · ')
    out.splice(0, at)
  }
  let date: string | null = null
  let author: string | null = null
  let publication: string | null = null
  for (const [i, block] of out.entries()) {
    if (i >= SPAN + 2 && i < out.length - SPAN) continue
    if (block.type !== schema.nodes.paragraph) continue
    const line = metaLine(block.textContent, lang)
    if (!line) continue
    if (line.kind === 'byline') {
      author ??= line.author
      out[i] = schema.nodes.byline!.create(null, block.content)
    } else {
      if (line.kind === 'published') publication ??= line.publication
      date ??= line.date
      out[i] = schema.nodes.dateline!.create(null, block.content)
    }
  }
  return { blocks: out, kicker, date, author, publication }
}

/**
 * The labels right above the page's title element (at most two short lines, as the sites set a
 * section or source line over the headline), taken out of the page before Readability reads
 * it, which keeps what stands above a title it removes. Returns their text, or null.
 */
export function takeKickerAbove(heading: Element | null): string | null {
  if (!heading) return null
  const labels: Element[] = []
  for (let el = heading.previousElementSibling; el && labels.length < 2;) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
    const prev: Element | null = el.previousElementSibling
    if (text) {
      if (text.length > 200 || !isTitleLike(text) || el.querySelector('a, img, ul, ol, table'))
        break
      labels.unshift(el)
    }
    el = prev
  }
  if (labels.length === 0) return null
  const kicker = labels.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' · ')
  for (const el of labels) el.remove()
  return kicker
}
