import { describe, expect, it } from 'vitest'
import { anchor, describeRange, nearest } from './anchoring'
import { toMatchText } from './match-text'

const text =
  'The working class is the leading force of society. It must organise itself.\n\n' +
  'The party calls on the workers to strengthen the struggle against the monopolies. ' +
  'The struggle continues in every workplace, and the struggle is long.'

function selectorFor(t: string, phrase: string, nth = 0) {
  let at = -1
  for (let i = 0; i <= nth; i++) at = t.indexOf(phrase, at + 1)
  return describeRange(t, at, at + phrase.length)
}

describe('describeRange', () => {
  it('takes the exact words and 32 characters of context either side', () => {
    const s = selectorFor(text, 'strengthen the struggle')
    expect(s.quote.exact).toBe('strengthen the struggle')
    expect(s.quote.prefix).toBe(text.slice(s.position.start - 32, s.position.start))
    expect(s.quote.suffix).toBe(text.slice(s.position.end, s.position.end + 32))
    expect(s.quote.prefix).toHaveLength(32)
  })

  it('clamps at the edges of the text', () => {
    const s = describeRange(text, -5, 3)
    expect(s.quote).toMatchObject({ exact: 'The', prefix: '' })
    expect(s.position).toEqual({ start: 0, end: 3 })
  })
})

describe('anchor', () => {
  it('finds a quote a whole sentence was written into, between its context, marked as changed', () => {
    const s = selectorFor(text, 'to strengthen the struggle')
    const edited = text.replace(
      'to strengthen',
      'to — and this sentence was added by the editors much later, in a new version. — strengthen',
    )
    const found = anchor(edited, s)
    expect(found && edited.slice(found.start, found.end)).toMatch(
      /^to — and .* strengthen the struggle$/,
    )
    expect(found!.confidence).toBeLessThan(1)
  })

  it('finds an unchanged passage in place with full confidence', () => {
    const s = selectorFor(text, 'leading force')
    expect(anchor(text, s)).toEqual({ ...s.position, confidence: 1 })
  })

  it('follows a passage moved by text inserted before it', () => {
    const s = selectorFor(text, 'strengthen the struggle')
    const edited = 'A new opening paragraph was added here.\n\n' + text
    const a = anchor(edited, s)!
    expect(edited.slice(a.start, a.end)).toBe('strengthen the struggle')
  })

  it('tells repeated phrases apart by their context', () => {
    const s = selectorFor(text, 'the struggle', 1)
    const edited = 'Preface.\n\n' + text
    const a = anchor(edited, { quote: s.quote })!
    expect(a.start).toBe(edited.lastIndexOf('the struggle'))
  })

  it('matches across curly quotes, dashes, whitespace and decomposed accents', () => {
    const original = 'He said: "we will win" -- and the crowd answered. Κομμουνιστικό κόμμα.'
    const s = selectorFor(original, '"we will win" -- and the crowd')
    const edited = 'He said: “we will  win”\n— and the crowd answered. Κομμουνιστικό κόμμα.'
    const a = anchor(edited, s)!
    expect(edited.slice(a.start, a.end)).toBe('“we will  win”\n— and the crowd')

    const greek = selectorFor(original, 'Κομμουνιστικό κόμμα')
    const nfd = original.normalize('NFD')
    const b = anchor(nfd, greek)!
    expect(nfd.slice(b.start, b.end).normalize('NFC')).toBe('Κομμουνιστικό κόμμα')
  })

  it('survives a typo inside the quote', () => {
    const s = selectorFor(text, 'strengthen the struggle against the monopolies')
    const edited = text.replace('strengthen the struggle', 'strenghten the strugle')
    const a = anchor(edited, s)!
    expect(edited.slice(a.start, a.end)).toBe('strenghten the strugle against the monopolies')
    expect(a.confidence).toBeLessThan(1)
  })

  it('follows a short passage that had words added or cut between unchanged context', () => {
    const s = selectorFor(text, 'the leading force')
    const added = text.replace('the leading force', 'the real leading force')
    const a = anchor(added, s)!
    expect(added.slice(a.start, a.end)).toBe('the real leading force')
    const t = selectorFor(text, 'the leading force of society')
    const cut = text.replace('the leading force of society', 'the force of society')
    const b = anchor(cut, t)!
    expect(cut.slice(b.start, b.end)).toBe('the force of society')
  })

  it('does not place a two-letter quote whose letters changed', () => {
    const s = selectorFor(text, 'It must')
    expect(anchor(text.replace('It must', 'We can'), s)).toBeNull()
  })

  it('returns null for a passage that was deleted or rewritten', () => {
    const s = selectorFor(text, 'It must organise itself.')
    expect(anchor(text.replace('It must organise itself.', ''), s)).toBeNull()
    expect(
      anchor(text.replace('It must organise itself.', 'Everything is different now, look.'), s),
    ).toBeNull()
  })

  it('returns null for an empty quote', () => {
    expect(anchor(text, { quote: { exact: '', prefix: '', suffix: '' } })).toBeNull()
  })
})

describe('toMatchText', () => {
  it('maps every normalised unit back to the original offsets', () => {
    const t = 'A  “Β”\u00ad—c'
    const m = toMatchText(t)
    expect(m.norm).toBe('a "β"-c')
    expect(Array.from(m.start)).toEqual([0, 1, 3, 4, 5, 7, 8])
    expect(m.end[6]).toBe(9)
  })
})

describe('nearest', () => {
  it('offers, for an orphan, the passage most like its quote, with its low confidence', () => {
    const s = selectorFor(text, 'strengthen the struggle against the monopolies')
    const edited = text.replace(
      'The party calls on the workers to strengthen the struggle against the monopolies.',
      'Now it asks everyone to strengthen their fight against the big monopolies.',
    )
    expect(anchor(edited, s)).toBeNull()
    const near = nearest(edited, s)
    expect(near).not.toBeNull()
    expect(near!.confidence).toBeLessThan(1)
    expect(edited.slice(near!.start, near!.end)).toMatch(/^strengthen their fight against the big/)
    // Nothing alike at all: no candidate.
    expect(nearest('Entirely unrelated words only.', s)).toBeNull()
  })
})
