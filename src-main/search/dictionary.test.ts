import { describe, expect, it } from 'vitest'
import { boundedDistance, Dictionary } from './dictionary'
import { stringTable } from './segment-builder'

function dictionaryOf(words: string[]): Dictionary {
  const sorted = [...new Set(words)].sort()
  const { chars, starts } = stringTable(sorted)
  return new Dictionary(chars, starts, new Uint32Array(sorted.length), 1)
}

describe('near words in a sorted dictionary', () => {
  it('finds exactly the words the edit distance allows, whatever they share', () => {
    // Words over a small alphabet share long beginnings, as a real dictionary's neighbours do.
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const word = () =>
      Array.from(
        { length: 1 + Math.floor(random() * 9) },
        () => 'abcdα'[Math.floor(random() * 5)],
      ).join('')
    const words = Array.from({ length: 3000 }, word)
    const dict = dictionaryOf(words)
    for (let q = 0; q < 200; q++) {
      const key = word()
      for (const max of [1, 2]) {
        const found: [number, number][] = []
        dict.near(0, dict.size, key, max, (i, d) => found.push([i, d]))
        const expected: [number, number][] = []
        for (let i = 0; i < dict.size; i++) {
          const d = dict.distance(i, key, max)
          if (d <= max) expected.push([i, d])
        }
        expect(found).toEqual(expected)
      }
    }
  })

  it('counts a swap of neighbours as one edit', () => {
    const dict = dictionaryOf(['strike', 'stirke', 'strikes', 'stroke'])
    const found: string[] = []
    dict.near(0, dict.size, 'stirke', 1, (i, d) => found.push(`${dict.term(i)}:${d}`))
    expect(found).toEqual(['stirke:0', 'strike:1'])
    const chars = Uint16Array.from([...'strike'].map((c) => c.charCodeAt(0)))
    expect(boundedDistance('stirke', chars, 0, 6, 2)).toBe(1)
  })
})
