// The blocks of a plain-text article: paragraphs split at blank lines (or at every line when a
// saved page has no blank line at all), and paragraphs that a saved page broke mid-sentence
// joined again. Pure.

/** A block that ends a sentence (closing quotes and brackets after the mark allowed). */
export const SENTENCE_END = /[.!?;:…؟؛。]['"”’»)\]]*$/u

/**
 * Paragraphs of a plain-text file: runs of non-blank lines, inner line breaks folded to spaces.
 * A text with no blank line at all but several lines (pages saved with single line breaks
 * between paragraphs, docs/site-pages.md) has one paragraph a line.
 */
export function paragraphs(text: string): string[] {
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

export function rejoinBrokenParagraphs(blocks: string[]): string[] {
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
export function endsSentence(block: string): boolean {
  return SENTENCE_END.test(block.slice(-16))
}
