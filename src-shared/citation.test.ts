import { expect, it } from 'vitest'
import type { ArticleSummary } from './article'
import { citeParagraph, citeQuote } from './citation'

const meta: ArticleSummary = {
  id: 'en-x',
  title: 'The class struggle',
  lang: 'en',
  date: '2022-01-22',
  author: 'Giorgos Marinos',
  publication: null,
  section: null,
  sourceUrl: null,
  wordCount: 1,
  contentHash: '0'.repeat(64),
  translationGroup: null,
}

it('cites title, author, date, paragraph and a link', () => {
  expect(citeParagraph(meta, 12)).toBe(
    '“The class struggle”, Giorgos Marinos, 22 January 2022, ¶ 12. scholion://article/en-x#para-12',
  )
  expect(
    citeParagraph(
      { ...meta, author: null, date: null, sourceUrl: 'https://inter.kke.gr/en/articles/x/' },
      3,
    ),
  ).toBe('“The class struggle”, ¶ 3. https://inter.kke.gr/en/articles/x/')
})

it('quotes a passage, its spacing tidied, with the citation of its paragraph', () => {
  expect(citeQuote(meta, '  the driving\n force ', 4)).toBe(
    '“the driving force” — “The class struggle”, Giorgos Marinos, 22 January 2022, ¶ 4. scholion://article/en-x#para-4',
  )
})
