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

const cache = new WeakMap<PMNode, CanonicalText>()

/**
 * Canonical text of a document and the span of every textblock in it, in document order.
 * Documents are immutable, so the result is computed once per document and shared.
 */
export function canonicalText(doc: PMNode): CanonicalText {
  let result = cache.get(doc)
  if (!result) {
    result = computeCanonicalText(doc)
    cache.set(doc, result)
  }
  return result
}

function computeCanonicalText(doc: PMNode): CanonicalText {
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

/**
 * The citable number (¶ n) of each textblock, in document order: paragraphs, bylines and
 * publication lines are counted from 1, headings and figure captions get none. A pure function of the document, so
 * numbers are stable for a given article version; export and study groups cite the same numbers.
 */
export function paragraphNumbers(blocks: readonly TextBlock[]): (number | null)[] {
  let n = 0
  return blocks.map((b) => (b.type === 'heading' || b.type === 'figure' ? null : ++n))
}

/** Index of the last block whose `key` is at most `value` (0 if none is). */
function lastBlockUpTo(blocks: readonly TextBlock[], key: 'start' | 'pos', value: number): number {
  let lo = 0
  let hi = blocks.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (blocks[mid]![key] <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Index of the textblock holding canonical-text `offset` (the one ending at it, on a boundary). */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  return lastBlockUpTo(blocks, 'start', offset)
}

/**
 * ProseMirror position of a canonical-text offset. Inside a block, text and hard breaks take
 * one position per UTF-16 unit in both models, so the mapping is linear (documents are stored NFC).
 */
export function offsetToPos(blocks: readonly TextBlock[], offset: number): number {
  const block = blocks[blockAt(blocks, offset)]!
  return block.pos + Math.min(Math.max(offset - block.start, 0), block.end - block.start)
}

/** Canonical-text offset of a ProseMirror position (positions between blocks snap to a block). */
export function posToOffset(blocks: readonly TextBlock[], pos: number): number {
  if (!blocks.length) return 0
  const block = blocks[lastBlockUpTo(blocks, 'pos', pos)]!
  return block.start + Math.min(Math.max(pos - block.pos, 0), block.end - block.start)
}
