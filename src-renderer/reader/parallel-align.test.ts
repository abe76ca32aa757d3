import { expect, it } from 'vitest'
import { alignedParagraph } from './parallel-align'

it('keeps the paragraph number when both versions have as many paragraphs', () => {
  expect(alignedParagraph(1, 40, 40)).toBe(1)
  expect(alignedParagraph(17, 40, 40)).toBe(17)
  expect(alignedParagraph(40, 40, 40)).toBe(40)
})

it('scales by position when the translation has more or fewer paragraphs', () => {
  expect(alignedParagraph(1, 40, 80)).toBe(1)
  expect(alignedParagraph(21, 40, 80)).toBe(41)
  expect(alignedParagraph(40, 40, 20)).toBe(20)
})

it('stays within the translation', () => {
  expect(alignedParagraph(99, 40, 40)).toBe(40)
  expect(alignedParagraph(5, 40, 0)).toBe(1)
})
