// The library at full scale: 50,000 articles list, filter and scroll without a long task.
import { test, expect } from './fixtures'

const COUNT = 50_000

test.describe('a library of 50,000 articles', () => {
  test.describe.configure({ timeout: 180_000 })
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    const { buildBigArchive } = await import('./big-archive')
    process.env.SCHOLION_TEST_BIG_ARCHIVE = await buildBigArchive(COUNT)
  })
  // eslint-disable-next-line no-empty-pattern
  test.use({ archive: async ({}, use) => use(process.env.SCHOLION_TEST_BIG_ARCHIVE) })

  test('scrolls, jumps and filters without freezing', async ({ openApp, page, server }) => {
    // Let the background check of 50,000 documents finish first: it is not what is measured.
    await expect
      .poll(
        async () => {
          const r = await fetch(`${server.origin}/api/app.info`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${server.token}` },
            body: '{}',
          })
          return ((await r.json()) as { value: { archive: { checking: boolean } } }).value.archive
            .checking
        },
        { timeout: 120_000, intervals: [500] },
      )
      .toBe(false)
    await openApp()
    const library = page.getByRole('navigation', { name: 'Library' })
    await expect(library).toContainText('50,000 articles')
    const list = page.getByRole('listbox', { name: 'Articles' })
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(COUNT))

    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] }
      w.longTasks = []
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => w.longTasks.push(e.duration)),
      ).observe({
        type: 'longtask',
        buffered: false,
      })
    })
    // Scroll through the whole list, a big step each frame.
    await list.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          const step = () => {
            el.scrollTop += 6000
            if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) resolve()
            else requestAnimationFrame(step)
          }
          requestAnimationFrame(step)
        }),
    )
    await expect(list.getByRole('option').last()).toHaveAttribute('aria-posinset', String(COUNT))
    await expect(list.getByRole('option').last()).toContainText(/\p{L}/u)
    // Keyboard jumps.
    await list.focus()
    await page.keyboard.press('Home')
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-posinset', '1')
    await page.keyboard.press('End')
    await expect(list.locator('[aria-posinset="50000"]')).toContainText(/\p{L}/u)
    // A facet and another order.
    await page.getByLabel('Language').selectOption('el')
    await expect(library).toContainText(/[\d,]+ of 50,000 articles/)
    await expect(list.getByRole('option').first()).toContainText('EL')
    await page.getByLabel('Order').selectOption('title')
    await expect(list.getByRole('option').first()).toContainText('EL')
    await page.waitForTimeout(300)
    const longTasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    )
    // Speed is the benchmarks' business; this spec reports what it saw and fails only on a
    // task long enough to freeze the list (a regression, not noise on a busy 2-core machine).
    const over50 = longTasks.filter((d) => d > 50)
    test
      .info()
      .annotations.push({ type: 'long tasks over 50 ms', description: JSON.stringify(over50) })
    console.log(
      `library-scale: ${over50.length} long tasks over 50 ms ${JSON.stringify(over50.map(Math.round))}`,
    )
    expect(longTasks.filter((d) => d > 200)).toEqual([])
  })
})
