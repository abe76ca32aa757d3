// Importer for articles saved as plain text from the KKE sites (the seed's format): paragraphs
// separated by blank lines, the site's old-pages box first, then a title line, section headings
// (short lines without a final full stop), body paragraphs, and at the end a byline ("By …")
// and the first-publication line ("Published in …"). Pure: text in, document and metadata out.
import type { Node as PMNode } from 'prosemirror-model'
import { typeset } from './typography'
import { articleSchema } from '../../src-shared/schema'
import { isOldPagesHeading, isOldPagesSentence, looksLikeOldPagesBox } from './site-chrome'
import { findFirstDate } from './dates'

export interface TextImportInput {
  text: string
  lang: string
}

export interface ImportedArticle {
  doc: PMNode
  title: string
  author: string | null
  publication: string | null
  date: string | null
  /** What the importer left out and why, for the build summary. */
  dropped: string[]
}

type BlockKind = 'title' | 'heading' | 'paragraph' | 'byline' | 'dateline'

/** A block that ends a sentence (closing quotes and brackets after the mark allowed). */
const SENTENCE_END = /[.!?;:…؟؛。]['"”’»)\]]*$/u
const HEADING_MAX_CHARS = 120
const HEADING_MAX_WORDS = 16

/**
 * Paragraphs of a plain-text file: runs of non-blank lines, inner line breaks folded to spaces.
 * A text with no blank line at all but several lines (pages saved with single line breaks
 * between paragraphs, docs/site-pages.md) has one paragraph a line.
 */
function paragraphs(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n').normalize('NFC')
  const blankLines = /\n[ \t]*\n/.test(normal.trim())
  const lines = normal.trim().split('\n').length
  return normal
    .split(blankLines || lines < 3 ? /\n[ \t]*\n/ : /\n/)
    .map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((block) => block.length > 0)
}

/**
 * Saved pages sometimes split a paragraph mid-sentence across a blank line. A block that starts
 * in lowercase after a block with no closing punctuation is its continuation.
 */
const MAX_JOINED = 20_000

function rejoinBrokenParagraphs(blocks: string[]): string[] {
  // Linear: the parts of a paragraph are gathered and joined once, and only the last part
  // (where the paragraph ends) is tested, never the growing whole.
  // The first block is the title and is never continued; no paragraph grows past a length no
  // real one has (a file with no sentence ends at all would otherwise become one block).
  const out: string[][] = []
  let length = 0
  for (const block of blocks) {
    const parts = out.at(-1)
    const join =
      parts &&
      out.length > 1 &&
      length + block.length < MAX_JOINED &&
      !endsSentence(parts.at(-1)!) &&
      /^\p{Ll}/u.test(block)
    if (join) {
      parts.push(block)
      length += block.length + 1
    } else {
      out.push([block])
      length = block.length
    }
  }
  return out.map((parts) => parts.join(' '))
}

/** SENTENCE_END on the end of a block alone: a regex anchored at `$` still scans from the start. */
function endsSentence(block: string): boolean {
  return SENTENCE_END.test(block.slice(-16))
}

function isHeadingLike(block: string): boolean {
  return (
    block.length <= HEADING_MAX_CHARS &&
    block.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !SENTENCE_END.test(block) &&
    // Uppercase, or a letter of a script without case (Arabic, Hebrew, CJK…).
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“«‘']/u.test(block)
  )
}

const BYLINE = /^By\s+(.+)$/u
const DATELINE = /^(?:First\s+)?Published\s+(?:in|on|by)\s+(.+)$/iu

function classify(blocks: string[]): BlockKind[] {
  const kinds: BlockKind[] = blocks.map((block, i) => {
    if (i === 0) return 'title'
    if (BYLINE.test(block) && block.length < 300) return 'byline'
    if (DATELINE.test(block) && block.length < 300) return 'dateline'
    return isHeadingLike(block) ? 'heading' : 'paragraph'
  })
  // A heading needs body text after it; a short last line is body text, not a heading.
  for (let i = kinds.length - 1; i >= 0 && kinds[i] !== 'paragraph'; i--) {
    if (kinds[i] === 'heading') kinds[i] = 'paragraph'
  }
  return kinds
}

function authorOf(byline: string): string | null {
  const name = BYLINE.exec(byline)?.[1]
  return name ? (name.split(',')[0]?.trim() ?? null) : null
}

function publicationOf(dateline: string): string | null {
  const rest = DATELINE.exec(dateline)?.[1]
  return rest ? (rest.split(',')[0]?.trim() ?? null) : null
}

/** Imports one plain-text article. Throws if the text holds no article at all. */
export function importPlainText({ text, lang }: TextImportInput): ImportedArticle {
  const dropped: string[] = []
  let blocks = paragraphs(text)
  if (blocks[0] !== undefined && isOldPagesHeading(blocks[0])) {
    dropped.push('site box "Links to the old web pages"')
    blocks = blocks.slice(1)
    if (blocks[0] !== undefined && isOldPagesSentence(blocks[0])) blocks = blocks.slice(1)
  } else if (blocks.length > 2 && looksLikeOldPagesBox(blocks[0]!, blocks[1])) {
    // A wording no table holds (a language new to us): known by its shape.
    dropped.push(`site box "${blocks[0]}"`)
    blocks = blocks.slice(2)
  }
  blocks = rejoinBrokenParagraphs(blocks).map((b) => typeset(b, lang))
  if (blocks.length === 0) throw new Error('The file holds no article text.')

  const kinds = classify(blocks)
  const s = articleSchema
  let author: string | null = null
  let publication: string | null = null
  let date: string | null = null
  const nodes = blocks.map((block, i) => {
    const content = s.text(block)
    switch (kinds[i]) {
      case 'title':
        return s.nodes.heading!.create({ level: 1 }, content)
      case 'heading':
        return s.nodes.heading!.create({ level: 2 }, content)
      case 'byline':
        author ??= authorOf(block)
        return s.nodes.byline!.create(null, content)
      case 'dateline':
        publication ??= publicationOf(block)
        date ??= findFirstDate(block)
        return s.nodes.dateline!.create(null, content)
      default:
        return s.nodes.paragraph!.create(null, content)
    }
  })
  const doc = s.nodes.doc!.create(null, nodes)
  doc.check()
  return { doc, title: blocks[0]!, author, publication, date, dropped }
}
