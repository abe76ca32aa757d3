// Saved searches as a reader meets them: a search saved from the search box, a sync that brings
// new articles it matches, the count and the "new" marks in the library and in its results, and
// the marks gone once its results were looked at.
import { startFixtureSite } from '../test-support/fixture-site'
import { expect, keepScreenshot, test } from './fixtures'
import { syncFixtureSite } from './sync-steps'
import { saveSearch } from './saved-search-steps'

test('a saved search counts the new articles a sync brings, and marks them', async ({
  openApp,
  page,
}) => {
  const site = await startFixtureSite({ languages: ['en', 'el'], perLanguage: 3 })
  try {
    await openApp()
    // Saved from the search box.
    await saveSearch(page, 'lang:en', 'English articles')
    const saved = page.getByRole('list', { name: 'Saved searches' })
    await expect(
      saved.getByRole('button', { name: 'English articles: articles 1, new 0' }),
    ).toBeVisible()

    // A sync brings three English articles (the feed is the English one).
    const { dialog, report } = await syncFixtureSite(page, site.url)
    await expect(report).toContainText('Fixture site: 3 new', { timeout: 20_000 })
    await dialog.getByRole('button', { name: 'Close' }).click()
    const entry = saved.getByRole('button', { name: 'English articles: articles 4, new 3' })
    await expect(entry).toBeVisible()
    await expect(page.locator('.saved-searches summary .new-badge')).toHaveText('3 new')
    await keepScreenshot(page, 'saved-search-new')

    // Its results, the new ones marked; once looked at, nothing is new.
    await entry.click()
    const palette = page.getByRole('dialog', { name: 'Search' })
    const results = palette.getByRole('listbox', { name: 'Results' })
    await expect(results.getByRole('option')).toHaveCount(4)
    await expect(results.getByRole('option').filter({ hasText: 'New' })).toHaveCount(3)
    await keepScreenshot(page, 'saved-search-results')
    await page.keyboard.press('Escape')
    await expect(
      saved.getByRole('button', { name: 'English articles: articles 4, new 0' }),
    ).toBeVisible()
  } finally {
    await site.close()
  }
})
