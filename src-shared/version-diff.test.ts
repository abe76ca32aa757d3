import { describe, expect, it } from 'vitest'
import { compareVersions, fateOf } from './version-diff'

const OLD = [
  'Title of the piece',
  'The first paragraph stays exactly as it was in both versions.',
  'The second paragraph says the workers met on Monday in the hall.',
  'A paragraph that the editors later removed from the text entirely.',
  'This long paragraph will be moved to the end of the article by the editors.',
  'The last paragraph closes the article.',
]
const NEW = [
  'Title of the piece',
  'The first paragraph stays exactly as it was in both versions.',
  'The second paragraph says the workers met on Tuesday in the big hall.',
  'The last paragraph closes the article.',
  'A paragraph added at the end, new in this version.',
  'This long paragraph will be moved to the end of the article by the editors.',
]

describe('comparing versions', () => {
  const rows = compareVersions(OLD, NEW)

  it('keeps, changes word by word, deletes, adds and moves paragraphs', () => {
    expect(rows.map((r) => r.kind)).toEqual([
      'same',
      'same',
      'changed',
      'deleted',
      'movedAway',
      'same',
      'added',
      'moved',
    ])
    const changed = rows.find((r) => r.kind === 'changed')!
    expect(changed.kind === 'changed' && changed.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'del', text: 'Monday' },
      { kind: 'ins', text: 'Tuesday' },
      { kind: 'ins', text: 'big ' },
    ])
    expect(rows.find((r) => r.kind === 'moved')).toMatchObject({ from: 4, to: 5 })
    expect(rows.find((r) => r.kind === 'movedAway')).toMatchObject({ from: 4, to: 5 })
  })

  it('follows a passage: kept, moved, deleted, or rewritten into the new words', () => {
    expect(fateOf(rows, 1, 4, 9)).toEqual({ kind: 'kept', to: 1 })
    expect(fateOf(rows, 4, 0, 20)).toEqual({ kind: 'moved', to: 5 })
    expect(fateOf(rows, 3, 2, 11)).toEqual({ kind: 'deleted' })
    const old = OLD[2]!
    const start = old.indexOf('met on Monday')
    expect(fateOf(rows, 2, start, start + 'met on Monday'.length)).toEqual({
      kind: 'rewritten',
      to: 2,
      into: 'met on Tuesday',
    })
  })

  it('compares two long, very different texts quickly, every paragraph accounted for', () => {
    const words = (seed: number, n: number) =>
      Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(' ')
    const older = Array.from({ length: 200 }, (_, i) => words(i, 400))
    const newer = Array.from({ length: 200 }, (_, i) => words(i + 1000, 400))
    const started = performance.now()
    const rows = compareVersions(older, newer)
    expect(performance.now() - started).toBeLessThan(5_000)
    const count = (...kinds: string[]) => rows.filter((r) => kinds.includes(r.kind)).length
    expect(count('deleted', 'changed')).toBe(200)
    expect(count('added', 'changed')).toBe(200)
  })

  it('pairs a rewritten paragraph only when enough of its words remain', () => {
    const r = compareVersions(
      ['One two three four five six.'],
      ['Completely different words here.'],
    )
    expect(r.map((x) => x.kind)).toEqual(['deleted', 'added'])
    expect(compareVersions([], [])).toEqual([])
  })
})
