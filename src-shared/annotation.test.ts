import { describe, expect, it } from 'vitest'
import { annotationSchema, plainlyValid, type Annotation } from './annotation'

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

  it('accepts ordinary annotations, so the schema is rarely needed', () => {
    expect(plainlyValid(base)).toBe(true)
    expect(plainlyValid({ ...base, tags: [] })).toBe(true)
  })
})
