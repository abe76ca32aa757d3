import { describe, expect, it } from 'vitest'
import { memorySource, Segment, SegmentDamaged } from './segment'
import { SegmentBuilder, segmentBytes } from './segment-builder'
import { bodyStartFor } from './segment-format'

function build(): Uint8Array {
  const b = new SegmentBuilder()
  b.add({
    id: 'a',
    lang: 'en',
    date: '2020-01-01',
    section: null,
    title: 'Workers unite',
    blocks: ['The working class struggle.', 'Class struggle again.'],
  })
  b.add({
    id: 'б',
    lang: 'ru',
    date: null,
    section: 'News',
    title: 'Рабочие',
    blocks: ['Классовая борьба рабочих.'],
  })
  return segmentBytes(b.serialise())
}

describe('segment files', () => {
  it('reads back ids, columns, dictionaries, postings and positions', () => {
    const s = new Segment(memorySource(build()))
    expect(s.docCount).toBe(2)
    expect(s.ids()).toEqual(['a', 'б'])
    expect(s.header.sections).toEqual(['', 'News'])
    expect([...s.docSection]).toEqual([0, 1])
    expect(s.exactDf('struggle')).toBe(1)
    const p = s.exactPostings('struggle')
    expect([...p.docs]).toEqual([0])
    expect([...p.counts]).toEqual([2])
    const cursor = s.positionCursor('class')!
    expect(cursor.seek(0)).toBe(true)
    // Title words first, then a gap before each block.
    expect([...cursor.positions.subarray(0, cursor.count)]).toEqual([6, 10])
    expect(s.commonWordsWithPrefix('wor', 10, 10)).toEqual({
      words: ['workers', 'working'],
      count: 2,
    })
    expect(s.similarWords('s', 'strugle', 1)).toEqual([{ term: 'struggle', df: 1 }])
    // Two neighbouring letters swapped count as one edit.
    expect(s.similarWords('s', 'strugl', 1)).toEqual([])
    expect(s.similarWords('w', 'wokrers', 1)).toEqual([{ term: 'workers', df: 1 }])
    expect(s.similarWords('w', 'wrokers', 1)).toEqual([{ term: 'workers', df: 1 }])
  })

  it('refuses a file that is not an index, is cut short, or has a damaged header', () => {
    const bytes = build()
    const open = (b: Uint8Array) => () => new Segment(memorySource(b))
    expect(open(bytes.slice(0, 10))).toThrow(SegmentDamaged)
    const wrongMagic = bytes.slice()
    wrongMagic[0] = 0x41
    expect(open(wrongMagic)).toThrow(/not an index file/)
    expect(open(bytes.slice(0, bytes.length - 40))).toThrow(/out of bounds/)
    const header = bytes.slice()
    header[14] = 0x7b // '{' inside the JSON header
    expect(open(header)).toThrow(SegmentDamaged)
  })

  it('reports damaged postings when they are read, never wrong results', () => {
    const bytes = build()
    const s = new Segment(memorySource(bytes))
    // Damage every postings byte: counts and gaps run past the articles or the list.
    const body = bodyStartFor(new DataView(bytes.buffer).getUint32(8, true))
    for (let i = body + s.header.ranges.stemPostings[0]; i < bytes.length; i++) bytes[i] = 0xff
    expect(() => s.stemPostings('en:worker')).toThrow(SegmentDamaged)
  })
})
