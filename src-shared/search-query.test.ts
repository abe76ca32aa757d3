import { describe, expect, it } from 'vitest'
import { dateBounds, isEmptySearch, parseSearch } from './search-query'

describe('parseSearch', () => {
  it('reads words, phrases, prefixes and exclusions', () => {
    const p = parseSearch('workers "class struggle" commun* -capital -"trade union"')
    expect(p.clauses).toEqual([
      [{ kind: 'word', text: 'workers' }],
      [{ kind: 'phrase', words: ['class', 'struggle'] }],
      [{ kind: 'prefix', text: 'commun' }],
    ])
    expect(p.exclude).toEqual([
      { kind: 'word', text: 'capital' },
      { kind: 'phrase', words: ['trade', 'union'] },
    ])
    expect(p.problems).toEqual([])
  })

  it('joins the terms either side of OR into one clause', () => {
    const p = parseSearch('strike OR απεργία workers')
    expect(p.clauses).toEqual([
      [
        { kind: 'word', text: 'strike' },
        { kind: 'word', text: 'απεργία' },
      ],
      [{ kind: 'word', text: 'workers' }],
    ])
    // "or" in lower case is a word, and a leading OR joins nothing.
    expect(parseSearch('OR war or peace').clauses).toHaveLength(3)
  })

  it('treats a hyphenated word as a phrase of its parts', () => {
    expect(parseSearch('anti-imperialist').clauses).toEqual([
      [{ kind: 'phrase', words: ['anti', 'imperialist'] }],
    ])
  })

  it('reads filters, and reports the ones it cannot use', () => {
    const p = parseSearch(
      'lang:el,RU section:Statements tag:theory colour:Yellow color:red has:notes date:2019..2020-06 sort:date',
    )
    expect(p.filters).toEqual({
      langs: ['el', 'ru'],
      sections: ['Statements'],
      tags: ['theory'],
      colors: ['yellow', 'pink'],
      hasNotes: true,
      from: '2019-01-01',
      to: '2020-06-30',
    })
    expect(p.sort).toBe('date')
    expect(p.clauses).toEqual([])
    const bad = parseSearch('colour:beige date:2020-13 has:pictures sort:size')
    expect(bad.problems).toHaveLength(4)
    expect(parseSearch('after:2021 before:2020').problems).toEqual([
      'The date range ends before it starts.',
    ])
  })

  it('keeps words that only look like filters', () => {
    expect(parseSearch('note:this').clauses).toEqual([
      [{ kind: 'phrase', words: ['note', 'this'] }],
    ])
  })

  it('is empty for nothing but spaces and punctuation', () => {
    expect(isEmptySearch(parseSearch('  — , '))).toBe(true)
    expect(isEmptySearch(parseSearch('lang:el'))).toBe(false)
  })
})

describe('dateBounds', () => {
  it('expands years and months, checks days', () => {
    expect(dateBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(dateBounds('2023-02-29')).toBeNull()
    expect(dateBounds('2020-03-15')).toEqual(['2020-03-15', '2020-03-15'])
    expect(dateBounds('20')).toBeNull()
  })
})
