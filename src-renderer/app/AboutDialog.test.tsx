// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { fakeApi, renderWithApi } from '../store/test-api'
import { AboutDialog } from './AboutDialog'

afterEach(cleanup)

it('shows the version, the data folder, the archive and the number of annotations', async () => {
  const { api } = fakeApi({
    'app.info': () => ({
      name: 'Scholion',
      version: '1.2.3',
      host: 'http',
      dataDir: '/home/ana/.scholion',
      archive: { dir: '/app/archive', articleCount: 1, formatVersion: 3, checking: false },
      notices: [],
    }),
    'annotations.query': () => ({ total: 12, annotations: [], articles: {} }) as never,
  })
  renderWithApi(<AboutDialog onClose={() => undefined} />, api)
  const dialog = await screen.findByRole('dialog', { name: 'Scholion 1.2.3' })
  expect(await within(dialog).findByText('/home/ana/.scholion')).toBeTruthy()
  expect(within(dialog).getByText('1 article, format 3')).toBeTruthy()
  expect(await within(dialog).findByText('12')).toBeTruthy()
  // Only the desktop app can open the folder.
  expect(within(dialog).queryByRole('button', { name: 'Open' })).toBeNull()
})
