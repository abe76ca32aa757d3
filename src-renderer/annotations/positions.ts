// The one adapter between canonical-text offsets (what annotations store) and ProseMirror
// positions (what the view draws), including reading the reader's DOM selection as offsets and
// showing offsets as a DOM selection. Inside a textblock one text unit is one position in both.
import type { EditorView } from 'prosemirror-view'
import { canonicalText, offsetToPos, posToOffset } from '../../src-shared/text'

export { offsetToPos, posToOffset }

export interface TextRange {
  start: number
  end: number
}

/** The reader's current selection as canonical offsets, or null if none is inside the article. */
export function selectedRange(view: EditorView): TextRange | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!view.dom.contains(range.commonAncestorContainer)) return null
  let from: number
  let to: number
  try {
    from = view.posAtDOM(range.startContainer, range.startOffset)
    to = view.posAtDOM(range.endContainer, range.endOffset)
  } catch {
    return null
  }
  const { blocks, text } = canonicalText(view.state.doc)
  let start = posToOffset(blocks, Math.min(from, to))
  let end = posToOffset(blocks, Math.max(from, to))
  // Leave out whitespace at the edges, as readers mean the words.
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

/** Shows canonical offsets as the DOM selection (for selecting by keyboard). */
export function selectRange(view: EditorView, { start, end }: TextRange): void {
  const { blocks } = canonicalText(view.state.doc)
  const a = view.domAtPos(offsetToPos(blocks, start))
  const b = view.domAtPos(offsetToPos(blocks, end))
  const range = view.dom.ownerDocument.createRange()
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  const selection = view.dom.ownerDocument.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}
