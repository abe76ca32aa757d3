// Importer for articles saved as plain text from the KKE sites (the seed's format): paragraphs
// separated by blank lines (or single line breaks), the site's old-pages box first, then the
// head (labels over the title, the title, a subtitle or a photo caption: article-head.ts), date
// lines and bylines at either end (meta-lines.ts), section headings (short lines without a
// final full stop) and body paragraphs. Pure: text in, document and metadata out.
import type { Node as PMNode } from 'prosemirror-model'
import { typeset } from './typography'
import { articleSchema } from '../../../src-shared/schema'
import { isOldPagesHeading, isOldPagesSentence, looksLikeOldPagesBox } from './site-chrome'
import { findHead } from './article-head'
import { metaLine, type MetaLine } from './meta-lines'
import { paragraphs, rejoinBrokenParagraphs, SENTENCE_END } from './text-blocks'
import { MessageError } from '../../core/error-reason'
import { type Message } from '../../../src-shared/i18n/translate'

export interface TextImportInput {
  text: string
  lang: string
  /** The file name's or the address's last part, when known: the title is the line it names. */
  slug?: string | null
}

export interface ImportedArticle {
  doc: PMNode
  title: string
  author: string | null
  publication: string | null
  date: string | null
  /** A label over the title (the kicker), or the site's section, when known. */
  section: string | null
  /** What the importer left out and why, for the build summary. */
  dropped: string[]
  /** What the importer had to guess, for the import report's warnings. */
  notes: Message[]
}

type BlockKind =
  'title' | 'kicker' | 'subtitle' | 'caption' | 'heading' | 'paragraph' | 'byline' | 'dateline'

const HEADING_MAX_CHARS = 120
const HEADING_MAX_WORDS = 16
/** Metadata lines (dates, bylines, "Published in …") are looked for this far from either end. */
const META_SPAN = 4

function isHeadingLike(block: string): boolean {
  return (
    block.length <= HEADING_MAX_CHARS &&
    block.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !SENTENCE_END.test(block) &&
    // Uppercase, or a letter of a script without case (Arabic, Hebrew, CJK…).
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“«‘']/u.test(block)
  )
}

/** The old-pages box at the top, taken out; says what was dropped. */
function withoutBox(blocks: string[], dropped: string[]): string[] {
  if (blocks[0] !== undefined && isOldPagesHeading(blocks[0])) {
    dropped.push('site box "Links to the old web pages"')
    blocks = blocks.slice(1)
    if (blocks[0] !== undefined && isOldPagesSentence(blocks[0])) blocks = blocks.slice(1)
  } else if (blocks.length > 2 && looksLikeOldPagesBox(blocks[0]!, blocks[1])) {
    // A wording no table holds (a language new to us): known by its shape.
    dropped.push(`site box "${blocks[0]}"`)
    blocks = blocks.slice(2)
  }
  return blocks
}

/** The text of an article without the site's box, for guessing its language: pages of some
 * languages carry the box in English (docs/site-pages.md). */
export function textWithoutBox(text: string): string {
  return withoutBox(paragraphs(text), []).join('\n\n')
}

interface Shape {
  kinds: BlockKind[]
  meta: (MetaLine | null)[]
}

/** The role of every block: head (kicker, title…), metadata at either end, body. */
function shape(blocks: string[], lang: string, slug: string | null): Shape {
  const n = blocks.length
  const meta = blocks.map((block, i) =>
    i < META_SPAN + 2 || i >= n - META_SPAN ? metaLine(block, lang) : null,
  )
  const head = findHead(blocks, (i) => meta[i] !== null, slug)
  const kinds: BlockKind[] = blocks.map((block, i) => {
    const line = meta[i]
    if (line) return line.kind === 'byline' ? 'byline' : 'dateline'
    return head.roles.get(i) ?? (isHeadingLike(block) ? 'heading' : 'paragraph')
  })
  // A heading needs body text after it; a short last line is body text, not a heading.
  for (let i = kinds.length - 1; i >= 0 && kinds[i] !== 'paragraph'; i--) {
    if (kinds[i] === 'heading') kinds[i] = 'paragraph'
  }
  return { kinds, meta }
}

/** A title for an article whose text has none: its file name's words, or its first words. */
function derivedTitle(slug: string | null, first: string): string {
  const words = slug && !/^[-\d\s]*$/.test(slug) ? slug.split(/[-_\s]+/).filter(Boolean) : []
  if (words.length >= 2) {
    const text = words.join(' ')
    return text[0]!.toLocaleUpperCase() + text.slice(1)
  }
  const sentence = /^.+?[.!?;؟](?=\s|$)/u.exec(first)?.[0] ?? first
  if (sentence.length <= 120) return sentence
  return `${sentence.slice(0, 120).replace(/\s+\S*$/u, '')}…`
}

/** Imports one plain-text article. Throws if the text holds no article at all. */
export function importPlainText({ text, lang, slug = null }: TextImportInput): ImportedArticle {
  const dropped: string[] = []
  const blocks = rejoinBrokenParagraphs(withoutBox(paragraphs(text), dropped)).map((b) =>
    typeset(b, lang),
  )
  if (blocks.length === 0) throw new MessageError({ key: 'addFiles.noArticleText' })

  const { kinds, meta } = shape(blocks, lang, slug)
  const s = articleSchema
  let author: string | null = null
  let publication: string | null = null
  let date: string | null = null
  let title: string | null = null
  const kickers: string[] = []
  const nodes: PMNode[] = []
  for (const [i, block] of blocks.entries()) {
    const content = s.text(block)
    const line = meta[i]
    if (line?.kind === 'byline') author ??= line.author
    if (line?.kind === 'published') publication ??= line.publication
    if (line && line.kind !== 'byline') date ??= line.date
    switch (kinds[i]) {
      case 'title':
        title = block
        nodes.push(s.nodes.heading!.create({ level: 1 }, content))
        break
      case 'kicker':
        // A label over the headline is the article's section, not its text (#18).
        kickers.push(block)
        break
      case 'subtitle':
      case 'heading':
        nodes.push(s.nodes.heading!.create({ level: 2 }, content))
        break
      case 'caption':
        nodes.push(s.nodes.figure!.create(null, content))
        break
      case 'byline':
        nodes.push(s.nodes.byline!.create(null, content))
        break
      case 'dateline':
        nodes.push(s.nodes.dateline!.create(null, content))
        break
      default:
        nodes.push(s.nodes.paragraph!.create(null, content))
    }
  }
  const notes: Message[] = []
  if (title === null) {
    const first = blocks.find((_, i) => kinds[i] === 'paragraph') ?? blocks[0]!
    title = derivedTitle(slug, first)
    notes.push({ key: 'addFiles.titleMade' })
    nodes.unshift(s.nodes.heading!.create({ level: 1 }, s.text(title)))
  }
  if (kickers.length > 0)
    dropped.push(`label over the title kept as the section: "${kickers.join(' · ')}"`)
  const doc = s.nodes.doc!.create(null, nodes)
  doc.check()
  return {
    doc,
    title,
    author,
    publication,
    date,
    section: kickers.length > 0 ? kickers.join(' · ') : null,
    dropped,
    notes,
  }
}
