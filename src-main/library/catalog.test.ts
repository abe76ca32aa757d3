import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../src-shared/article'
import { decodeCatalog, encodeCatalog } from './catalog'

const row = (id: string, title: string, date: string | null): ArticleSummary => ({
  id,
  title,
  lang: 'el',
  date,
  author: 'Γιώργος',
  publication: null,
  section: null,
  sourceUrl: null,
  wordCount: 3,
  contentHash: 'a'.repeat(64),
  translationGroup: null,
})

describe('the catalog file', () => {
  const articles = [
    row('el-1', 'Η πάλη των τάξεων', '2021-01-01'),
    row('ar-1', 'النضال الطبقي 😀', null),
    row('en-1', 'Plain "quoted" title', '2023-05-06'),
  ]

  it('reads back to the same articles, newest first, undated last', () => {
    const text = encodeCatalog(articles)
    const decoded = decodeCatalog(JSON.parse(text))
    if (!decoded.ok) throw new Error(decoded.reason)
    const back = Array.from({ length: decoded.catalog.count }, (_, i) => decoded.catalog.summary(i))
    expect(back.map((a) => a.id)).toEqual(['en-1', 'el-1', 'ar-1'])
    expect(back.find((a) => a.id === 'ar-1')).toEqual(articles[1])
  })
})
