// Search through the UI: Ctrl/⌘ K, queries in Greek, Russian, Arabic and German, filters,
// notes, keyboard only, and an index rebuilt while search keeps answering.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, keepScreenshot, test } from './fixtures'
import { GERMAN_ID } from './fixture-archive'

test.describe('search', () => {
  test.beforeAll(async () => {
    const { buildFixtureArchive } = await import('./fixture-archive')
    process.env.SCHOLION_TEST_SEARCH_ARCHIVE = await buildFixtureArchive(true)
  })
  // eslint-disable-next-line no-empty-pattern
  test.use({ archive: async ({}, use) => use(process.env.SCHOLION_TEST_SEARCH_ARCHIVE) })

  const box = (page: Page) => page.getByRole('combobox', { name: 'Search articles and notes' })
  const results = (page: Page) => page.getByRole('listbox', { name: 'Results' })

  test('finds articles in Greek, Russian, Arabic and German, whatever the form typed', async ({
    openApp,
    page,
  }) => {
    await openApp()
    await page.keyboard.press('Control+k')
    await expect(box(page)).toBeFocused()

    await box(page).fill('κομμουνιστικο')
    const greek = results(page).getByRole('option', { name: /Η πάλη των τάξεων/ })
    await expect(greek).toBeVisible()
    await expect(greek.locator('mark')).toHaveText(['Κομμουνιστικό'])

    await box(page).fill('коммунистической')
    await expect(results(page).getByRole('option')).toHaveCount(1)
    await expect(results(page).getByRole('option')).toContainText('Коммунистическая партия')
    // Inflected forms are marked in the title and in the snippet.
    await expect(results(page).locator('mark').first()).toHaveText('Коммунистическая')

    await box(page).fill('العمال')
    await expect(results(page).getByRole('option')).toHaveCount(1)
    await expect(results(page).getByRole('option')).toContainText('النضال الطبقي')

    await box(page).fill('strasse')
    await expect(results(page).getByRole('option')).toHaveCount(1)
    await expect(results(page).getByRole('option').locator('mark').first()).toHaveText('Straße')
    await keepScreenshot(page, 'search-german')
  })

  test('opens the article at the match with Enter, keyboard only', async ({ openApp, page }) => {
    await openApp()
    await page.keyboard.press('Control+k')
    await page.keyboard.type('ΚΟΜΜΟΥΝΙΣΤΙΚΟΣ αγωνας')
    // Enter at once, before the results have caught up with the typing: it opens the best.
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Η πάλη των τάξεων συνεχίζεται',
    )
    // The match is selected in the text, ready to highlight.
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe('ΚΟΜΜΟΥΝΙΣΤΙΚΟΣ')
  })

  test('filters by language and date, moves with the arrows, and closes with Escape', async ({
    openApp,
    page,
  }) => {
    await openApp()
    await page.keyboard.press('Control+k')
    await page.keyboard.type('arbeiter OR рабочие')
    await expect(results(page).getByRole('option')).toHaveCount(2)
    await page.keyboard.type(' lang:ru')
    await expect(results(page).getByRole('option')).toHaveCount(1)
    await expect(results(page).getByRole('option')).toContainText('Коммунистическая партия')
    await box(page).fill('arbeiter OR рабочие date:2019')
    await expect(results(page).getByRole('option')).toHaveCount(1)
    await expect(results(page).getByRole('option')).toContainText('Die Arbeiter')
    await box(page).fill('arbeiter OR рабочие sort:date')
    const options = results(page).getByRole('option')
    await expect(options).toHaveCount(2)
    await expect(options.nth(0)).toContainText('Die Arbeiter') // 2019 before 2017
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Коммунистическая партия и рабочие',
    )
    await page.keyboard.press('Control+k')
    await box(page).fill('colour:beige')
    await expect(page.getByRole('dialog', { name: 'Search' })).toContainText('Unknown colour')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden()
  })

  test('finds notes by their words and tags, and opens them', async ({ openApp, page, server }) => {
    const call = (method: string, input: unknown) =>
      fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      }).then((r) => r.json() as Promise<{ ok: boolean }>)
    const created = await call('annotations.create', {
      articleId: GERMAN_ID,
      start: 40,
      end: 60,
      color: 'green',
      note: 'Gute Stelle über Ausbeutung',
      tags: ['theorie'],
    })
    expect(created.ok).toBe(true)
    await openApp()
    await page.keyboard.press('Control+k')
    await page.keyboard.type('ausbeutung has:notes')
    const note = results(page).getByRole('option').filter({ hasText: 'Gute Stelle' })
    await expect(note).toBeVisible()
    await expect(note.locator('mark')).toHaveText(['Ausbeutung'])
    await box(page).fill('tag:theorie')
    await expect(results(page).getByRole('option')).toHaveCount(2) // the article and the note
    await note.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die Arbeiter auf der Straße')
    await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText(
      'Gute Stelle',
    )
  })
})

test.describe('search while the index is rebuilt', () => {
  test.beforeAll(async () => {
    const { buildFixtureArchive } = await import('./fixture-archive')
    const archive = await buildFixtureArchive(true)
    // No index shipped: the app builds one into the data folder.
    await rm(join(archive, 'search'), { recursive: true })
    process.env.SCHOLION_TEST_NO_INDEX_ARCHIVE = archive
  })
  // eslint-disable-next-line no-empty-pattern
  test.use({ archive: async ({}, use) => use(process.env.SCHOLION_TEST_NO_INDEX_ARCHIVE) })

  test('still answers, and the rebuilt index is kept in the data folder', async ({
    openApp,
    page,
    dataDir,
  }) => {
    await openApp()
    await page.keyboard.press('Control+k')
    await page.keyboard.type('рабочие')
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option')).toHaveCount(1)
    const { readdir } = await import('node:fs/promises')
    expect(await readdir(join(dataDir, 'search', 'base'))).toContain('index.json')
  })
})
