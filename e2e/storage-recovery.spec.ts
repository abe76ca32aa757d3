// A damaged settings file is quarantined and the last good copy restored, and the user is told;
// with no good copy the app still starts, keeps the damaged file and says so.
import { readdir } from 'node:fs/promises'
import { test, expect } from './fixtures'

const SEED_ID = 'en-the-class-struggle-cannot-be-denigrated'

test.describe('with a damaged settings file and a good copy', () => {
  test.use({
    dataFiles: {
      'settings.json': '{"version": 1, "data": {"lastArticle',
      'settings.json.bak': JSON.stringify({ version: 1, data: { lastArticleId: SEED_ID } }),
    },
  })

  test('restores the last good copy and says so', async ({ openApp, dataDir }) => {
    const page = await openApp()
    await expect(page.getByRole('status')).toContainText('The file of your settings was damaged')
    await expect(page.getByRole('status')).toContainText('the last good copy was restored')
    // The restored setting is in effect: the last article read is open.
    await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toContainText(
      'The class struggle',
    )
    expect((await readdir(dataDir)).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true)
  })
})

test.describe('with a damaged settings file and no good copy', () => {
  test.use({ dataFiles: { 'settings.json': '\u0000\u0000garbage' } })

  test('starts, keeps the damaged file, and says so', async ({ openApp, dataDir }) => {
    const page = await openApp()
    await expect(page.getByRole('status')).toContainText('no good copy was found')
    await page.getByRole('option', { name: /The class struggle/ }).click()
    await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toBeVisible()
    expect(
      (await readdir(dataDir)).filter((f) => f.startsWith('settings.json.corrupt-')),
    ).toHaveLength(1)
  })
})
