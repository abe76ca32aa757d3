// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import type { NotebookEntry } from '../../src-shared/annotation'
import type { NotebookPage } from '../../src-shared/api'
import { fakeApi, renderWithApi } from '../store/test-api'
import { Notebook } from './Notebook'

afterEach(cleanup)

const entry = (id: string, note: string, tags: string[]): NotebookEntry => ({
  id,
  articleId: 'en-a',
  contentHash: 'h',
  quote: { exact: `Quoted passage ${id}`, prefix: '', suffix: '' },
  position: { start: 0, end: 10 },
  color: 'yellow',
  note,
  tags,
  creator: { id: 'me', name: 'Ana' },
  created: '2026-12-01T10:00:00Z',
  modified: '2026-12-01T10:00:00Z',
  articleTitle: 'An article',
  lang: 'en',
})

it('lists the notes, filters them by tag, and opens one at its passage', async () => {
  const all = [entry('a1', 'On the strike', ['labour']), entry('a2', 'On the war', ['peace'])]
  const { api, calls } = fakeApi({
    'annotations.query': (input): NotebookPage => {
      const items = all.filter((a) => !input.tag || a.tags.includes(input.tag))
      return {
        total: items.length,
        offset: 0,
        items,
        tags: [
          { tag: 'labour', count: 1 },
          { tag: 'peace', count: 1 },
        ],
        colors: [{ color: 'yellow', count: 2 }],
        languages: [{ lang: 'en', count: 2 }],
        articles: [{ id: 'en-a', title: 'An article', count: 2 }],
        authors: [],
      }
    },
  })
  const onOpenAt = vi.fn()
  renderWithApi(<Notebook onOpenAt={onOpenAt} />, api)
  expect(await screen.findByText('Quoted passage a1')).toBeTruthy()
  expect(screen.getByText('Quoted passage a2')).toBeTruthy()
  await userEvent.selectOptions(screen.getByLabelText('Tag'), 'peace')
  await vi.waitFor(() => expect(screen.queryByText('Quoted passage a1')).toBeNull())
  expect(calls.at(-1)?.input).toMatchObject({ tag: 'peace' })
  await userEvent.click(screen.getByText('Quoted passage a2'))
  expect(onOpenAt).toHaveBeenCalledWith('en-a', 'a2')
})
