// Pictures kept offline, as a reader meets them: after a sync from the fixture site, an article's
// pictures are shown from the app's own origin (never from the site), at the column's width and
// their own proportions; the ones the site got wrong (missing, too large, a page, an SVG) leave
// their description in their place; a click shows one larger, and Escape goes back.
import { PICTURES, PICTURES_SLUG, startFixtureSite } from '../test-support/fixture-site'
import { expect, keepScreenshot, test } from './fixtures'
import { syncFixtureSite } from './sync-steps'

test('an article’s pictures are kept, shown from the app, and one opens larger', async ({
  openApp,
  page,
  server,
}) => {
  const site = await startFixtureSite({ languages: ['en'], perLanguage: 2 })
  const asked: string[] = []
  page.on('request', (request) => asked.push(request.url()))
  try {
    await openApp()
    const { dialog, report } = await syncFixtureSite(page, site.url)
    await expect(report).toContainText('Fixture site: 2 new', { timeout: 30_000 })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    await page.goto(
      `${server.url}&open=${encodeURIComponent(`scholion://article/en-${PICTURES_SLUG}`)}`,
    )
    const text = page.getByLabel('Article text')
    const open = text.getByRole('button', { name: `Show larger: ${PICTURES.good.alt}` })
    await open.scrollIntoViewIfNeeded()
    const picture = open.getByRole('img', { name: PICTURES.good.alt })
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960)
    expect(await picture.getAttribute('src')).toMatch(/^\/media\/[0-9a-f]{64}\.png$/)
    // At the column's width, at its own proportions.
    const [shown, column] = await Promise.all([picture.boundingBox(), text.boundingBox()])
    expect(shown!.width).toBeLessThanOrEqual(column!.width)
    expect(shown!.width / shown!.height).toBeCloseTo(960 / 540, 1)
    await expect(text.locator('figcaption', { hasText: PICTURES.good.caption })).toBeVisible()
    // Served as text by the site, but a PNG by its bytes: kept.
    await expect(
      text.getByRole('button', { name: `Show larger: ${PICTURES.asText.alt}` }),
    ).toBeAttached()
    // The ones that are not pictures leave their description in their place.
    for (const p of [PICTURES.missing, PICTURES.huge, PICTURES.page, PICTURES.svg])
      await expect(text.getByRole('img', { name: p.alt, exact: true })).toHaveText(p.alt)
    await keepScreenshot(page, 'picture-in-article')

    await open.click()
    const viewer = page.getByRole('dialog', { name: PICTURES.good.alt })
    await expect(viewer).toBeVisible()
    await expect(viewer.getByRole('img', { name: PICTURES.good.alt })).toBeVisible()
    await expect(viewer).toContainText(PICTURES.good.caption)
    await keepScreenshot(page, 'picture-larger')
    await page.keyboard.press('Escape')
    await expect(viewer).toBeHidden()
    await expect(open).toBeFocused()

    // The page asked nothing of the site: every picture came from the app's own origin.
    const origin = new URL(server.url).origin
    expect(asked.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
    expect(asked.some((url) => url.startsWith(`${origin}/media/`))).toBe(true)
  } finally {
    await site.close()
  }
})
