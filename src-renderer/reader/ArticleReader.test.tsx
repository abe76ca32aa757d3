// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { DEFAULT_READER, type Article } from '../../src-shared/api'
import { appState, libraryChanged } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { ArticleReader } from './ArticleReader'
import { act } from 'react'

afterEach(cleanup)

const article = (title: string, hash: string): Article => ({
  meta: {
    id: 'en-a',
    title,
    lang: 'en',
    date: '2022-01-22',
    author: 'Giorgos Marinos',
    publication: 'Rizospastis',
    section: 'Articles',
    sourceUrl: null,
    wordCount: 6,
    contentHash: hash,
    translationGroup: null,
  },
  doc: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'The first paragraph of the text.' }] },
    ],
  },
  translations: [],
  position: null,
  versions: [],
  annotations: { annotations: [], notices: [] },
})

it('shows the article with its facts, and its new text when the library changed', async () => {
  let current = article('The first title', 'h1')
  const { api, calls } = fakeApi({
    'articles.get': () => current,
    'annotations.forArticle': () => ({ annotations: [], notices: [] }),
    'annotations.tags': () => [],
    'reading.save': ({ block, progress }) => ({ block, progress, updated: 'now' }),
  })
  renderWithApi(
    <ArticleReader
      id="en-a"
      focusAnnotation={null}
      focusParagraph={null}
      lastColor="yellow"
      onLastColor={() => undefined}
      onOpen={() => undefined}
      reader={DEFAULT_READER}
      changeReader={() => undefined}
      onStepArticle={() => undefined}
    />,
    api,
  )
  const text = await screen.findByLabelText('Article text')
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('The first title')
  expect(text.textContent).toContain('The first paragraph of the text.')
  expect(document.querySelector('.article-meta')?.textContent).toContain('Giorgos Marinos')
  // A sync brought a new version of this article: the reader shows it without being reopened.
  current = article('The new title', 'h2')
  const gets = calls.filter((c) => c.method === 'articles.get').length
  act(() => libraryChanged())
  expect(await screen.findByText('The new title')).toBeTruthy()
  expect(calls.filter((c) => c.method === 'articles.get').length).toBeGreaterThan(gets)
  expect(appState.get().problems).toEqual([])
})
