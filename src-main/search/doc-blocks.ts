// The text blocks of a stored article document (ProseMirror JSON), read straight from the JSON
// without building nodes: indexing 50,000 articles cannot afford a ProseMirror document each.
// Blocks are the schema's textblocks in document order, as canonicalText (src-shared/text.ts)
// finds them, so a block number here is a block number in the reader.
import { articleSchema } from '../../src-shared/schema'

interface JsonNode {
  type?: unknown
  text?: unknown
  content?: unknown
}

const TEXTBLOCKS = new Set(
  Object.values(articleSchema.nodes)
    .filter((t) => t.isTextblock)
    .map((t) => t.name),
)

function inlineText(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'hard_break') return '\n'
  if (!Array.isArray(node.content)) return ''
  let out = ''
  for (const child of node.content as JsonNode[]) out += inlineText(child)
  return out
}

/** Text of every textblock, in order (headings included). */
export function docBlocks(doc: unknown): string[] {
  const blocks: string[] = []
  const walk = (node: JsonNode) => {
    if (typeof node.type === 'string' && TEXTBLOCKS.has(node.type)) {
      blocks.push(inlineText(node).normalize('NFC'))
      return
    }
    if (Array.isArray(node.content)) for (const child of node.content as JsonNode[]) walk(child)
  }
  if (doc && typeof doc === 'object') walk(doc as JsonNode)
  return blocks
}
