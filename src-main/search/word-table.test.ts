import { describe, expect, it } from 'vitest'
import { WORD } from './analyser'
import { scanWords, WordTable } from './word-table'

const TEXT =
  'Ο αγώνας «συνεχίζεται» — 1917: workers’ rights; العمــال! Café\u0301 𝐀𝐁c 😀 İşçiler Straße ёлка 中文 a\u0301b'

describe('scanWords', () => {
  it('finds exactly the words the WORD pattern finds, astral letters and marks included', () => {
    const found: string[] = []
    scanWords(TEXT, (s, e) => found.push(TEXT.slice(s, e)))
    expect(found).toEqual(TEXT.match(WORD))
  })

  it('handles text that starts or ends inside a word, and lone surrogates', () => {
    for (const t of ['word', ' a', 'b ', '\ud835', 'x\ud835', '\udc00y', '']) {
      const found: string[] = []
      scanWords(t, (s, e) => found.push(t.slice(s, e)))
      expect(found).toEqual(t.match(WORD) ?? [])
    }
  })
})

describe('WordTable', () => {
  it('gives each distinct word one id, and finds it again in another text', () => {
    const table = new WordTable()
    const ids = new Map<string, number>()
    const text = Array.from({ length: 5000 }, (_, i) => `w${i % 1500} слово${i % 7}`).join(' ')
    scanWords(text, (s, e, h) => {
      const word = text.slice(s, e)
      let id = table.find(text, s, e, h)
      if (id < 0) id = table.add(text, s, e, h)
      expect(ids.get(word) ?? id).toBe(id)
      ids.set(word, id)
    })
    expect(table.size).toBe(1507)
    const other = 'слово3 w42 never'
    const seen: number[] = []
    scanWords(other, (s, e, h) => seen.push(table.find(other, s, e, h)))
    expect(seen).toEqual([ids.get('слово3'), ids.get('w42'), -1])
  })
})
