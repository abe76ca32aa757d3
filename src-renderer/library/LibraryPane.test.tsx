// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'
import type { ArticleSummary } from '../../src-shared/article'
import type { ArticlePage } from '../../src-shared/api'
import { libraryChanged } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { LibraryPane } from './LibraryPane'

afterEach(cleanup)
// jsdom lays nothing out: give the list a height, so that its window of rows has room.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(300)
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    width: 300,
    height: 600,
    right: 300,
    bottom: 600,
    toJSON: () => ({}),
  })
})

const summary = (id: string, title: string, lang: string): ArticleSummary => ({
  id,
  title,
  lang,
  date: '2024-05-09',
  author: null,
  publication: null,
  section: null,
  sourceUrl: null,
  wordCount: 100,
  contentHash: id,
  translationGroup: null,
})

it('sizes the list to the library, and reads it again when the library changed', async () => {
  let items = [summary('en-a', 'First article', 'en'), summary('el-b', 'Δεύτερο άρθρο', 'el')]
  const page = (): ArticlePage => ({
    total: items.length,
    offset: 0,
    items,
    languages: [
      { lang: 'en', count: 1 },
      { lang: 'el', count: 1 },
    ],
    years: [{ year: 2024, count: items.length }],
    sections: [],
    status: { read: 0, unread: items.length, annotated: 0, own: 0, new: 0 },
  })
  const { api, calls } = fakeApi({ 'articles.list': page })
  renderWithApi(
    <LibraryPane
      onOpen={() => undefined}
      onListChange={() => undefined}
      articleCount={2}
      notebookOpen={false}
      onToggleNotebook={() => undefined}
      onAbout={() => undefined}
      onAddFiles={() => undefined}
      onSync={() => undefined}
      onGroups={() => undefined}
    />,
    api,
  )
  const list = screen.getByRole('listbox', { name: 'Articles' })
  // The list is as long as the library's articles (rows are drawn as they scroll into view;
  // jsdom draws none, the end-to-end tests do).
  const height = () => (list.firstElementChild as HTMLElement).style.height
  await vi.waitFor(() => expect(height()).toBe(`${2 * 76}px`))
  // Files were added elsewhere: the list is read again and has them.
  const before = calls.filter((c) => c.method === 'articles.list').length
  items = [...items, summary('ar-c', 'مقال ثالث', 'ar')]
  act(() => libraryChanged())
  await vi.waitFor(() => expect(height()).toBe(`${3 * 76}px`))
  expect(calls.filter((c) => c.method === 'articles.list').length).toBeGreaterThan(before)
})
