// The built-in flavours (Markdown, Obsidian, Logseq) read by real parsers: front matter by
// gray-matter, the outline and inline Markdown by Logseq's own parser (mldoc). Titles,
// properties, tags, block ids and quotes must come out as the notes hold them.
import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-shared/annotation'
import type { ArticleSummary } from '../../src-shared/article'
import { EXPORT_FLAVOURS, type ExportFlavour } from '../../src-shared/export-template'
import { translatorFor } from '../../src-shared/i18n/catalogs'
import { parseLogseq } from '../../test-support/mldoc'
import { plainAnnotation } from '../../test-support/plain-annotation'
import type { ArticleNotes } from './article-notes'
import { blockUuid } from './logseq'
import { articleFile, combinedFile, MARKER } from './markdown'
import { displayQuote } from './quote-display'
import { exportTag } from './tags'

const meta: ArticleSummary = {
  id: 'en-wages-and-prices',
  title: 'Wages, prices: what the "crisis" means',
  lang: 'en',
  date: '2024-05-09',
  author: 'Press office',
  publication: null,
  section: 'Articles',
  sourceUrl: 'https://inter.kke.gr/en/articles/Wages-and-prices/',
  wordCount: 300,
  contentHash: 'h1',
  translationGroup: null,
}

const annotation = (id: string, over: Partial<Annotation>): Annotation => ({
  ...plainAnnotation(id, meta.id),
  contentHash: 'h1',
  ...over,
})

// A selection that began inside a word and ended on a space, tags with spaces and digits only, a
// passage of two paragraphs, a note with a list, an id from another tool (not a UUID).
const notes: ArticleNotes = {
  meta,
  items: [
    {
      paragraph: 2,
      annotation: annotation('6f2c1b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', {
        quote: {
          exact: 'ginning of the year, rents rose faster than wages ',
          prefix: 'Since the be',
          suffix: 'did, and',
        },
        tags: ['class struggle', '2024', 'economy/wages'],
        note: 'Compare with the figures of **last year**.',
      }),
    },
    {
      paragraph: 3,
      annotation: annotation('hypothesis:Xk3-pQ', {
        quote: {
          exact: 'The first paragraph ends here.\n\nThe second one\nhas a line break.',
          prefix: '',
          suffix: '',
        },
        color: 'green',
        note: 'Two points:\n\n- the first\n- the second',
        tags: ['theory'],
      }),
    },
  ],
}

const expected = notes.items.map(({ annotation: a }) => ({
  blockId: blockUuid(a.id),
  quote: displayQuote(a.quote),
  tags: a.tags.map(exportTag),
}))

