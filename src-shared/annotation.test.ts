import { describe, expect, it } from 'vitest'
import { annotationSchema, isPlainAnnotation, plainlyValid, type Annotation } from './annotation'

const base: Annotation = {
  id: 'a1',
  articleId: 'en-x',
  contentHash: 'c'.repeat(64),
  quote: { exact: 'the working class', prefix: 'of ', suffix: ' and' },
  position: { start: 3, end: 20 },
  color: 'green',
  note: 'A note',
  tags: ['theory', 'history'],
  creator: { id: 'm1', name: 'Ana' },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  group: 'g1',
}

const variants: [string, Partial<Annotation>][] = [
  ['as is', {}],
  ['no group', { group: undefined }],
  ['empty group', { group: '' }],
  ['long id', { id: 'x'.repeat(101) }],
  ['empty quote', { quote: { exact: '', prefix: '', suffix: '' } }],
  ['long prefix', { quote: { exact: 'a', prefix: 'p'.repeat(201), suffix: '' } }],
  ['untrimmed tag', { tags: [' theory'] }],
  ['tag with a comma', { tags: ['a,b'] }],
  ['same tag twice', { tags: ['a', 'a'] }],
  ['empty tag', { tags: [''] }],
  ['long tag', { tags: ['t'.repeat(65)] }],
  ['too many tags', { tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }],
  ['unknown colour', { color: 'red' as Annotation['color'] }],
  ['fractional offset', { position: { start: 1.5, end: 4 } }],
  ['negative offset', { position: { start: -1, end: 4 } }],
  ['short time', { created: '2026' }],
  ['no creator id', { creator: { id: '', name: 'x' } }],
]

describe('plainlyValid', () => {
  it.each(variants)('never accepts what the schema would refuse or change: %s', (_, change) => {
    const candidate = { ...base, ...change } as Annotation
    if (change.group === undefined && 'group' in change) delete candidate.group
    const checked = annotationSchema.safeParse(candidate)
    if (plainlyValid(candidate)) {
      expect(checked.success).toBe(true)
      expect(checked.data).toEqual(candidate)
    }
  })

  it.each([
    ...variants,
    ['an extra field', { extra: 1 } as Partial<Annotation>],
    ['no quote', { quote: undefined } as unknown as Partial<Annotation>],
    ['a number for an id', { id: 7 } as unknown as Partial<Annotation>],
    ['an extra field in the quote', { quote: { exact: 'a', prefix: '', suffix: '', x: 1 } }],
    ['a tag that is a number', { tags: [5] } as unknown as Partial<Annotation>],
    ['a creator without a name', { creator: { id: 'm1' } } as unknown as Partial<Annotation>],
  ] as [string, Partial<Annotation>][])(
    'isPlainAnnotation never accepts what the schema would refuse or change, even of unknown shape: %s',
    (_, change) => {
      const candidate = { ...base, ...change } as Record<string, unknown>
      for (const k of Object.keys(candidate)) if (candidate[k] === undefined) delete candidate[k]
      const checked = annotationSchema.safeParse(candidate)
      if (isPlainAnnotation(candidate)) {
        expect(checked.success).toBe(true)
        expect(checked.data).toEqual(candidate)
      }
    },
  )

  it('accepts ordinary annotations, so the schema is rarely needed', () => {
    expect(isPlainAnnotation(JSON.parse(JSON.stringify(base)))).toBe(true)
    expect(plainlyValid(base)).toBe(true)
    expect(plainlyValid({ ...base, tags: [] })).toBe(true)
  })
})
