// Importer for Markdown files (notes, articles kept in Obsidian or Logseq, a text someone typed
// up): CommonMark with GitHub's extensions, parsed by mdast-util-from-markdown, and YAML front
// matter for the metadata (title, author, date, lang, source, section). Raw HTML in the file is
// not trusted and is left out; an image alone in a paragraph becomes a figure (its description
// and title), others their alt text. Pure: text in, document out.
import type { Nodes as MdNode, Parent as MdParent, PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import type { Mark, Node as PMNode } from 'prosemirror-model'
import { parse as parseYaml } from 'yaml'
import { articleSchema, pictureSource, safeHref } from '../../../src-shared/schema'
import { pictureAddress } from './page-pictures'
import { findFirstDate } from './dates'
import type { ImportedArticle } from './import-text'
import { typeset, typesetDoc } from './typography'
import { MessageError } from '../../core/error-reason'

export interface MarkdownImportInput {
  text: string
  /** The language to assume when the front matter does not say (a file name's, a guess). */
  lang: string | null
  /** The title to use when there is neither a front matter title nor a first-level heading. */
  fallbackTitle: string
}

export interface ImportedMarkdown extends ImportedArticle {
  lang: string
  section: string | null
  sourceUrl: string | null
  /** True if the front matter names the language (else it is the one given). */
  langDeclared?: boolean
}

const s = articleSchema
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i

function field(data: Record<string, unknown>, ...names: string[]): string | null {
  for (const name of names) {
    const value = data[name]
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (value instanceof Date && !Number.isNaN(value.getTime()))
      return value.toISOString().slice(0, 10)
    if (Array.isArray(value) && typeof value[0] === 'string') return value.join(', ')
  }
  return null
}

function frontMatter(root: Root, dropped: string[]): Record<string, unknown> {
  const node = root.children[0]
  if (node?.type !== 'yaml') return {}
  try {
    const data: unknown = parseYaml(node.value)
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {}
  } catch (error) {
    dropped.push(`front matter that is not valid YAML (${(error as Error).message.split('\n')[0]})`)
    return {}
  }
}

class Converter {
  constructor(private readonly dropped: Set<string>) {}

  inline(nodes: PhrasingContent[], marks: readonly Mark[] = []): PMNode[] {
    const out: PMNode[] = []
    // Inline raw HTML arrives as tags with the text between them: the text inside a script,
    // style or similar element is left out with its tags.
    let skipping: string | null = null
    for (const node of nodes) {
      if (skipping) {
        if (node.type === 'html' && node.value.toLowerCase().startsWith(`</${skipping}`))
          skipping = null
        continue
      }
      switch (node.type) {
        case 'text':
          if (node.value) out.push(s.text(node.value, marks))
          break
        case 'inlineCode':
          if (node.value) out.push(s.text(node.value, s.marks.code!.create().addToSet(marks)))
          break
        case 'emphasis':
          out.push(...this.inline(node.children, s.marks.em!.create().addToSet(marks)))
          break
        case 'strong':
          out.push(...this.inline(node.children, s.marks.strong!.create().addToSet(marks)))
          break
        case 'delete':
          out.push(...this.inline(node.children, marks))
          break
        case 'link': {
          const href = safeHref(node.url)
          if (!href) this.dropped.add('links that are not http, https or mailto')
          const linkMarks = href ? s.marks.link!.create({ href }).addToSet(marks) : marks
          out.push(...this.inline(node.children, linkMarks))
          break
        }
        case 'break':
          out.push(s.nodes.hard_break!.create())
          break
        case 'image':
          if (node.alt) out.push(s.text(node.alt, marks))
          this.dropped.add('images (their descriptions are kept)')
          break
        case 'html': {
          this.dropped.add('raw HTML')
          const open = /^<(script|style|iframe|object|template|noscript|textarea|title)\b/i.exec(
            node.value,
          )
          if (open && !node.value.toLowerCase().includes(`</${open[1]!.toLowerCase()}`))
            skipping = open[1]!.toLowerCase()
          break
        }
        case 'footnoteReference':
          out.push(
            s.text(`[${node.label ?? node.identifier}]`, s.marks.sup!.create().addToSet(marks)),
          )
          break
        default:
          if ('children' in node)
            out.push(...this.inline((node as MdParent).children as PhrasingContent[], marks))
      }
    }
    return out
  }

  textblock(
    type: 'paragraph' | 'heading',
    children: PhrasingContent[],
    attrs?: object,
  ): PMNode | null {
    const content = this.inline(children)
    if (!content.some((n) => n.isText && n.text!.trim())) return null
    return s.nodes[type]!.create(attrs ?? null, content)
  }

  blocks(nodes: RootContent[]): PMNode[] {
    const out: PMNode[] = []
    for (const node of nodes) {
      const converted = this.block(node)
      if (converted) out.push(...(Array.isArray(converted) ? converted : [converted]))
    }
    return out
  }

  block(node: MdNode): PMNode | PMNode[] | null {
    switch (node.type) {
      case 'paragraph': {
        // An image alone in its paragraph is a figure: its description, its title as caption.
        const only = node.children.length === 1 ? node.children[0] : null
        const source = only?.type === 'image' ? pictureSource(pictureAddress(only.url, null)) : ''
        if (only?.type === 'image' && (source || only.alt || only.title)) {
          if (!source) this.dropped.add('images (their descriptions are kept)')
          const caption = (only.title ?? '').trim()
          return s.nodes.figure!.create(
            { alt: (only.alt ?? '').trim().slice(0, 1000), source },
            caption ? s.text(caption) : null,
          )
        }
        return this.textblock('paragraph', node.children)
      }
      case 'heading':
        return this.textblock('heading', node.children, { level: node.depth })
      case 'thematicBreak':
        return s.nodes.horizontal_rule!.create()
      case 'blockquote': {
        const inner = this.blocks(node.children)
        return inner.length ? s.nodes.blockquote!.create(null, inner) : null
      }
      case 'list': {
        const items = node.children
          .map((item) => {
            const inner = this.blocks(item.children)
            // A list item starts with a paragraph in the schema.
            if (inner[0]?.type !== s.nodes.paragraph) inner.unshift(s.nodes.paragraph!.create())
            return s.nodes.list_item!.create(null, inner)
          })
          .filter((item) => item.textContent.trim())
        if (!items.length) return null
        return node.ordered
          ? s.nodes.ordered_list!.create({ order: node.start ?? 1 }, items)
          : s.nodes.bullet_list!.create(null, items)
      }
      case 'code': {
        const lines = node.value.split('\n')
        const content: PMNode[] = []
        lines.forEach((line, i) => {
          if (i) content.push(s.nodes.hard_break!.create())
          if (line) content.push(s.text(line, [s.marks.code!.create()]))
        })
        return content.some((n) => n.isText) ? s.nodes.paragraph!.create(null, content) : null
      }
      case 'table':
        // Each row a line, cells separated by a vertical bar: readable, and every word kept.
        return node.children
          .map((row) => {
            const cells = row.children.map((cell) => this.inline(cell.children))
            const content = cells.flatMap((cell, i) => (i ? [s.text(' | '), ...cell] : cell))
            return content.length ? s.nodes.paragraph!.create(null, content) : null
          })
          .filter((p): p is PMNode => p !== null)
      case 'footnoteDefinition': {
        const inner = this.blocks(node.children)
        const label = s.text(`[${node.label ?? node.identifier}] `, [s.marks.sup!.create()])
        const head = inner[0]
        if (head && head.type === s.nodes.paragraph)
          inner[0] = s.nodes.paragraph!.create(null, [label, ...head.children])
        return inner
      }
      case 'html':
        if (node.value.trim()) this.dropped.add('raw HTML')
        return null
      case 'yaml':
        return null
      default:
        return null
    }
  }
}

/** Imports one Markdown file. Throws an Error saying why when it holds no text. */
export function importMarkdown({
  text,
  lang: fallbackLang,
  fallbackTitle,
}: MarkdownImportInput): ImportedMarkdown {
  const dropped: string[] = []
  const root = fromMarkdown(text.normalize('NFC'), {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  })
  const data = frontMatter(root, dropped)
  const declared = field(data, 'lang', 'language')
  const lang = (declared && LANG_TAG.test(declared) ? declared : fallbackLang)?.toLowerCase()
  if (!lang)
    throw new MessageError({ key: 'addFiles.markdownNoLanguage', values: { field: 'lang: …' } })
  const droppedKinds = new Set<string>()
  const blocks = new Converter(droppedKinds).blocks(root.children)
  dropped.push(...droppedKinds)
  if (!blocks.some((b) => b.textContent.trim())) throw new MessageError({ key: 'addFiles.noText' })

  const first = blocks[0]!
  const firstIsTitle = first.type === s.nodes.heading && first.attrs.level === 1
  const title = field(data, 'title') ?? (firstIsTitle ? first.textContent.trim() : fallbackTitle)
  if (firstIsTitle && first.textContent.trim() === title) blocks.shift()
  // One h1, the title: headings in the text start at level 2.
  blocks.forEach((b, i) => {
    if (b.type === s.nodes.heading && b.attrs.level === 1)
      blocks[i] = s.nodes.heading!.create({ level: 2 }, b.content)
  })
  blocks.unshift(s.nodes.heading!.create({ level: 1 }, s.text(title)))
  const dateField = field(data, 'date', 'published', 'created')
  const date = dateField
    ? (/^\d{4}-\d{2}-\d{2}/.exec(dateField)?.[0] ?? findFirstDate(dateField))
    : null
  const source = field(data, 'source', 'url', 'link', 'source_url')
  const doc = typesetDoc(s.nodes.doc!.create(null, blocks), lang)
  doc.check()
  return {
    doc,
    title: typeset(title, lang),
    author: field(data, 'author', 'authors', 'by'),
    publication: field(data, 'publication', 'publisher'),
    date,
    dropped,
    notes: [],
    lang,
    langDeclared: Boolean(declared && LANG_TAG.test(declared)),
    section: field(data, 'section', 'category'),
    sourceUrl: source && /^https?:\/\//i.test(source) ? source : null,
  }
}
