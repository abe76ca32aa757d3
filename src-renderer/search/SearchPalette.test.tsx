// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import type { SearchResults } from '../../src-shared/search'
import { fakeApi, renderWithApi } from '../store/test-api'
import { SearchPalette } from './SearchPalette'

afterEach(cleanup)

const results = (query: string): SearchResults => ({
  articles: {
    total: 1,
    hits: [
      {
        id: 'en-strike',
        title: `On the ${query} of the dockers`,
        titleMarks: [],
        lang: 'en',
        date: '2024-05-09',
        section: null,
        score: 1,
        snippet: null,
      },
    ],
  },
  notes: { total: 0, hits: [] },
  corrected: [],
  problems: [],
  sort: 'relevance',
  index: { state: 'ready', done: 1, total: 1, reason: null },
  elapsedMs: 1,
})

it('searches as one types, opens a result with Enter, and closes with Escape', async () => {
  const { api, calls } = fakeApi({
    'search.query': ({ query }) => results(query),
    'search.status': () => ({ state: 'ready', done: 1, total: 1, reason: null }),
  })
  const onOpen = vi.fn()
  const onClose = vi.fn()
  renderWithApi(<SearchPalette initialQuery="" onOpen={onOpen} onClose={onClose} />, api)
  const box = screen.getByRole('combobox', { name: 'Search articles and notes' })
  await userEvent.type(box, 'strike')
  const list = screen.getByRole('listbox', { name: 'Results' })
  expect(await within(list).findByText(/On the strike of the dockers/)).toBeTruthy()
  expect(
    calls.some(
      (c) => c.method === 'search.query' && (c.input as { query: string }).query === 'strike',
    ),
  ).toBe(true)
  await userEvent.keyboard('{Enter}')
  expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ articleId: 'en-strike' }))
  await userEvent.keyboard('{Escape}')
  expect(onClose).toHaveBeenCalled()
})
