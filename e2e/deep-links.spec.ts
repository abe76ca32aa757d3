// scholion:// links (as citations and Markdown exports write them) open the article at the
// paragraph or the annotation, in the browser host through `#open=<link>`; bad links say why.
import { test, expect } from './fixtures'

const SEED_ID = 'en-the-class-struggle-cannot-be-denigrated'
const open = (link: string) => `&open=${encodeURIComponent(link)}`

test('a paragraph link opens the article at that paragraph', async ({ page, server }) => {
  await page.goto(server.url + open(`scholion://article/${SEED_ID}#para-14`))
  const paragraph = page.locator('[data-para="14"]')
  await expect(paragraph).toBeInViewport()
  const top = await paragraph.evaluate((el) => el.getBoundingClientRect().top)
  expect(top).toBeLessThan(200)
  // The link is consumed: a reload does not jump again.
  expect(page.url()).not.toContain('open=')
})

test('an annotation link opens its note, also in an app already open', async ({ openApp }) => {
  const page = await openApp()
  await page.getByRole('option', { name: /The class struggle/ }).click()
  await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('v')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('3')
  const id = await page.locator('mark.hl').first().getAttribute('data-annotation-id')
  await page.getByRole('option', { name: /The class struggle/ }).click()
  await page.evaluate(
    (link) => (window.location.hash = `open=${encodeURIComponent(link)}`),
    `scholion://article/${SEED_ID}#annotation-${id}`,
  )
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.getByRole('button', { expanded: true })).toBeVisible()
  await expect(page.locator(`mark[data-annotation-id="${id}"]`)).toBeInViewport()
})

test('bad and unknown links say what is wrong', async ({ page, server }) => {
  await page.goto(server.url + open('scholion://settings/secret'))
  await expect(page.getByText(/That link cannot be opened/)).toBeVisible()
  await page.evaluate(
    () =>
      (window.location.hash = `open=${encodeURIComponent('scholion://article/no-such-article')}`),
  )
  await expect(page.getByRole('alert')).toContainText('There is no article “no-such-article”')
})

test('About shows the version and archive, and copies diagnostics without paths', async ({
  openApp,
  context,
  dataDir,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await openApp()
  await page.getByRole('button', { name: 'Scholion' }).click()
  const about = page.getByRole('dialog', { name: /Scholion/ })
  await expect(about).toContainText('1 article, format 3')
  await expect(about).toContainText(dataDir)
  await about.getByRole('button', { name: 'Copy diagnostics' }).click()
  await expect(about.getByRole('status')).toHaveText('Diagnostics copied.')
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toContain('Archive: format 3, 1 article')
  expect(text).not.toContain(dataDir)
})
