import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-shared/annotation'
import type { ArticleSummary } from '../../src-shared/article'
import type { ArticleNotes } from './article-notes'
import {
  MARKER,
  articleFile,
  combinedFile,
  escapeText,
  hashtag,
  markdownFileName,
  mergeWithExisting,
  quoteBlock,
  templateProblem,
} from './markdown'
import { english } from '../../test-support/english'

const meta = (over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: 'en-the-class-struggle',
  title: 'The class struggle: "driving force" & it\'s role',
  lang: 'en',
  date: '2022-01-22',
  author: 'Giorgos Marinos: CC member',
  publication: null,
  section: null,
  sourceUrl: 'https://inter.kke.gr/en/articles/The-class-struggle/',
  wordCount: 100,
  contentHash: 'h',
  translationGroup: null,
  ...over,
})

let n = 0
const note = (exact: string, over: Partial<Annotation> = {}): Annotation => ({
  id: `00000000-0000-4000-8000-00000000000${++n}`,
  articleId: 'en-the-class-struggle',
  contentHash: 'h',
  quote: { exact, prefix: '', suffix: '' },
  position: { start: 0, end: exact.length },
  color: 'yellow',
  note: '',
  tags: [],
  creator: { id: 'me', name: 'Reader' },
  created: '2026-01-01T10:00:00.000Z',
  modified: '2026-01-01T10:00:00.000Z',
  ...over,
})

const tricky: ArticleNotes = {
  meta: meta(),
  items: [
    {
      paragraph: 3,
      annotation: note(
        '*not emphasis* # not a heading > not a quote [not](a link) <b>no html</b> `no code` 1. no list',
        {
          tags: ['political economy', '1917', 'theory'],
        },
      ),
    },
    {
      paragraph: 4,
      annotation: note('First paragraph of the passage.\n\nSecond paragraph,\nwith a line break.', {
        note: 'A note with a list:\n\n- one\n- two, see [the site](https://kke.gr)\n\n1. first\n2. second',
        color: 'green',
      }),
    },
    { paragraph: null, annotation: note('A passage no longer in the text', { color: 'pink' }) },
  ],
}

const arabic: ArticleNotes = {
  meta: meta({
    id: 'ar-النضال-الطبقي',
    title: 'النضال الطبقي لا يمكن تشويهه',
    lang: 'ar',
    author: null,
    sourceUrl: null,
  }),
  items: [
    {
      paragraph: 1,
      annotation: note('إن الإضرابات الضخمة والمظاهرات الجماهيرية «العمالية الشعبية»', {
        articleId: 'ar-النضال-الطبقي',
        note: 'ملاحظة بالعربية مع **تأكيد**',
        tags: ['عمال'],
      }),
    },
  ],
}

describe('Markdown export', () => {
  it('writes tricky passages, notes and front matter as golden files say', async () => {
    await expect(articleFile(tricky)).toMatchFileSnapshot('golden/tricky.md')
    await expect(articleFile(arabic)).toMatchFileSnapshot('golden/arabic.md')
    await expect(combinedFile([tricky, arabic])).toMatchFileSnapshot('golden/combined.md')
  })

  it('escapes Markdown in passages so they read as text', () => {
    expect(escapeText('*a* _b_ [c](d)')).toBe('\\*a\\* \\_b\\_ \\[c]\\(d)')
    expect(quoteBlock('# not a heading')).toBe('> # not a heading'.replace('# ', '\\# '))
    expect(quoteBlock('one\n\ntwo')).toBe('> one\n>\n> two')
  })

  it('makes tags Obsidian and Logseq read as tags', () => {
    expect(hashtag('political economy')).toBe('#political-economy')
    expect(hashtag('1917')).toBe('#tag-1917')
    expect(hashtag('Μαρξισμός')).toBe('#Μαρξισμός')
    expect(hashtag('!!!')).toBe('')
  })

  it('names files after the article id, safely and stably', () => {
    expect(markdownFileName('en-the-class-struggle')).toBe('en-the-class-struggle.md')
    const odd = markdownFileName('en-a/b:c*d')
    expect(odd).toMatch(/^en-a-b-c-d-[0-9a-f]{8}\.md$/)
    expect(markdownFileName('en-a/b:c*d')).toBe(odd)
    expect(markdownFileName('x'.repeat(300)).length).toBeLessThan(130)
  })

  it('keeps what the user wrote below the marker, and leaves unmarked files alone', () => {
    const fresh = articleFile(tricky)
    expect(fresh.trimEnd().endsWith(MARKER)).toBe(true)
    const edited = `${fresh}My own thoughts.\n`
    const again = mergeWithExisting(fresh, edited)
    expect(again).toBe(edited)
    expect(mergeWithExisting(fresh, '# Someone else’s file\n')).toBeNull()
    expect(mergeWithExisting(fresh, null)).toBe(fresh)
  })

  it('uses a user template, and says when a template cannot be read', () => {
    const custom =
      '{{#annotations}}- {{{quoteText}}} (¶ {{paragraph}}) {{{tags}}}\n{{/annotations}}'
    const out = articleFile(tricky, { template: custom })
    expect(out.split('\n')[0]).toBe(
      '- \\*not emphasis\\* # not a heading > not a quote \\[not]\\(a link) \\<b>no html\\</b> \\`no code\\` 1. no list (¶ 3) #political-economy #tag-1917 #theory',
    )
    expect(english(templateProblem('{{#annotations}}'))).toMatch(/cannot be read/)
    expect(templateProblem(custom)).toBeNull()
  })
})