describe.each(EXPORT_FLAVOURS)('the %s flavour', (flavour: ExportFlavour) => {
  const file = articleFile(notes, { flavour })

  it('writes what its golden file says', async () => {
    await expect(file).toMatchFileSnapshot(`golden/flavour-${flavour}.md`)
    await expect(combinedFile([notes], { flavour })).toMatchFileSnapshot(
      `golden/flavour-${flavour}-combined.md`,
    )
  })

  it('quotes as the reader meant them: whole words, no entities, paragraphs kept', () => {
    expect(expected[0]!.quote).toBe('beginning of the year, rents rose faster than wages')
    expect(file).not.toMatch(/&#x?[0-9a-f]+;/i)
    const page = parseLogseq(file)
    const quotes = page.blocks.flatMap((b) => b.quotes)
    // A hard break is CommonMark's backslash (Logseq's flavour writes a bare newline instead).
    const found = quotes.map((q) =>
      q
        .replace(/\n—[\s\S]*$/, '')
        .replace(/\\\n/g, '\n')
        .trim(),
    )
    if (flavour === 'logseq') expect(file).not.toMatch(/\\\n/)
    for (const e of expected) expect(found.some((q) => q.startsWith(e.quote))).toBe(true)
  })

  it('writes each tag one way, and the tags as the parsers read them are those', () => {
    const inline = new Set(
      parseLogseq(file).blocks.flatMap((b) => [
        ...b.tags,
        ...(b.properties.tags?.split(/,\s*/) ?? []),
      ]),
    )
    const all = expected.flatMap((e) => e.tags)
    expect([...inline].sort()).toEqual([...new Set(all)].sort())
    expect(all).toEqual(['class-struggle', 'tag-2024', 'economy/wages', 'theory'])
    const pageTags =
      flavour === 'logseq'
        ? parseLogseq(file).properties.tags!.split(/,\s*/)
        : (matter(file).data as { tags: string[] }).tags
    expect([...pageTags].sort()).toEqual([...new Set(all)].sort())
  })

  it('gives every annotation a stable block id that the next export keeps', () => {
    const again = articleFile(structuredClone(notes), { flavour })
    expect(again).toBe(file)
    for (const e of expected) expect(e.blockId).toMatch(/^[0-9a-f-]{36}$/)
    if (flavour === 'logseq') {
      const blocks = parseLogseq(file).blocks.filter((b) => b.properties.id)
      expect(blocks.map((b) => b.properties.id)).toEqual(expected.map((e) => e.blockId))
      expect(blocks.map((b) => b.properties.color)).toEqual(['yellow', 'green'])
    }
    if (flavour === 'obsidian')
      for (const e of expected) expect(file).toContain(`\n^${e.blockId}\n`)
  })

  it('has the title where its readers look for it, and the marker last', () => {
    if (flavour === 'logseq') {
      const page = parseLogseq(file)
      expect(page.properties.title).toBe(meta.title)
      expect(page.properties.source).toBe(meta.sourceUrl)
      expect(page.blocks.at(-1)!.text).toContain(MARKER.slice(4, 20))
    } else {
      const { data, content } = matter(file)
      expect(data.title).toBe(meta.title)
      expect(data.source).toBe(meta.sourceUrl)
      expect(content).toContain(`# ${meta.title.replace(/"/g, '"')}`)
      expect(file.trimEnd().endsWith(MARKER)).toBe(true)
    }
  })
})

describe('the Logseq outline', () => {
  const page = parseLogseq(articleFile(notes, { flavour: 'logseq' }))
  const [first, , second] = page.blocks

  it('holds the note as child blocks of its annotation, a block per list item', () => {
    expect(first!.level).toBe(1)
    const children = page.blocks.filter((b) => b.level === 2)
    expect(children.map((b) => b.title.trim())).toEqual([
      'Compare with the figures of last year.',
      'Two points:',
      'the first',
      'the second',
    ])
    expect(second?.level).toBe(1)
    expect(second!.quotes[0]).toBe(
      'The first paragraph ends here.\n\nThe second one\nhas a line break.',
    )
  })
})

describe('colours', () => {
  it('marks highlights ==like this== when asked, in every flavour', () => {
    for (const flavour of EXPORT_FLAVOURS) {
      const page = parseLogseq(articleFile(notes, { flavour, colours: 'mark' }))
      const marked = page.blocks.flatMap((b) => b.highlights)
      expect(marked).toContain(expected[0]!.quote)
      expect(marked).toEqual(expect.arrayContaining(['The first paragraph ends here.']))
    }
  })

  it('writes the colour as a property when asked', () => {
    const file = articleFile(notes, { flavour: 'markdown', colours: 'property' })
    expect(file).toContain('\ncolor:: yellow\n')
    expect(file).toContain('\ncolor:: green\n')
    expect(articleFile(notes, { flavour: 'markdown' })).not.toContain('color::')
  })
})

describe('quotes at their edges', () => {
  it.each([
    [' leading space', 'leading space'],
    ['trailing space ', 'trailing space'],
    ['\ttab and\u00a0no-break space\u00a0', 'tab and\u00a0no-break space'],
    ['  first line  \n  second line\t', 'first line\nsecond line'],
    ['one\n \ntwo', 'one\n\ntwo'],
    ['\n\nblank lines around\n\n', 'blank lines around'],
  ])('%j is quoted as %j, with no entity in any flavour', (exact, shown) => {
    const quote = { exact, prefix: 'before ', suffix: ' after' }
    expect(displayQuote(quote)).toBe(shown)
    for (const flavour of EXPORT_FLAVOURS) {
      const file = articleFile(
        { meta, items: [{ paragraph: 1, annotation: annotation('a1', { quote }) }] },
        { flavour },
      )
      expect(file).not.toMatch(/&#x?[0-9a-f]+;/i)
    }
  })

  it('makes a cut word whole from the text around it, but not a long run of letters', () => {
    expect(displayQuote({ exact: 'cial rights', prefix: 'for so', suffix: ' now' })).toBe(
      'social rights',
    )
    expect(displayQuote({ exact: 'the work', prefix: 'x ', suffix: 'ers of' })).toBe('the workers')
    expect(displayQuote({ exact: 'word', prefix: 'a'.repeat(60), suffix: '' })).toBe('word')
    expect(displayQuote({ exact: ' space first', prefix: 'cut', suffix: '' })).toBe('space first')
  })
})

describe('labels', () => {
  it('are in the interface language while quotes stay in the article’s', async () => {
    const labels = await translatorFor('el')
    for (const flavour of EXPORT_FLAVOURS) {
      const file = articleFile(notes, { flavour, labels })
      expect(file).toContain('[Άνοιγμα στο Scholion](scholion://article/')
      expect(file).not.toContain('Open in Scholion')
      expect(file).toContain('beginning of the year, rents rose faster than wages')
    }
    const ar = await translatorFor('ar')
    expect(combinedFile([notes], { labels: ar })).toMatch(/^---\ntitle: ملاحظات Scholion\n/)
    expect(articleFile(notes, { labels: ar })).toContain('[المصدر](https://inter.kke.gr/')
  })
})

describe('hostile notes and titles', () => {
  it('cannot add blocks, ids or page properties to the Logseq outline', () => {
    const hostile: ArticleNotes = {
      meta: { ...meta, title: 'A title\ntags:: injected\n- and a block' },
      items: [
        {
          paragraph: 1,
          annotation: annotation('6f2c1b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', {
            quote: {
              exact: 'a quote\n- not a block\nid:: 00000000-0000-4000-8000-000000000000',
              prefix: '',
              suffix: '',
            },
            note: 'first line\n- looks like a block\nid:: 11111111-1111-4111-8111-111111111111\n\n```\n- inside code\n```',
            tags: ['__proto__', 'a:: b'],
          }),
        },
      ],
    }
    const page = parseLogseq(articleFile(hostile, { flavour: 'logseq' }))
    expect(Object.keys(page.properties)).not.toContain('__proto__')
    expect(page.properties.title).toBe('A title tags:: injected - and a block')
    expect(page.properties.tags).toBe('__proto__, a-b')
    const top = page.blocks.filter((b) => b.level === 1)
    // The annotation's block and the marker's: nothing else at the top.
    expect(top).toHaveLength(2)
    expect(top[0]!.properties.id).toBe('6f2c1b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f')
    // Only the annotation's block has an id: the quote's and the note's lookalikes set none.
    expect(page.blocks.filter((b) => b.properties.id).map((b) => b.properties.id)).toEqual([
      '6f2c1b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
    ])
  })
})
