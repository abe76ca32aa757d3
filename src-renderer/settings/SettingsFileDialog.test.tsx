// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { DEFAULT_READER, type Settings, type SettingsFileImport } from '../../src-shared/api'
import { err } from '../../src-shared/result'
import { fakeApi, renderWithApi } from '../store/test-api'
import { SettingsFileDialog } from './SettingsFileDialog'

afterEach(cleanup)

const settings = {
  reader: { ...DEFAULT_READER, theme: 'dark' },
  lastColor: 'green',
} as Settings

const summary = (applied: boolean): SettingsFileImport => ({
  applied,
  changed: ['reader', 'name'],
  searchesAdded: ['Strikes', 'Ports'],
  searchesPresent: 1,
  searchesOverLimit: 0,
  skipped: ['reader.width'],
  settings: applied ? settings : null,
})

it('saves the settings file, and imports one only once its changes are shown', async () => {
  const { api, calls } = fakeApi({
    'settings.exportFile': () => ({ name: 'scholion-settings-2026-12-06.json', content: '{}' }),
    'settings.importFile': (input) => summary((input as { apply: boolean }).apply),
  })
  URL.createObjectURL = vi.fn(() => 'blob:settings')
  URL.revokeObjectURL = vi.fn()
  const onImported = vi.fn()
  renderWithApi(<SettingsFileDialog onClose={() => undefined} onImported={onImported} />, api)
  const dialog = screen.getByRole('dialog', { name: 'Settings and saved searches' })

  await userEvent.click(within(dialog).getByRole('button', { name: 'Save settings file' }))
  expect(
    await within(dialog).findByText('Saved as scholion-settings-2026-12-06.json.'),
  ).toBeTruthy()

  const importButton = within(dialog).getByRole('button', { name: 'Import' })
  expect(importButton.hasAttribute('disabled')).toBe(true)
  await userEvent.upload(
    within(dialog).getByLabelText('Settings file'),
    new File(['{"format":"scholion-settings","version":1}'], 'settings.json', {
      type: 'application/json',
    }),
  )
  expect(
    await within(dialog).findByText('It would change: how articles are set, your name.'),
  ).toBeTruthy()
  expect(within(dialog).getByText('2 saved searches to add: Strikes, Ports.')).toBeTruthy()
  expect(within(dialog).getByText('1 of its saved searches is here already.')).toBeTruthy()
  expect(within(dialog).getByText(/does not take their values: reader.width/)).toBeTruthy()
  expect(onImported).not.toHaveBeenCalled()
  await userEvent.click(importButton)
  expect(await within(dialog).findByText('Changed: how articles are set, your name.')).toBeTruthy()
  expect(onImported).toHaveBeenCalledWith(settings)
  expect(calls.map((c) => [c.method, (c.input as { apply?: boolean }).apply])).toEqual([
    ['settings.exportFile', undefined],
    ['settings.importFile', false],
    ['settings.importFile', true],
  ])
})

it('says why a file is refused, and imports nothing', async () => {
  const { api } = fakeApi({
    'settings.importFile': () => err('invalid_input', { key: 'settingsFile.notSettings' }),
  })
  renderWithApi(<SettingsFileDialog onClose={() => undefined} onImported={() => undefined} />, api)
  const dialog = screen.getByRole('dialog', { name: 'Settings and saved searches' })
  await userEvent.upload(
    within(dialog).getByLabelText('Settings file'),
    new File(['[1]'], 'x.json', { type: 'application/json' }),
  )
  expect(await within(dialog).findByText(/not a Scholion settings file/)).toBeTruthy()
  expect(within(dialog).getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true)
})
