// The reading view as a reader uses it: settings applied at once and kept, contents, position
// kept across restarts, keyboard, find that ignores case and accents, citations, right-to-left.
import { test, expect, keepScreenshot } from './fixtures'
import { selectPhrase, showContents } from './selection'
import { startServer } from './server'

const SEED = /The class struggle cannot be denigrated/

test('reading settings apply at once and are kept', async ({ openApp, page }) => {
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  const body = page.getByLabel('Article text')
  await expect(body).toHaveCSS('font-size', '19px')
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const panel = page.getByRole('dialog', { name: 'Reading settings' })
  await panel.getByLabel('Dark').check()
  await panel.getByRole('button', { name: 'Increase text size' }).click()
  await panel.getByRole('button', { name: 'Increase text size' }).click()
  await panel.getByLabel('Sans').check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(27, 26, 24)')
  await expect(body).toHaveCSS('font-size', '21px')
  await expect(body).toHaveCSS('font-family', /Noto Sans/)
  await keepScreenshot(page, 'reader-dark-sans-21px')
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByLabel('Article text')).toHaveCSS('font-size', '21px')
})

test('the contents jump to a section and mark the one being read', async ({ openApp, page }) => {
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  const contents = await showContents(page)
  await expect(contents.getByRole('button')).toHaveCount(4)
  await contents.getByRole('button', { name: 'Tactics of the bourgeois regime' }).click()
  await expect(
    page.getByRole('heading', { name: 'Tactics of the bourgeois regime' }),
  ).toBeInViewport()
  await expect(
    contents.getByRole('button', { name: 'Tactics of the bourgeois regime' }),
  ).toHaveAttribute('aria-current', 'location')
  await keepScreenshot(page, 'contents-current-section')
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).not.toHaveAttribute(
    'aria-valuenow',
    '0',
  )
})

test('the reading position of an article is restored after a restart', async ({
  openApp,
  page,
  dataDir,
}) => {
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  await (
    await showContents(page)
  )
    .getByRole('button', { name: 'The events in Kazakhstan raise very important issues' })
    .click()
  // Saving happens when scrolling settles.
  await page.waitForTimeout(900)
  const second = await startServer({ dataDir })
  try {
    const fresh = await page.context().newPage()
    await fresh.goto(second.url)
    const heading = fresh.getByRole('heading', {
      name: 'The events in Kazakhstan raise very important issues',
    })
    await expect(heading).toBeInViewport()
    await expect(fresh.getByRole('heading', { level: 1 })).not.toBeInViewport()
  } finally {
    await second.stop()
  }
})

test('keyboard: shortcuts help, paragraphs, pages, top and bottom', async ({ openApp, page }) => {
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toContainText('Find in article')
  await expect(help).toContainText('Next paragraph')
  await keepScreenshot(page, 'shortcuts-help')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  const progress = page.getByRole('progressbar', { name: 'Reading progress' })
  await page.keyboard.press('End')
  await expect(progress).toHaveAttribute('aria-valuenow', '100')
  await page.keyboard.press('Home')
  await expect(progress).toHaveAttribute('aria-valuenow', '0')
  for (let i = 0; i < 3; i++) await page.keyboard.press('j')
  await expect(page.locator('[data-para="3"]')).toBeInViewport()
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport()
  // The contents open over the text on a laptop-sized window (closed at first), and close.
  await page.keyboard.press('t')
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible()
  await page.keyboard.press('t')
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden()
})

