// Room for the text on a laptop (#22): at 1280×800 and 1366×768, with the notes panel open, the
// reading column holds at least 55 characters a line at the default size, in an English and in
// an Arabic (mirrored) interface; the contents open over the text rather than squeezing it; the
// library hides (and stays hidden after a reload), the library and notes are resized by their
// handles (and keep their widths), as are the contents on a wide screen, and focus mode leaves
// only the text.
import { charactersPerLine } from './line-length'
import { expect, test } from './fixtures'
import { showContents } from './selection'

const SEED = /The class struggle cannot be denigrated/

for (const [width, height] of [
  [1280, 800],
  [1366, 768],
] as const) {
  test(`at ${width}×${height} the text keeps 55 characters a line with the notes open`, async ({
    openApp,
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await openApp()
    await page.getByRole('option', { name: SEED }).click()
    await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
    await page.getByRole('button', { name: 'Notes', exact: true }).click()
    await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible()
    expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(55)
    // The contents open over the text: the lines stay as long.
    const contents = await showContents(page)
    const [toc, text] = await Promise.all([
      contents.boundingBox(),
      page.getByLabel('Article text').boundingBox(),
    ])
    expect(toc!.x + toc!.width).toBeGreaterThan(text!.x)
    expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(55)
  })
}

test('the library hides and comes back, kept across a reload; focus mode leaves only the text', async ({
  openApp,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  const library = page.getByRole('navigation', { name: 'Library' })
  const toolbar = page.getByRole('toolbar', { name: 'Reader' })
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('l')
  await expect(library).toBeHidden()
  await page.reload()
  await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
  await expect(library).toBeHidden()
  await toolbar.getByRole('button', { name: 'Library', exact: true }).click()
  await expect(library).toBeVisible()
  await library.getByRole('button', { name: 'Hide library' }).click()
  await expect(library).toBeHidden()
  await toolbar.getByRole('button', { name: 'Library', exact: true }).click()

  // Focus mode: only the text, with a way out.
  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('f')
  await expect(toolbar).toBeHidden()
  await expect(library).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeHidden()
  await expect(page.getByLabel('Article text')).toBeVisible()
  const leave = page.getByRole('button', { name: 'Leave focus mode (Esc)' })
  await expect(leave).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(toolbar).toBeVisible()
  await expect(library).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible()
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('f')
  await leave.click()
  await expect(toolbar).toBeVisible()
  // The desktop menu's Focus mode (F11) sends the same command to the page.
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('scholion-command', { detail: 'focus' })),
  )
  await expect(toolbar).toBeHidden()
  await leave.click()
  await expect(toolbar).toBeVisible()
})

test('the library and the notes are resized by their handles, with the keys or the mouse, and kept', async ({
  openApp,
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  const library = page.getByRole('navigation', { name: 'Library' })
  const handle = page.getByRole('separator', { name: 'Resize the library' })
  const before = (await library.boundingBox())!.width
  await handle.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await library.boundingBox())!.width).toBeCloseTo(before + 64, 0)
  await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(before) + 64))
  // With the mouse: dragged 100 px back to the left.
  const box = (await handle.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 200)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + 200, { steps: 5 })
  await page.mouse.up()
  await expect.poll(async () => (await library.boundingBox())!.width).toBeCloseTo(before - 36, 0)

  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  const notes = page.getByRole('complementary', { name: 'Annotations' })
  const notesHandle = page.getByRole('separator', { name: 'Resize the notes' })
  await notesHandle.focus()
  await page.keyboard.press('Home')
  await expect.poll(async () => (await notes.boundingBox())!.width).toBeCloseTo(240, 0)
  // Kept for the next start.
  await page.reload()
  await page.getByRole('option', { name: SEED }).click()
  await expect.poll(async () => (await library.boundingBox())!.width).toBeCloseTo(before - 36, 0)
  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  await expect.poll(async () => (await notes.boundingBox())!.width).toBeCloseTo(240, 0)
})

test('on a wide screen the contents stand beside the text and are resized by their handle, kept', async ({
  openApp,
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await openApp()
  await page.getByRole('option', { name: SEED }).click()
  // Laid out first: at this width the contents open with the text (the button would close them).
  await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
  const contents = await showContents(page)
  const handle = page.getByRole('separator', { name: 'Resize the contents' })
  await handle.focus()
  await page.keyboard.press('End')
  await expect.poll(async () => (await contents.boundingBox())!.width).toBeCloseTo(480, 0)
  await page.keyboard.press('ArrowLeft')
  await expect(handle).toHaveAttribute('aria-valuenow', '464')
  // Beside the text, not over it.
  const text = (await page.getByLabel('Article text').boundingBox())!
  const toc = (await contents.boundingBox())!
  expect(toc.x + toc.width).toBeLessThanOrEqual(text.x)
  await page.reload()
  await page.getByRole('option', { name: SEED }).click()
  await expect.poll(async () => (await contents.boundingBox())!.width).toBeCloseTo(464, 0)
  // Below 1440 px the contents open over the text, and have no handle there.
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(handle).toBeHidden()
})

test.describe('in Arabic', () => {
  test.use({ locale: 'ar' })
  test('at 1280×800 the mirrored layout keeps 55 characters a line with the notes open', async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(server.url)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await page.getByRole('option', { name: SEED }).click()
    await expect(page.getByLabel('نص المقال')).toContainText('Kazakhstan')
    await page
      .getByRole('toolbar', { name: 'القراءة' })
      .getByRole('button', { name: 'الملاحظات' })
      .click()
    await expect(page.getByRole('complementary', { name: 'التعليقات' })).toBeVisible()
    expect(await charactersPerLine(page, 'نص المقال')).toBeGreaterThanOrEqual(55)
  })
})
