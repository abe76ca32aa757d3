// The reader's selection in the article, as canonical offsets plus where to float the toolbar,
// made with the mouse or with keys: `v` selects the first word of the paragraph at the top,
// Shift+→ / Shift+← move its end by a word, Shift+↓ / Shift+↑ by a sentence.
import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { EditorView } from 'prosemirror-view'
import { canonicalText } from '../../src-shared/text'
import { selectRange, selectedRange, type TextRange } from './positions'
import {
  nextSentenceEnd,
  nextWordEnd,
  previousSentenceEnd,
  previousWordEnd,
  wordAt,
} from './text-motion'

export interface TextSelection {
  range: TextRange
  /** Toolbar anchor, in the scroller's content coordinates. */
  at: { top: number; left: number; bottom: number }
}

export type Extend = 'word-forward' | 'word-back' | 'sentence-forward' | 'sentence-back'

export function useTextSelection(
  view: EditorView | null,
  scroller: RefObject<HTMLDivElement | null>,
) {
  const [selection, setSelection] = useState<TextSelection | null>(null)

  const read = useCallback(() => {
    const el = scroller.current
    const range = view ? selectedRange(view) : null
    const dom = range ? document.getSelection()?.getRangeAt(0) : null
    if (!range || !dom || !el) return setSelection(null)
    const rects = dom.getClientRects()
    const first = rects[0] ?? dom.getBoundingClientRect()
    const box = el.getBoundingClientRect()
    setSelection({
      range,
      at: {
        top: first.top - box.top + el.scrollTop,
        left: first.left - box.left + el.scrollLeft + Math.min(first.width, 240) / 2,
        bottom: dom.getBoundingClientRect().bottom - box.top + el.scrollTop,
      },
    })
  }, [view, scroller])

  useEffect(() => {
    if (!view) return
    let frame = 0
    const onChange = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(read)
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', onChange)
    }
  }, [view, read])

  /** Starts a keyboard selection on the first word of textblock `block`. */
  const start = useCallback(
    (block: number) => {
      if (!view) return
      const { text, blocks } = canonicalText(view.state.doc)
      const b = blocks[Math.min(block, blocks.length - 1)]
      const word = b ? wordAt(text, b.start) : null
      if (word) selectRange(view, word)
    },
    [view],
  )

  /** Moves the end of the current selection by a word or a sentence. */
  const extend = useCallback(
    (how: Extend) => {
      // Read the selection itself: keys can repeat faster than the state follows it.
      const current = view && selectedRange(view)
      if (!view || !current) return
      const { text } = canonicalText(view.state.doc)
      const { start: from, end } = current
      const min = from + 1
      const to =
        how === 'word-forward'
          ? nextWordEnd(text, end)
          : how === 'word-back'
            ? previousWordEnd(text, end, min)
            : how === 'sentence-forward'
              ? nextSentenceEnd(text, end)
              : previousSentenceEnd(text, end, min)
      selectRange(view, { start: from, end: Math.max(min, to) })
    },
    [view],
  )

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges()
    setSelection(null)
  }, [])

  /** The selection as it is now (the state may lag a fast key press by a frame). */
  const current = useCallback(() => (view ? selectedRange(view) : null), [view])

  return { selection, current, start, extend, clear }
}
