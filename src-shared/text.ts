// The canonical plain text of an article: what annotations anchor to, what search indexes and
// what snippets quote. Blocks are joined by BLOCK_SEPARATOR, hard breaks become "\n", and the
// result is Unicode NFC. Change this only with a migration: stored offsets depend on it.
import type { Node as PMNode } from 'prosemirror-model'

export const BLOCK_SEPARATOR = '\n\n'

export interface TextBlock {
  /** Offset of the block's first character in the canonical text. */
  start: number
  /** Offset just past the block's last character. */
  end: number
  /** ProseMirror position of the start of the block's content. */
  pos: number
  /** The block's node type name (paragraph, heading, byline…). */
  type: string
}

export interface CanonicalText {
  text: string
  blocks: TextBlock[]
}

function blockText(node: PMNode): string {
  let out = ''
  node.forEach((child) => {
    if (child.isText) out += child.text ?? ''
    else if (child.type.name === 'hard_break') out += '\n'
    else out += child.textContent
  })
  return out.normalize('NFC')
}

/** Canonical text of a document and the span of every textblock in it, in document order. */
export function canonicalText(doc: PMNode): CanonicalText {
  const blocks: TextBlock[] = []
  let text = ''
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const content = blockText(node)
    if (blocks.length > 0) text += BLOCK_SEPARATOR
    blocks.push({
      start: text.length,
      end: text.length + content.length,
      pos: pos + 1,
      type: node.type.name,
    })
    text += content
    return false
  })
  return { text, blocks }
}

/** Words in a text, counted the way readers count them (letters and digits in any script). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0
}
