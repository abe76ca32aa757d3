// Where a search match is in the reading view: the DOM range of the word at a canonical-text
// offset, and the block it is in, so the reader can scroll there and select the word.
import type { EditorView } from 'prosemirror-view'
import { blockAt, canonicalText, offsetToPos } from '../../src-shared/text'

/** The DOM range of the word at `offset` in the view's canonical text, and its block. */
export function matchRange(
  view: EditorView,
  offset: number,
): { block: number; range: Range } | null {
  const { text, blocks } = canonicalText(view.state.doc)
  if (offset < 0 || offset >= text.length) return null
  const word = /^[\p{L}\p{N}\p{M}]+/u.exec(text.slice(offset, offset + 200))
  const end = offset + (word ? word[0].length : 1)
  try {
    const from = view.domAtPos(offsetToPos(blocks, offset))
    const to = view.domAtPos(offsetToPos(blocks, end))
    const range = document.createRange()
    range.setStart(from.node, from.offset)
    range.setEnd(to.node, to.offset)
    return { block: blockAt(blocks, offset), range }
  } catch {
    return null
  }
}
