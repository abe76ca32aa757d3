// The walking skeleton as a reader meets it: the library shows the bundled seed article, and
// opening it shows the article's own structure without the site's chrome.
import { test, expect } from './fixtures'

const TITLE =
  'The class struggle cannot be denigrated – it is and will remain the ‘driving force’ of social development'
const SECTIONS = [
  'The popular mobilizations developed on specific terrain',
  'These struggles have significant, qualitative elements',
  'Tactics of the bourgeois regime',
  'The events in Kazakhstan raise very important issues',
]

test('the library lists the bundled seed article with its language and date', async ({
  openApp,
}) => {
  const page = await openApp()
  const library = page.getByRole('navigation', { name: 'Library' })
  const item = library.getByRole('option', { name: /The class struggle cannot be denigrated/ })
  await expect(item).toBeVisible()
  await expect(item).toContainText('EN')
  await expect(item.locator('time')).toHaveAttribute('datetime', '2022-01-22')
  await expect(library).toContainText('1 article')
})

test('opening the seed shows its title and section headings as headings, without the site box', async ({
  openApp,
}) => {
  const page = await openApp()
  await page.getByRole('option', { name: /The class struggle cannot be denigrated/ }).click()
  const body = page.getByLabel('Article text')
  await expect(body.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(body.getByRole('heading', { level: 2 })).toHaveText(SECTIONS)
  await expect(body.locator('.byline')).toHaveText(
    'By Giorgos Marinos, Member of the PB of the CC of the KKE',
  )
  await expect(body.locator('.dateline')).toContainText('Published in Rizospastis')
  await expect(page.locator('.article-meta')).toHaveText(
    'Giorgos Marinos · 22 January 2022 · Rizospastis · English',
  )
  const text = await page.locator('body').innerText()
  expect(text).not.toContain('Links to the old web pages')
  expect(text).not.toContain('gradually move to a new page format')
  // The paragraph the saved page split mid-sentence is one paragraph again.
  await expect(
    body.locator('p', { hasText: 'the orientation to adapt the struggle goals' }),
  ).toHaveCount(1)
  await expect(page).toHaveTitle(`${TITLE} — Scholion`)
})

test('the article last read is open again after a reload and after a server restart', async ({
  page,
  openApp,
  dataDir,
}) => {
  await openApp()
  await page.getByRole('option', { name: /The class struggle cannot be denigrated/ }).click()
  await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await page.reload()
  await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toHaveText(TITLE)

  const { startServer } = await import('./server')
  const second = await startServer({ dataDir })
  try {
    const fresh = await page.context().newPage()
    await fresh.goto(second.url)
    await expect(fresh.getByLabel('Article text').getByRole('heading', { level: 1 })).toHaveText(
      TITLE,
    )
  } finally {
    await second.stop()
  }
})

test('keyboard: the library can be filtered and an article opened without a mouse', async ({
  openApp,
}) => {
  const page = await openApp()
  const filter = page.getByLabel('Filter by title')
  await filter.fill('no such title')
  await expect(page.getByText('No article matches these filters.')).toBeVisible()
  await filter.fill('CLASS STRUGGLE')
  // Title filter → language → year → read or unread → order → the list.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
  await expect(page.getByRole('listbox', { name: 'Articles' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toHaveText(TITLE)
})

test('an article opened once counts as read, and the library can show only unread ones', async ({
  openApp,
  page,
}) => {
  await openApp()
  const status = page.getByLabel('Read or unread')
  await expect(status.locator('option[value="unread"]')).toHaveText('Unread (1)')
  await page.getByRole('option', { name: /The class struggle/ }).click()
  await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toHaveText(TITLE)
  // The reading position is saved once scrolling settles.
  await page.waitForTimeout(800)
  await status.selectOption('unread')
  await expect(page.getByText('No article matches these filters.')).toBeVisible()
  await status.selectOption('read')
  await expect(page.getByRole('option', { name: /The class struggle/ })).toBeVisible()
  await expect(status.locator('option[value="read"]')).toHaveText('Read (1)')
})

test('a page opened without the access token says what to do', async ({ page, server }) => {
  await page.goto(server.origin)
  await expect(page.getByRole('alert')).toContainText('#token=')
})
