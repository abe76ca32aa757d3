// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { articleSchema as s } from '../../src-shared/schema'
import { canonicalText } from '../../src-shared/text'
import { offsetToPos, posToOffset, selectRange, selectedRange } from './positions'

function mount() {
  const doc = s.node('doc', null, [
    s.node('heading', { level: 1 }, [s.text('Title')]),
    s.node('paragraph', null, [
      s.text('First '),
      s.text('bold', [s.mark('strong')]),
      s.text(' words.'),
    ]),
    s.node('blockquote', null, [s.node('paragraph', null, [s.text('Quoted line')])]),
  ])
  const place = document.createElement('div')
  document.body.append(place)
  const view = new EditorView(place, { state: EditorState.create({ doc }), editable: () => false })
  return { view, ...canonicalText(doc) }
}

describe('positions', () => {
  it('maps offsets to positions and back in every block', () => {
    const { view, text, blocks } = mount()
    expect(text).toBe('Title\n\nFirst bold words.\n\nQuoted line')
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\n' && text[offset] === '\n') continue // between blocks
      expect(posToOffset(blocks, offsetToPos(blocks, offset))).toBe(offset)
    }
    view.destroy()
  })

  it('reads a DOM selection as offsets, trimming spaces, and shows offsets as a selection', () => {
    const { view, text } = mount()
    const start = text.indexOf('bold')
    selectRange(view, { start: start - 1, end: start + 10 })
    expect(selectedRange(view)).toEqual({ start, end: start + 10 })
    expect(document.getSelection()!.toString()).toBe(' bold words')
    const q = text.indexOf('Quoted')
    selectRange(view, { start: q, end: q + 6 })
    expect(selectedRange(view)).toEqual({ start: q, end: q + 6 })
    document.getSelection()!.removeAllRanges()
    expect(selectedRange(view)).toBeNull()
    view.destroy()
  })
})
