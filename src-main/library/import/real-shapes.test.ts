// The importer on articles in the shapes of real pages of the KKE sites, in eleven languages
// and four scripts (fixtures/real-shapes.ts, written from docs/site-pages.md): title, language,
// date, author and section right, the site's box and the labels out of the text, and the report
// warning only where something is wrong.
import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../../src-shared/text'
import { expectedReport, REAL_SHAPES } from './fixtures/real-shapes'
import { importFile } from './import-file'
import { articleSchema } from '../../../src-shared/schema'
import { Node } from 'prosemirror-model'
import { english } from '../../../test-support/english'

const bytes = (text: string) => new TextEncoder().encode(text)

describe.each(REAL_SHAPES)('$name', (shape) => {
  const { name, text, expected } = shape
  const imported = importFile({ name, bytes: bytes(text) }, { guessLanguage: true })
  const doc = Node.fromJSON(articleSchema, imported.entry.doc)

  it('finds the title, language, date, author and section', () => {
    expect(imported.report).toMatchObject(expectedReport(shape))
    expect(imported.entry).toMatchObject({
      title: expected.title,
      lang: expected.lang,
      date: expected.date,
      author: expected.author,
      section: expected.section,
    })
  })

  it('opens with the title, then the first block of the article', () => {
    const blocks: [string, string][] = []
    doc.forEach((node) =>
      blocks.push([node.type.name + (node.attrs.level ?? ''), node.textContent]),
    )
    expect(blocks[0]).toEqual(['heading1', expected.title])
    expect(blocks[1]![0]).toBe(expected.firstBlock[0])
    expect(blocks[1]![1].startsWith(expected.firstBlock[1])).toBe(true)
    // No second title, and no date line or byline among the headings.
    expect(blocks.filter(([type]) => type === 'heading1')).toHaveLength(1)
  })

  it('leaves the box and the labels out of the text', () => {
    const all = canonicalText(doc).text
    for (const gone of expected.absent) expect(all).not.toContain(gone)
  })

  it('warns only of what is wrong', () => {
    const warnings = imported.report.warnings.map(english).join('\n')
    expect(warnings.includes('No date was found')).toBe(expected.date === null)
    expect(warnings.includes('was guessed from the text')).toBe(expected.langGuessed === true)
    expect(warnings).not.toMatch(/characters long|heading of the site|opens with the sentence/)
  })
})
