import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../../src-shared/text'
import { importMarkdown } from './import-markdown'

const md = (text: string, lang: string | null = 'en') =>
  importMarkdown({ text, lang, fallbackTitle: 'from-the-name' })

describe('importMarkdown', () => {
  it('reads front matter and the structure of the text', () => {
    const r = md(
      [
        '---',
        'title: "Notes: on the state"',
        'author: [A. Reader, B. Writer]',
        'date: 2021-03-04',
        'lang: de',
        'source: https://example.org/state',
        'section: Theory',
        '---',
        '',
        '# Ignored as a title when front matter has one',
        '',
        'Ein "Absatz" mit *Betonung*, **Stärke**, `code` und [Link](https://example.org/a).',
        '',
        '## Zweiter Teil',
        '',
        '> Ein Zitat',
        '',
        '1. eins',
        '2. zwei',
        '',
        '- [ ] Aufgabe',
        '',
        '---',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
      ].join('\n'),
      'en',
    )
    expect(r).toMatchObject({
      title: 'Notes: on the state',
      author: 'A. Reader, B. Writer',
      date: '2021-03-04',
      lang: 'de',
      sourceUrl: 'https://example.org/state',
      section: 'Theory',
    })
    const types = r.doc.content.content.map((n) => n.type.name)
    expect(types).toEqual([
      'heading',
      'heading',
      'paragraph',
      'heading',
      'blockquote',
      'ordered_list',
      'bullet_list',
      'horizontal_rule',
      'paragraph',
      'paragraph',
    ])
    const { text } = canonicalText(r.doc)
    expect(text).toContain('Ein „Absatz“ mit Betonung, Stärke, code und Link.')
    expect(text).toContain('a | b')
    const json = JSON.stringify(r.doc.toJSON())
    for (const mark of ['"em"', '"strong"', '"code"', '"https://example.org/a"'])
      expect(json).toContain(mark)
  })

  it('takes the first-level heading as the title, else the file name', () => {
    expect(md('# The title\n\nBody text.').title).toBe('The title')
    const r = md('# The title\n\nBody text.')
    expect(r.doc.childCount).toBe(2)
    expect(md('Just a body.').title).toBe('from-the-name')
  })

  it('leaves out raw HTML, unsafe links and images (keeping their descriptions)', () => {
    const r = md(
      'Text <script>alert(1)</script> [bad](javascript:alert(2)) ![a diagram](x.png)\n\n<div onclick="x()">block html</div>',
    )
    const json = JSON.stringify(r.doc.toJSON())
    expect(json).not.toMatch(/script|alert|onclick|block html|x\.png/)
    expect(canonicalText(r.doc).text).toContain('bad a diagram')
    expect(r.dropped).toEqual(
      expect.arrayContaining(['raw HTML', 'links that are not http, https or mailto']),
    )
  })

  it('gives clear errors for an empty file, a file without language, bad front matter', () => {
    expect(() => md('')).toThrow(/holds no text/)
    expect(() => md('---\ntitle: x\n---\n')).toThrow(/holds no text/)
    expect(() => md('Words.', null)).toThrow(/language/)
    const r = md('---\ntitle: [unclosed\n---\n\nBody.')
    expect(r.title).toBe('from-the-name')
    expect(r.dropped[0]).toMatch(/front matter that is not valid YAML/)
  })

  it('makes an image alone in its paragraph a figure, and keeps other images as their words', () => {
    const r = md(
      [
        '# A day of action',
        '',
        'The strike began at dawn and closed the port for the whole day.',
        '',
        '![Dockers at the gate](https://cdn.example/gate.jpg "The gate of the container terminal")',
        '',
        'Then ![a banner](https://cdn.example/b.jpg) went up over the gate.',
      ].join('\n'),
    )
    const figure = r.doc.content.content.find((b) => b.type.name === 'figure')!
    expect(figure.attrs.alt).toBe('Dockers at the gate')
    expect(figure.textContent).toBe('The gate of the container terminal')
    expect(canonicalText(r.doc).text).toContain('Then a banner went up over the gate.')
    // The figure's picture is where it came from (stored only by a sync or a build); an image
    // inside a line of text leaves its words only.
    expect(figure.attrs.source).toBe('https://cdn.example/gate.jpg')
    expect(figure.attrs.image).toBe('')
    expect(JSON.stringify(r.doc.toJSON())).not.toContain('cdn.example/b.jpg')
  })
})
