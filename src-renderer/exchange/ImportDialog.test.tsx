// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import type { ImportSummary } from '../../src-shared/api'
import { fakeApi, renderWithApi } from '../store/test-api'
import { ImportDialog } from './ImportDialog'

afterEach(cleanup)

const summary = (added: number): ImportSummary => ({
  format: 'w3c',
  added,
  updated: 0,
  deleted: 0,
  unchanged: 1,
  skipped: [],
  skippedCount: 0,
  changes: [],
})

it('previews a file before anything changes, then imports it on confirmation only', async () => {
  const { api, calls } = fakeApi({
    'import.preview': () => summary(2),
    'import.apply': () => summary(2),
  })
  const onImported = vi.fn()
  renderWithApi(
    <ImportDialog initial={null} onClose={() => undefined} onImported={onImported} />,
    api,
  )
  const dialog = screen.getByRole('dialog', { name: 'Import annotations' })
  await userEvent.upload(
    within(dialog).getByLabelText('File'),
    new File(['{"type":"AnnotationCollection"}'], 'notes.jsonld', { type: 'application/ld+json' }),
  )
  expect(await within(dialog).findByText(/2 would be added/)).toBeTruthy()
  expect(calls.map((c) => c.method)).toEqual(['import.preview'])
  await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }))
  expect(await within(dialog).findByText(/2 added/)).toBeTruthy()
  expect(calls.map((c) => c.method)).toEqual(['import.preview', 'import.apply'])
  expect(onImported).toHaveBeenCalledTimes(1)
  expect(within(dialog).getByRole('button', { name: 'Done' })).toBeTruthy()
})
