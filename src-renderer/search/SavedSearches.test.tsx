// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import type { SavedSearchView } from '../../src-shared/api'
import type { SearchResults } from '../../src-shared/search'
import { appState } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { SavedSearches } from './SavedSearches'
import { SearchPalette } from './SearchPalette'

afterEach(cleanup)

const saved = (id: string, name: string, total: number, fresh: number): SavedSearchView => ({
  id: id.repeat(16).slice(0, 16),
  name,
  query: name.toLowerCase(),
  created: '2026-01-01T00:00:00Z',
  seenAt: '2026-01-01T00:00:00Z',
  total,
  fresh,
  freshIds: [],
})

it('lists saved searches with their counts and new articles, runs one, and edits the list', async () => {
  let list = [saved('a', 'Dockers', 12, 3), saved('b', 'Farmers', 4, 0)]
  const { api, calls } = fakeApi({
    'searches.list': () => list,
    'searches.move': ({ id, to }) => {
      const moved = list.find((s) => s.id === id)!
      list = list.filter((s) => s.id !== id)
      list.splice(to, 0, moved)
      return list
    },
    'searches.delete': ({ id }) => {
      list = list.filter((s) => s.id !== id)
      return null
    },
  })
  const onRun = vi.fn()
  renderWithApi(<SavedSearches onRun={onRun} />, api)
  const group = await screen.findByRole('list', { name: 'Saved searches' })
  expect(
    await within(group).findByRole('button', { name: 'Dockers: articles 12, new 3' }),
  ).toBeTruthy()
  expect(screen.getByText('3 new', { selector: 'summary .new-badge' })).toBeTruthy()
  await userEvent.click(within(group).getByRole('button', { name: /Dockers/ }))
  expect(onRun).toHaveBeenCalledWith(expect.objectContaining({ name: 'Dockers' }))

  await userEvent.click(screen.getByRole('button', { name: 'Edit' }))
  await userEvent.click(screen.getByRole('button', { name: 'Move “Farmers” up' }))
  expect(calls.find((c) => c.method === 'searches.move')?.input).toEqual({
    id: list[0]!.id,
    to: 0,
  })
  await screen.findByRole('button', { name: 'Move “Dockers” up' })
  await userEvent.click(screen.getByRole('button', { name: 'Delete “Dockers”' }))
  await vi.waitFor(() =>
    expect(screen.queryByRole('button', { name: 'Delete “Dockers”' })).toBeNull(),
  )
})

const results: SearchResults = {
  articles: {
    total: 2,
    hits: ['en-old', 'en-new'].map((id) => ({
      id,
      title: `Article ${id}`,
      titleMarks: [],
      lang: 'en',
      date: null,
      section: null,
      score: 1,
      snippet: null,
    })),
  },
  notes: { total: 0, hits: [] },
  corrected: [],
  problems: [],
  sort: 'relevance',
  index: { state: 'ready', done: 2, total: 2, reason: null },
  elapsedMs: 1,
}

it('marks a saved search’s new articles, and saves a search under a name', async () => {
  const { api, calls } = fakeApi({
    'search.query': () => results,
    'searches.save': ({ name, query }) => ({ ...saved('c', name, 2, 0), query }),
  })
  renderWithApi(
    <SearchPalette
      initialQuery="dockers"
      fresh={['en-new']}
      onOpen={() => undefined}
      onClose={() => undefined}
    />,
    api,
  )
  const list = screen.getByRole('listbox', { name: 'Results' })
  const fresh = await within(list).findByRole('option', { name: /Article en-new/ })
  expect(within(fresh).getByText('New')).toBeTruthy()
  expect(
    within(within(list).getByRole('option', { name: /Article en-old/ })).queryByText('New'),
  ).toBeNull()

  const before = appState.get().savedSearchesVersion
  await userEvent.click(screen.getByRole('button', { name: 'Save search' }))
  const name = screen.getByRole('textbox', { name: 'Name' })
  await userEvent.clear(name)
  await userEvent.type(name, 'Port workers')
  await userEvent.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText(/Saved as “Port workers”/)).toBeTruthy()
  expect(calls.find((c) => c.method === 'searches.save')?.input).toEqual({
    name: 'Port workers',
    query: 'dockers',
  })
  expect(appState.get().savedSearchesVersion).toBe(before + 1)
})
