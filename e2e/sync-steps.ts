// Steps of syncing as a reader takes them, shared by the specs that need articles from the
// fixture site: the sync dialog opened, the built-in source turned off, the site's feed added as
// a source, and a sync run.
import { type Page } from '@playwright/test'

export async function syncFixtureSite(page: Page, siteUrl: string) {
  await page.getByRole('button', { name: 'Sync…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sync new articles' })
  await dialog
    .getByRole('list', { name: 'Sources' })
    .getByRole('checkbox', { name: 'inter.kke.gr (en)' })
    .uncheck()
  await dialog.getByLabel('Source name').fill('Fixture site')
  await dialog.getByLabel('Feed, sitemap or page address').fill(`${siteUrl}/en/feed/`)
  await dialog.getByRole('button', { name: 'Add source' }).click()
  await dialog.getByRole('button', { name: 'Sync now' }).click()
  return { dialog, report: dialog.locator('.sync-report') }
}