test.describe('with Greek and Arabic articles', () => {
  test.beforeAll(async () => {
    const { buildFixtureArchive } = await import('./fixture-archive')
    process.env.SCHOLION_TEST_FIXTURE_ARCHIVE = await buildFixtureArchive()
  })
  // eslint-disable-next-line no-empty-pattern
  test.use({ archive: async ({}, use) => use(process.env.SCHOLION_TEST_FIXTURE_ARCHIVE) })

  test('find ignores case and accents, counts, steps and closes', async ({ openApp, page }) => {
    await openApp()
    await page.getByRole('option', { name: /Η πάλη των τάξεων/ }).click()
    await page.keyboard.press('Control+f')
    const box = page.getByRole('searchbox', { name: 'Find in article' })
    await box.fill('κομμουνιστικο')
    const search = page.getByRole('search')
    await expect(search).toContainText('1 of 2')
    await expect(page.locator('.find-match')).toHaveText(['Κομμουνιστικό', 'ΚΟΜΜΟΥΝΙΣΤΙΚΟ'])
    await box.press('Enter')
    await expect(search).toContainText('2 of 2')
    await expect(page.locator('.find-current')).toHaveText('ΚΟΜΜΟΥΝΙΣΤΙΚΟ')
    await keepScreenshot(page, 'find-greek')
    await box.fill('ανύπαρκτο')
    await expect(search).toContainText('No matches')
    await box.press('Escape')
    await expect(search).toBeHidden()
    await expect(page.locator('.find-match')).toHaveCount(0)
  })

  test('an article can be read in another language, or side by side with it', async ({
    openApp,
    page,
  }) => {
    await openApp()
    await page.getByRole('option', { name: /Η πάλη των τάξεων/ }).click()
    const readIn = page.getByLabel('Read in')
    await expect(readIn).toHaveValue('el-test-struggle')
    await page.getByLabel('Side by side').selectOption('ar-test-struggle')
    const translation = page.getByRole('region', { name: 'Translation: Arabic' })
    await expect(translation.locator('.article-body')).toHaveAttribute('dir', 'rtl')
    await expect(translation.getByRole('heading', { level: 1 })).toHaveText(
      'النضال الطبقي هو القوة الدافعة',
    )
    await keepScreenshot(page, 'side-by-side')
    await expect(
      page.getByLabel('Article text').first().getByRole('heading', { level: 1 }),
    ).toHaveText('Η πάλη των τάξεων συνεχίζεται')
    await translation.getByRole('button', { name: 'Close the translation' }).click()
    await expect(translation).toBeHidden()
    await readIn.selectOption('ar-test-struggle')
    await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toHaveText(
      'النضال الطبقي هو القوة الدافعة',
    )
    await expect(page.getByLabel('Read in')).toHaveValue('ar-test-struggle')
  })

  test('an Arabic article is laid out right to left', async ({ openApp, page }) => {
    await openApp()
    await page.getByRole('option', { name: /النضال الطبقي/ }).click()
    const body = page.getByLabel('Article text')
    await expect(body).toHaveAttribute('dir', 'rtl')
    await expect(body).toHaveAttribute('lang', 'ar')
    await expect(body.getByRole('heading', { level: 2 })).toHaveText('التنظيم والوحدة')
    const paragraph = body.locator('p').first()
    await expect(paragraph).toHaveCSS('direction', 'rtl')
    const [p, b] = await Promise.all([paragraph.boundingBox(), body.boundingBox()])
    // Short RTL lines hug the right edge of the column.
    expect(Math.abs(p!.x + p!.width - (b!.x + b!.width))).toBeLessThan(2)
    await expect(page.locator('.article-meta')).toContainText('Arabic')
    await keepScreenshot(page, 'arabic-rtl')
  })
})

test('a paragraph number copies a citation', async ({ openApp, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  const paragraph = page.locator('[data-para="2"]')
  await paragraph.hover()
  const marker = paragraph.locator('.para-ref')
  await expect(marker).toHaveCSS('opacity', '1')
  await marker.click()
  await expect(page.getByRole('status').filter({ hasText: 'Citation of ¶ 2 copied' })).toBeVisible()
  await keepScreenshot(page, 'citation-copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(
    '“The class struggle cannot be denigrated – it is and will remain the ‘driving force’ of social development”, ' +
      'Giorgos Marinos, 22 January 2022, ¶ 2. scholion://article/en-the-class-struggle-cannot-be-denigrated#para-2',
  )
  // The marker is not part of the text a reader selects.
  expect(await paragraph.innerText()).toMatch(/^The Kazakh monopolies/)
})

test('an article opens with one request: its text, its notes and where it was left, together', async ({
  openApp,
  page,
}) => {
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  await selectPhrase(page, 'multi-dimensional policy')
  await page.keyboard.press('h')
  const highlight = page.getByLabel('Article text').locator('.hl')
  await expect(highlight.first()).toBeVisible()
  await page.getByRole('button', { name: 'Notebook' }).click()
  await expect(page.getByLabel('Article text')).toBeHidden()
  // The notebook has asked for what it lists before the article is opened again.
  await expect(
    page.getByRole('region', { name: 'Notebook' }).getByRole('listitem').first(),
  ).toContainText('multi-dimensional policy')

  const calls: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (path.startsWith('/api/')) calls.push(decodeURIComponent(path.slice('/api/'.length)))
  })
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('option', { name: SEED })
    .click()
  await expect(highlight.first()).toBeVisible()
  await expect(highlight.first()).toHaveText('multi-dimensional policy')
  // What opening asks for; saving which article was open and where (deferred writes, which a
  // slow run may see start meanwhile) is not part of it.
  const writes = ['settings.update', 'reading.save']
  expect(calls.filter((c) => !writes.includes(c))).toEqual(['articles.get'])
})
