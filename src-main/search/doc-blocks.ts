// The text blocks of a stored article document (ProseMirror JSON), read straight from the JSON
// without building nodes: indexing 50,000 articles cannot afford a ProseMirror document each.
// Blocks are the schema's textblocks in document order, as canonicalText finds them, so a block
// number here is a block number in the reader.
import { canonicalTextFromJson } from '../library/canonical-json'

/** Text of every textblock, in order (headings included). */
export function docBlocks(doc: unknown): string[] {
  const { text, blocks } = canonicalTextFromJson(doc)
  return blocks.map((b) => text.slice(b.start, b.end))
}
