// Archive releases end to end: the fixture site is crawled, built into an archive and signed; a
// later crawl (the site has revised an article and the crawl reaches further back) becomes an
// update pack; the app, on the first archive, checks the pack, previews it and applies it, or
// refuses a tampered one, through the HTTP host in Chromium.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, keepScreenshot, test } from './fixtures'
import { makeReleases, type Releases } from './release-steps'
import type { Page } from '@playwright/test'

let root: string
let releases: Releases

test.beforeAll(async () => {
  test.setTimeout(120_000)
  root = await mkdtemp(join(tmpdir(), 'scholion-release-e2e-'))
  releases = await makeReleases(root)
})
test.afterAll(() => rm(root, { recursive: true, force: true }))

test.use({
  // eslint-disable-next-line no-empty-pattern
  archive: async ({}, use) => use(releases.oldArchive),
  // eslint-disable-next-line no-empty-pattern
  releaseKeys: async ({}, use) => use(releases.keys),
})

async function openUpdateDialog(page: Page) {
  await page.getByRole('button', { name: 'Scholion' }).click()
  const about = page.getByRole('dialog', { name: /^Scholion / })
  await about.getByRole('button', { name: 'Update…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Update the archive' })
  await expect(dialog.locator('.signature-verified')).toContainText('Verified')
  return dialog
}

const list = (page: Page) => page.getByRole('listbox', { name: 'Articles' })

test('a signed pack made from a later crawl is previewed, applied, and read', async ({
  openApp,
  page,
}) => {
  await openApp()
  await expect(list(page).getByRole('option')).toHaveCount(8)
  const dialog = await openUpdateDialog(page)
  await expect(dialog).toContainText('fixture, release of')
  await dialog.getByLabel('Update pack').setInputFiles(releases.pack)
  await expect(dialog.locator('.pack-preview')).toContainText(
    'New articles: 7. Changed: 1. Removed: 0.',
  )
  await expect(dialog.locator('.pack-titles')).toContainText('Changed')
  // Nothing changes before Apply.
  await expect(list(page).getByRole('option')).toHaveCount(8)
  await keepScreenshot(page, 'archive-update-preview')
  await dialog.getByRole('button', { name: 'Apply update' }).click()
  await expect(dialog.locator('.pack-preview')).toContainText('The archive is now the release of')
  await expect(dialog.locator('dd').first()).toContainText('updated from a pack')
  await expect(list(page).getByRole('option')).toHaveCount(15)

  // The revised article opens from the list of what changed, in its new text.
  const changed = dialog.locator('.pack-titles li').filter({ hasText: 'Changed' })
  await changed.getByRole('button').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Article text')).toContainText(
    'Revision 2: the text of this article was corrected once more.',
  )
})

test('a pack altered after signing is refused with its reason, and nothing changes', async ({
  openApp,
  page,
}) => {
  await openApp()
  const dialog = await openUpdateDialog(page)
  await dialog.getByLabel('Update pack').setInputFiles(releases.tampered)
  await expect(dialog.getByRole('alert')).toContainText('altered after it was signed')
  await expect(dialog.getByRole('button', { name: 'Apply update' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(list(page).getByRole('option')).toHaveCount(8)
})

test('a pack dropped on the window opens the update dialog with its preview', async ({
  openApp,
  page,
}) => {
  await openApp()
  const bytes = (await readFile(releases.pack)).toString('base64')
  const transfer = await page.evaluateHandle((data) => {
    const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
    const dt = new DataTransfer()
    dt.items.add(new File([raw], 'fixture-2026-02.scholion-archive'))
    return dt
  }, bytes)
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer })
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
  const dialog = page.getByRole('dialog', { name: 'Update the archive' })
  await expect(dialog.locator('.pack-preview')).toContainText('New articles: 7.')
})
