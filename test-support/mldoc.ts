// Logseq's own Markdown parser (mldoc, published on npm by Logseq's authors), for tests that
// check what Logseq reads in an export: page properties, blocks with their properties, quotes.
import { createRequire } from 'node:module'

type Node = [string, ...unknown[]]
type Positioned = [Node, { start_pos: number; end_pos: number }]

const { Mldoc } = createRequire(import.meta.url)('mldoc') as {
  Mldoc: { parseJson(text: string, config: string): string }
}

const CONFIG = JSON.stringify({
  toc: false,
  parse_outline_only: false,
  heading_number: false,
  keep_line_break: true,
  format: 'Markdown',
  heading_to_list: false,
  exporting_keep_properties: true,
  inline_type_with_pos: false,
  inline_skip_macro: false,
  export_md_remove_options: [],
  hiccup_in_block: true,
})

export interface LogseqBlock {
  level: number
  /** The block's first line as text. */
  title: string
  properties: Record<string, string>
  /** The text of its quotes (paragraphs joined by blank lines, line breaks kept). */
  quotes: string[]
  /** Highlighted (==marked==) text in it. */
  highlights: string[]
  tags: string[]
  /** Everything else in it, as text. */
  text: string
}

export interface LogseqPage {
  properties: Record<string, string>
  blocks: LogseqBlock[]
}

/** The text of inline nodes (marks, emphasis and links by their text). */
function inlineText(nodes: unknown[], found: { highlights: string[]; tags: string[] }): string {
  let out = ''
  for (const n of nodes as Node[]) {
    const [kind, value] = n
    if (kind === 'Plain') out += value as string
    else if (kind === 'Break_Line' || kind === 'Hard_Break_Line') out += '\n'
    else if (kind === 'Emphasis') {
      const [[style], inner] = value as [[string], unknown[]]
      const text = inlineText(inner, found)
      if (style === 'Highlight') found.highlights.push(text)
      out += text
    } else if (kind === 'Tag') {
      const text = inlineText(value as unknown[], found)
      found.tags.push(text)
      out += `#${text}`
    } else if (kind === 'Link') {
      const link = value as { label: unknown[]; url: [string, unknown] }
      out += inlineText(link.label, found)
    } else if (kind === 'Code' || kind === 'Verbatim') out += value as string
    else if (kind === 'Entity') out += (value as { unicode: string }).unicode
  }
  return out
}

export function parseLogseq(text: string): LogseqPage {
  const ast = JSON.parse(Mldoc.parseJson(text, CONFIG)) as Positioned[]
  const page: LogseqPage = { properties: {}, blocks: [] }
  let block: LogseqBlock | null = null
  for (const [node] of ast) {
    const [kind, value] = node
    if (kind === 'Heading') {
      const h = value as { title: unknown[]; level: number }
      block = {
        level: h.level,
        title: '',
        properties: {},
        quotes: [],
        highlights: [],
        tags: [],
        text: '',
      }
      block.title = inlineText(h.title, block)
      page.blocks.push(block)
    } else if (kind === 'Property_Drawer') {
      const props = Object.fromEntries((value as [string, string][]).map(([k, v]) => [k, v]))
      Object.assign(block ? block.properties : page.properties, props)
    } else if (kind === 'Quote' && block) {
      const paragraphs = (value as Node[]).map((p) => inlineText(p[1] as unknown[], block!).trim())
      block.quotes.push(paragraphs.filter(Boolean).join('\n\n'))
    } else if (kind === 'Paragraph' && block) {
      block.text += inlineText(value as unknown[], block)
    } else if (kind === 'Raw_Html' && block) {
      block.text += value as string
    }
  }
  return page
}
