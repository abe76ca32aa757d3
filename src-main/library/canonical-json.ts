// The canonical text of a stored document (ProseMirror JSON) computed from the JSON itself,
// without building a ProseMirror document: the same text, blocks and positions as
// canonicalText (src-shared/text.ts), at a fraction of the cost. Export, anchoring on save and
// search read thousands of articles this way; a test checks both give the same result.
import { articleSchema } from '../../src-shared/schema'
import { BLOCK_SEPARATOR, type CanonicalText, type TextBlock } from '../../src-shared/text'

interface JsonNode {
  type?: unknown
  text?: unknown
  content?: unknown
}

const TEXTBLOCKS = new Set<string>()
const LEAVES = new Set<string>()
for (const t of Object.values(articleSchema.nodes)) {
  if (t.isTextblock) TEXTBLOCKS.add(t.name)
  if (t.isLeaf) LEAVES.add(t.name)
}

const children = (node: JsonNode): JsonNode[] =>
  Array.isArray(node.content) ? (node.content as JsonNode[]) : []

/** Size of a node in ProseMirror positions. */
function nodeSize(node: JsonNode): number {
  if (typeof node.text === 'string') return node.text.length
  if (typeof node.type === 'string' && LEAVES.has(node.type)) return 1
  let size = 2
  for (const child of children(node)) size += nodeSize(child)
  return size
}

/** Text of an inline run, as canonicalText reads it: hard breaks as "\n", other leaves as "". */
function inlineText(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'hard_break') return '\n'
  let out = ''
  for (const child of children(node)) out += inlineText(child)
  return out
}

export function canonicalTextFromJson(doc: unknown): CanonicalText {
  const blocks: TextBlock[] = []
  let text = ''
  // `pos` is the position just before `node`.
  const walk = (node: JsonNode, pos: number) => {
    if (typeof node.type === 'string' && TEXTBLOCKS.has(node.type)) {
      let content = ''
      for (const child of children(node)) content += inlineText(child)
      content = content.normalize('NFC')
      if (blocks.length > 0) text += BLOCK_SEPARATOR
      blocks.push({
        start: text.length,
        end: text.length + content.length,
        pos: pos + 1,
        type: node.type,
      })
      text += content
      return
    }
    let at = pos + 1
    for (const child of children(node)) {
      walk(child, at)
      at += nodeSize(child)
    }
  }
  // The document's own content starts at position 0.
  if (doc && typeof doc === 'object') {
    let at = 0
    for (const child of children(doc as JsonNode)) {
      walk(child, at)
      at += nodeSize(child)
    }
  }
  return { text, blocks }
}
