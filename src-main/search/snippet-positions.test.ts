import { describe, expect, it } from 'vitest'
import { parseSearch } from '../../src-shared/search-query'
import { BLOCK_SEPARATOR } from '../../src-shared/text'
import { searchArticles } from './article-search'
import { memorySource, Segment } from './segment'
import { SegmentBuilder, segmentBytes, type IndexableArticle } from './segment-builder'
import { placesOf, snippetAt, titleMarksAt } from './snippet-positions'
import { makeSnippet, markWords } from './snippets'

// Articles in several languages, with headings equal to the title, several paragraphs, words
// repeated far apart, and inflected forms: the cases a snippet has to get right.
const filler = (n: number, lang: string) =>
  Array.from({ length: n }, (_, i) => (lang === 'el' ? `λέξη${i}` : `word${i}`)).join(' ')
const ARTICLES: IndexableArticle[] = [
  {
    id: 'a',
    lang: 'en',
    date: '2020-01-01',
    section: null,
    title: 'Workers and the strike',
    blocks: [
      'Workers and the strike',
      `${filler(60, 'en')} The workers went on strike at the docks.`,
      `${filler(80, 'en')} A general strike was called; the working class answered the call.`,
      'Strikes, striking, struck: the strike goes on while the workers hold.',
    ],
  },
  {
    id: 'b',
    lang: 'el',
    date: '2021-05-01',
    section: 'News',
    title: 'Οι απεργίες',
    blocks: [
      `${filler(40, 'el')} Η απεργία των εργατών συνεχίζεται.`,
      `Οι απεργίες και οι εργάτες. ${filler(30, 'el')} Απεργιακή κινητοποίηση.`,
    ],
  },
  {
    id: 'c',
    lang: 'en',
    date: null,
    section: null,
    title: 'Nothing here',
    blocks: ['Capital and labour.', `${filler(20, 'en')} Labour produces capital; labour strikes.`],
  },
]

function index(): Segment {
  const b = new SegmentBuilder()
  for (const a of ARTICLES) b.add(a)
  return new Segment(memorySource(segmentBytes(b.serialise())))
}

const QUERIES = [
  'strike',
  'workers strike',
  '"general strike"',
  'strik*',
  'απεργια',
  'απεργίες εργάτες',
  'labour capital',
  'stirke',
  'class -nothing',
]

describe('snippets from the index', () => {
  const segment = index()
  const sources = [{ segment, hidden: new Set<number>() }]

  for (const query of QUERIES)
    it(`quote the same passage, with the same marks, as reading the text: ${query}`, () => {
      const found = searchArticles(sources, parseSearch(query), {
        offset: 0,
        limit: 10,
        allowed: null,
      })
      expect(found.total).toBeGreaterThan(0)
      const hl = { ...found.highlight, weak: found.corrected.flatMap((c) => c.similar) }
      const places = placesOf(sources, found.hits, hl, found.prefixWords)
      for (const [i, hit] of found.hits.entries()) {
        const article = ARTICLES.find((a) => a.id === hit.id)!
        const text = article.blocks.join(BLOCK_SEPARATOR)
        const heading = article.blocks.length > 1 && article.blocks[0] === article.title
        const from = heading ? article.blocks[0]!.length + BLOCK_SEPARATOR.length : 0
        const scanned = makeSnippet(text, hl, article.lang, from)
        const fromIndex = snippetAt(article.title, article.blocks, places[i]!, hl, article.lang)
        expect(places[i]!.length).toBeGreaterThan(0)
        expect(fromIndex).toEqual(scanned)
        expect(fromIndex!.marks.length).toBeGreaterThan(0)
        expect(titleMarksAt(article.title, places[i]!)).toEqual(
          markWords(article.title, hl, article.lang),
        )
      }
    })

  it('finds the forms of a stem and where they are', () => {
    expect(segment.stemForms('el:απεργ').sort()).toEqual(['απεργια', 'απεργιεσ'])
    const places = placesOf(sources, [{ source: 0, doc: 0 }], {
      exact: [],
      stems: ['en:strike'],
      prefixes: [],
    })[0]!
    // "strike" in the title (three words in), and further on; "struck" stems apart.
    expect(places.map((p) => p.key).every((k) => k === 'en:strike')).toBe(true)
    expect(places[0]!.position).toBe(3)
    expect(places.length).toBeGreaterThanOrEqual(6)
  })

  it('quotes the opening when the words are only in the title', () => {
    const found = searchArticles(sources, parseSearch('nothing'), {
      offset: 0,
      limit: 10,
      allowed: null,
    })
    const places = placesOf(sources, found.hits, found.highlight)[0]!
    expect(places.length).toBe(1)
    const article = ARTICLES[2]!
    const snippet = snippetAt(article.title, article.blocks, places, found.highlight, 'en')
    expect(snippet).toEqual(
      makeSnippet(article.blocks.join(BLOCK_SEPARATOR), found.highlight, 'en', 0),
    )
    expect(snippet!.text.startsWith('Capital and labour.')).toBe(true)
    expect(snippet!.marks).toEqual([])
  })

  it('declines when the text is not the text indexed, so the text is read instead', () => {
    const found = searchArticles(sources, parseSearch('strike'), {
      offset: 0,
      limit: 10,
      allowed: null,
    })
    const hl = found.highlight
    const places = placesOf(sources, found.hits, hl)
    const i = found.hits.findIndex((h) => h.id === 'a')
    const article = ARTICLES[0]!
    // A paragraph added before the match moves every word after it.
    const changed = [article.blocks[0]!, 'An added paragraph.', ...article.blocks.slice(1)]
    expect(snippetAt(article.title, changed, places[i]!, hl, 'en')).toBeNull()
    expect(snippetAt(article.title, article.blocks, [], hl, 'en')).toBeNull()
    expect(titleMarksAt('The workers and the strike', places[i]!)).toBeNull()
  })
})
