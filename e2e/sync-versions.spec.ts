// An article that changed on the site, as a reader meets it: synced from the fixture site, it is
// corrected there; a full sync takes the new version, the reader says it was updated, and the
// text as it was shows side by side.
import { CHANGING_SLUG, startFixtureSite } from '../test-support/fixture-site'
import { expect, keepScreenshot, test } from './fixtures'
import { syncFixtureSite } from './sync-steps'

test('a corrected article becomes a new version, the old one kept beside it', async ({
  openApp,
  page,
}) => {
  const site = await startFixtureSite({ languages: ['en'], perLanguage: 4 })
  try {
    await openApp()
    const { dialog, report } = await syncFixtureSite(page, site.url)
    await expect(report).toContainText('Fixture site: 4 new', { timeout: 20_000 })

    site.revise()
    await dialog.getByLabel('Ask for everything again').check()
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    await expect(report).toContainText('Fixture site: 0 new, 1 updated', { timeout: 20_000 })
    await report.getByRole('button').first().click()

    const text = page.getByLabel('Article text')
    await expect(text).toContainText(
      'Revision 2: the text of this article was corrected once more.',
    )
    await expect(page.locator('.article-meta')).toContainText('Updated')
    const beside = page.getByLabel('Side by side')
    const option = beside.locator('option', { hasText: 'Beside: the text until' })
    await beside.selectOption({ label: (await option.textContent())!.trim() })
    const earlier = page.getByRole('region', { name: /Earlier version, until/ })
    await expect(earlier).toContainText('Revision 1')
    await expect(earlier).not.toContainText('Revision 2')
    await keepScreenshot(page, 'earlier-version')
    expect(site.hits.get(`/en/articles/${CHANGING_SLUG}/`)).toBe(2)
  } finally {
    await site.close()
  }
})
