// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import type { ArchiveStatus, PackPreview } from '../../src-shared/api'
import { err } from '../../src-shared/result'
import { fakeApi, renderWithApi } from '../store/test-api'
import { appState } from '../store/app-state'
import { sendPack } from './send-pack'
import { UpdateArchiveDialog } from './UpdateArchiveDialog'

afterEach(cleanup)

const status: ArchiveStatus = {
  archive: 'kke-inter',
  release: '2025-01-01T00:00:00.000Z',
  applied: false,
  signature: 'verified',
  keyId: '16cc0722bcc7d00d',
  updateUrl: null,
  offered: null,
}
const preview: PackPreview = {
  archive: 'kke-inter',
  release: '2025-02-01T00:00:00.000Z',
  keyId: '16cc0722bcc7d00d',
  added: 3,
  changed: 1,
  removed: 0,
  titles: [
    { id: 'en-a', title: 'The dockers’ strike', change: 'added' },
    { id: 'en-b', title: 'On the budget', change: 'changed' },
  ],
}

it('sends a pack in parts, in order, and says what it would do before anything changes', async () => {
  const parts: { upload: string | null; last: boolean; size: number }[] = []
  const { api } = fakeApi({
    'archive.receivePack': ({ upload, data, last }) => {
      parts.push({ upload, last, size: atob(data).length })
      return { upload: 'f'.repeat(24), preview: last ? preview : null }
    },
  })
  const bytes = new Uint8Array(2500).map((_, i) => i % 251)
  const file = new File([bytes], 'update.scholion-archive')
  const sent = await sendPack(api, file, undefined, 1000)
  expect(sent).toMatchObject({ ok: true, value: { preview: { added: 3 } } })
  expect(parts).toEqual([
    { upload: null, last: false, size: 1000 },
    { upload: 'f'.repeat(24), last: false, size: 1000 },
    { upload: 'f'.repeat(24), last: true, size: 500 },
  ])
})

it('previews a pack, applies it only when asked, and tells the library to read again', async () => {
  const { api, calls } = fakeApi({
    'archive.status': () => status,
    'archive.receivePack': () => ({ upload: 'a'.repeat(24), preview }),
    'archive.applyPack': () => preview,
  })
  renderWithApi(
    <UpdateArchiveDialog dropped={null} onClose={() => undefined} onOpen={() => undefined} />,
    api,
  )
  const dialog = screen.getByRole('dialog', { name: 'Update the archive' })
  expect(
    await within(dialog).findByText(/Verified: signed by the publishers’ key 16cc0722bcc7d00d/),
  ).toBeTruthy()
  await userEvent.upload(
    within(dialog).getByLabelText('Update pack'),
    new File([new Uint8Array([1, 2, 3])], 'update.scholion-archive'),
  )
  expect(
    await within(dialog).findByText(/New articles: 3\. Changed: 1\. Removed: 0\./),
  ).toBeTruthy()
  expect(within(dialog).getByText('The dockers’ strike')).toBeTruthy()
  expect(calls.map((c) => c.method)).not.toContain('archive.applyPack')
  const before = appState.get().libraryVersion
  await userEvent.click(within(dialog).getByRole('button', { name: 'Apply update' }))
  expect(await within(dialog).findByText(/The archive is now the release of/)).toBeTruthy()
  expect(appState.get().libraryVersion).toBe(before + 1)
  expect(within(dialog).getByRole('button', { name: 'Apply update' })).toHaveProperty(
    'disabled',
    true,
  )
})

it('shows why a pack is refused, and applies nothing', async () => {
  const { api, calls } = fakeApi({
    'archive.status': () => status,
    'archive.receivePack': () =>
      err('invalid_input', {
        key: 'archive.packUnknownKey',
        values: { keyId: '0000111122223333' },
      }),
  })
  renderWithApi(
    <UpdateArchiveDialog dropped={null} onClose={() => undefined} onOpen={() => undefined} />,
    api,
  )
  const dialog = screen.getByRole('dialog', { name: 'Update the archive' })
  await userEvent.upload(
    within(dialog).getByLabelText('Update pack'),
    new File([new Uint8Array([1])], 'stranger.scholion-archive'),
  )
  expect(
    await within(dialog).findByText(/signed by a key this app does not know \(0000111122223333\)/),
  ).toBeTruthy()
  expect(within(dialog).getByRole('button', { name: 'Apply update' })).toHaveProperty(
    'disabled',
    true,
  )
  expect(calls.map((c) => c.method)).not.toContain('archive.applyPack')
})
