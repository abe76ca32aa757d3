// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import type { SyncSource } from '../../src-shared/api'
import { appState } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { SyncDialog } from './SyncDialog'

afterEach(cleanup)

const source: SyncSource = {
  id: 'kke-en',
  name: 'KKE (English)',
  url: 'https://inter.kke.gr/en/',
  pattern: null,
  enabled: true,
  intervalMinutes: 360,
  builtIn: true,
  last: null,
}

it('lists the sources, runs a sync, shows what came, and tells the app the library changed', async () => {
  const { api, calls } = fakeApi({
    'sync.sources': () => [source],
    'sync.progress': () => null,
    'sync.run': () => ({
      finished: '2026-12-06T10:00:00Z',
      sources: [
        {
          id: 'kke-en',
          name: 'KKE (English)',
          added: [{ id: 'en-new', title: 'A new article' }],
          known: 3,
          failed: [],
          error: null,
          unchanged: false,
          updated: [],
        },
      ],
    }),
  })
  const onOpen = vi.fn()
  const onClose = vi.fn()
  renderWithApi(<SyncDialog onClose={onClose} onOpen={onOpen} />, api)
  const dialog = screen.getByRole('dialog', { name: 'Sync new articles' })
  expect(await within(dialog).findByText('KKE (English)')).toBeTruthy()
  const before = appState.get().libraryVersion
  await userEvent.click(within(dialog).getByRole('button', { name: 'Sync now' }))
  expect(await within(dialog).findByText(/1 new, 3 already here/)).toBeTruthy()
  expect(appState.get().libraryVersion).toBe(before + 1)
  expect(calls.filter((c) => c.method === 'sync.run')).toHaveLength(1)
  // Opening what came opens it and closes the dialog.
  await act(() => userEvent.click(within(dialog).getByRole('button', { name: 'A new article' })))
  expect(onOpen).toHaveBeenCalledWith('en-new')
  expect(onClose).toHaveBeenCalled()
})
