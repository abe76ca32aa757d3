import { describe, expect, it } from 'vitest'
import { articleSchema } from './schema'
import { blockAt, canonicalText, countWords, offsetToPos, paragraphNumbers } from './text'

const s = articleSchema
const doc = s.node('doc', null, [
  s.node('heading', { level: 1 }, [s.text('Title')]),
  s.node('paragraph', null, [
    s.text('One '),
    s.text('bold', [s.mark('strong')]),
    s.node('hard_break'),
    s.text('two'),
  ]),
  s.node('blockquote', null, [s.node('paragraph', null, [s.text('Quoted')])]),
  s.node('bullet_list', null, [
    s.node('list_item', null, [s.node('paragraph', null, [s.text('Item')])]),
  ]),
])

describe('canonicalText', () => {
  it('joins textblocks with a blank line and hard breaks with a newline', () => {
    expect(canonicalText(doc).text).toBe('Title\n\nOne bold\ntwo\n\nQuoted\n\nItem')
  })

  it('gives each block its span and ProseMirror position', () => {
    const { text, blocks } = canonicalText(doc)
    for (const block of blocks) {
      const parent = doc.resolve(block.pos).parent
      expect(text.slice(block.start, block.end)).toBe(
        parent.textBetween(0, parent.content.size, undefined, '\n'),
      )
    }
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph'])
  })
})

describe('countWords', () => {
  it('counts words in any script', () => {
    expect(countWords('The class struggle — it’s here')).toBe(5)
    expect(countWords('Η ταξική πάλη δεν')).toBe(4)
    expect(countWords('Классовая борьба')).toBe(2)
    expect(countWords('الصراع الطبقي')).toBe(2)
  })
})

describe('paragraphNumbers and offsets', () => {
  const { text, blocks } = canonicalText(doc)

  it('numbers every textblock but headings, from 1', () => {
    expect(paragraphNumbers(blocks)).toEqual([null, 1, 2, 3])
  })

  it('gives a figure’s caption no number, so figures do not shift the paragraphs', () => {
    const types = ['heading', 'paragraph', 'figure', 'paragraph']
    const withFigure = types.map((type, i) => ({ ...blocks[0]!, type, start: i * 10 }))
    expect(paragraphNumbers(withFigure)).toEqual([null, 1, null, 2])
  })

  it('maps canonical offsets to the ProseMirror positions of the same characters', () => {
    for (const word of ['Title', 'bold', 'two', 'Quoted', 'Item']) {
      const start = text.indexOf(word)
      const from = offsetToPos(blocks, start)
      const to = offsetToPos(blocks, start + word.length)
      expect(doc.textBetween(from, to)).toBe(word)
    }
    expect(blockAt(blocks, text.indexOf('Quoted'))).toBe(2)
  })
})
