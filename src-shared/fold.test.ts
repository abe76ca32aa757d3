import { describe, expect, it } from 'vitest'
import { findAll, foldPhrase, foldQuery, foldWithMap } from './fold'

describe('foldQuery', () => {
  it('ignores case, accents and Greek final sigma', () => {
    expect(foldQuery('Κομμουνιστικό')).toBe('κομμουνιστικο')
    expect(foldQuery('ΚΚΕ  Πάλης')).toBe('κκε παλησ')
    expect(foldQuery('Éducation')).toBe('education')
    expect(foldQuery('Ёлка')).toBe('елка')
  })
})

describe('foldPhrase', () => {
  it('folds exactly as foldQuery does, in every script the archive has', () => {
    const samples = [
      'Κομμουνιστικό Κόμμα Ελλάδας',
      'ΤΟ ΚΚΕ ΣΤΙΣ ΕΚΛΟΓΕΣ',
      'Коммунистическая партия Ёлка',
      'الحزب الشيوعي اليوناني ـ ىٱ',
      'Straße ẞ  Œuvre æ ﬁnal ﬂow',
      'Türkiye Komünist Partisi İstanbul ılık',
      'Cafe\u0301 e\u0301 naïve  — “quotes”',
      '  spaces\tand\nlines  ',
      'Ἀριστοτέλης ᾯ 😀 𝔸',
      'Partido Comunista de España: ¿Qué?',
    ]
    for (const s of samples) expect(foldPhrase(s)).toBe(foldQuery(s))
  })
})

describe('findAll', () => {
  const text = 'Το Κομμουνιστικό Κόμμα. Ο κομμουνιστικος αγώνας.'
  it('finds matches whatever their accents and case, at their original offsets', () => {
    const matches = findAll(text, 'κομμουνιστικο')
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([
      'Κομμουνιστικό',
      'κομμουνιστικο',
    ])
  })

  it('maps offsets correctly through decomposed characters and astral symbols', () => {
    const t = 'Cafe\u0301 😀 café'
    expect(findAll(t, 'cafe').map((m) => t.slice(m.start, m.end))).toEqual(['Cafe', 'café'])
    const withEmoji = 'a😀b a😀b'
    expect(findAll(withEmoji, '😀b').map((m) => [m.start, m.end])).toEqual([
      [1, 4],
      [6, 9],
    ])
  })

  it('finds nothing for an empty query and does not overlap', () => {
    expect(findAll('aaaa', '  ')).toEqual([])
    expect(findAll('aaaa', 'aa')).toHaveLength(2)
  })

  it('keeps the map the same length as the folded text', () => {
    const { folded, toOriginal } = foldWithMap('İstanbul Straße ﬁ')
    expect(toOriginal).toHaveLength(folded.length)
  })
})
