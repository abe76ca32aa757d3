// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { appState } from '../store/app-state'
import { fakeApi, renderWithApi } from '../store/test-api'
import { AddFilesDialog } from './AddFilesDialog'

afterEach(cleanup)

it('adds the files chosen, shows what was found in each and its warnings, and what was skipped', async () => {
  const { api, calls } = fakeApi({
    'library.addFiles': ({ files }) => ({
      added: files
        .filter((f) => f.name.endsWith('.txt'))
        .map((f) => ({
          id: `tr-${f.name}`,
          title: 'Bir başlık',
          file: f.name,
          dropped: [],
          lang: 'tr',
          date: null,
          author: 'Ayşe Demir',
          section: 'BİR ETİKET',
          langGuessed: true,
          warnings: [{ key: 'addFiles.dateMissing' as const }],
        })),
      skipped: files
        .filter((f) => !f.name.endsWith('.txt'))
        .map((f) => ({
          file: f.name,
          reason: { key: 'addFiles.kindUnknown' as const, values: { ext: '.png' } },
        })),
    }),
  })
  renderWithApi(
    <AddFilesDialog dropped={null} onClose={() => undefined} onOpen={() => undefined} />,
    api,
  )
  const dialog = screen.getByRole('dialog', { name: 'Add files to your library' })
  const before = appState.get().libraryVersion
  // A file of a kind the picker would not offer can still be dropped: the host says why not.
  await userEvent
    .setup({ applyAccept: false })
    .upload(within(dialog).getByLabelText('Files'), [
      new File(['Bir başlık\n\nMetin.'], 'makale.txt', { type: 'text/plain' }),
      new File(['x'], 'photo.png', { type: 'image/png' }),
    ])
  expect(await within(dialog).findByText('1 article added, 1 file skipped.')).toBeTruthy()
  const added = dialog.querySelector('.added-files')!
  expect(added.textContent).toContain(
    'makale.txt · Turkish (guessed) · no date · Ayşe Demir · BİR ETİKET',
  )
  expect(within(dialog).getByRole('list', { name: 'Warnings about Bir başlık' }).textContent).toBe(
    'No date was found.',
  )
  expect(dialog.querySelector('.skipped-files')!.textContent).toBe(
    'photo.png: .png is not a kind of file Scholion imports (text, HTML, Markdown or EPUB).',
  )
  expect(appState.get().libraryVersion).toBe(before + 1)
  expect(calls.filter((c) => c.method === 'library.addFiles')).toHaveLength(1)
})
