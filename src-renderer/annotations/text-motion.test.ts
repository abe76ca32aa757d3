import { describe, expect, it } from 'vitest'
import {
  nextSentenceEnd,
  nextWordEnd,
  previousSentenceEnd,
  previousWordEnd,
  wordAt,
} from './text-motion'

const text = 'Workers of the world, unite! Η πάλη συνεχίζεται. Борьба продолжается.\n\nNext block.'

describe('text motion', () => {
  it('finds the word at or after an offset, in any script', () => {
    expect(wordAt(text, 0)).toEqual({ start: 0, end: 7 })
    expect(wordAt(text, 3)).toEqual({ start: 0, end: 7 })
    const greek = text.indexOf('πάλη')
    expect(wordAt(text, greek - 1)).toEqual({ start: greek, end: greek + 4 })
  })

  it('steps word ends forward and back', () => {
    expect(nextWordEnd(text, 7)).toBe(10)
    expect(nextWordEnd(text, 14)).toBe(20)
    expect(previousWordEnd(text, 20, 0)).toBe(14)
    expect(previousWordEnd(text, 7, 5)).toBe(5)
  })

  it('steps sentence ends forward and back, stopping at block ends', () => {
    const first = nextSentenceEnd(text, 0)
    expect(text.slice(0, first)).toBe('Workers of the world, unite!')
    const second = nextSentenceEnd(text, first)
    expect(text.slice(first, second)).toBe(' Η πάλη συνεχίζεται.')
    const third = nextSentenceEnd(text, second)
    expect(text.slice(third - 1, third + 1)).toBe('.\n')
    expect(previousSentenceEnd(text, second, 0)).toBe(first)
    expect(previousSentenceEnd(text, first, 0)).toBe(0)
  })
})
