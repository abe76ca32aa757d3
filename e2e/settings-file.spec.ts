// The settings file as a reader uses it: settings and a saved search saved to a file on one
// installation, and imported on another after seeing what it adds; a file that is not one is
// refused with the reason.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { saveSearch } from './saved-search-steps'
import { startServer } from './server'

async function openSettingsFile(page: Page) {
  await page.getByRole('button', { name: 'Scholion', exact: true }).click()
  const about = page.getByRole('dialog', { name: /^Scholion \d/ })
  await about.getByRole('button', { name: 'Export or import…' }).click()
  return page.getByRole('dialog', { name: 'Settings and saved searches' })
}

test('settings and saved searches go to another installation through a settings file', async ({
  openApp,
  page,
  context,
}) => {
  await openApp()
  await saveSearch(page, 'lang:en', 'English articles')
  const dialog = await openSettingsFile(page)
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Save settings file' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^scholion-settings-\d{4}-\d\d-\d\d\.json$/)
  const work = await mkdtemp(join(tmpdir(), 'scholion-e2e-settings-'))
  const file = join(work, download.suggestedFilename())
  await download.saveAs(file)
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    format: 'scholion-settings',
    searches: [{ name: 'English articles', query: 'lang:en' }],
  })

  // Another installation: a fresh data folder, its own server.
  const other = await startServer({ dataDir: join(work, 'data') })
  try {
    const second = await context.newPage()
    await second.goto(other.url)
    await expect(second.getByRole('navigation', { name: 'Library' })).toBeVisible()
    const there = await openSettingsFile(second)
    const importButton = there.getByRole('button', { name: 'Import' })
    await expect(importButton).toBeDisabled()

    // Not a settings file: refused, with the reason.
    await writeFile(join(work, 'notes.json'), '{"type": "AnnotationCollection"}')
    await there.getByLabel('Settings file').setInputFiles(join(work, 'notes.json'))
    await expect(there).toContainText('This is not a Scholion settings file.')
    await expect(importButton).toBeDisabled()

    await there.getByLabel('Settings file').setInputFiles(file)
    await expect(there).toContainText('1 saved search to add: English articles.')
    await importButton.click()
    await expect(there).toContainText('1 saved search added: English articles.')
    await there.getByRole('button', { name: 'Done' }).click()
    await expect(
      second
        .getByRole('list', { name: 'Saved searches' })
        .getByRole('button', { name: /^English articles: articles 1/ }),
    ).toBeVisible()
  } finally {
    await other.stop()
    await rm(work, { recursive: true, force: true })
  }
})
