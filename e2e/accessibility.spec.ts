// axe finds no serious or critical accessibility problems on the library and the reader, in
// the light and the dark theme, with the reader's panels open, with highlights and the note
// editor, and in the notebook.
import { seriousViolations } from './axe'
import { test, expect } from './fixtures'

// Each test runs three full-page audits; on a busy 2-core CI machine that alone can take 25 s.
test.describe.configure({ timeout: 90_000 })

for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the ${theme} theme`, async ({ openApp, page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openApp()
    expect(await seriousViolations(page), 'library').toEqual([])
    await page.getByRole('option', { name: /The class struggle/ }).click()
    await expect(page.getByLabel('Article text').getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    expect(await seriousViolations(page), 'reader').toEqual([])
    await page.getByRole('button', { name: 'Reading settings' }).click()
    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Find in article' }).fill('class')
    expect(await seriousViolations(page), 'reader with settings and find open').toEqual([])
    await page.keyboard.press('Escape')
    await page.getByLabel('Article', { exact: true }).focus()
    await page.keyboard.press('v')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('2')
    await page.keyboard.press('v')
    await page.keyboard.press('n')
    await expect(page.getByRole('textbox', { name: /Note/ })).toBeFocused()
    await page.keyboard.type('A **note**')
    await expect(page.getByLabel('Note preview')).toBeVisible()
    expect(await seriousViolations(page), 'reader with highlights and the note editor').toEqual([])
    await page.getByRole('button', { name: 'Export…' }).click()
    await expect(page.getByLabel('Export preview')).toContainText('scholion_id')
    expect(await seriousViolations(page), 'export dialog').toEqual([])
    await page
      .getByRole('dialog', { name: 'Export notes' })
      .getByRole('button', { name: 'Close' })
      .click()
    await page.getByRole('button', { name: 'Notebook' }).click()
    await expect(page.getByRole('region', { name: 'Notebook' }).getByRole('listitem')).toHaveCount(
      2,
    )
    expect(await seriousViolations(page), 'notebook').toEqual([])
    // The dialogs of the library: adding files and syncing.
    await page.getByRole('button', { name: 'Add files…' }).click()
    const adding = page.getByRole('dialog', { name: 'Add files to your library' })
    await expect(adding).toBeVisible()
    expect(await seriousViolations(page), 'add files dialog').toEqual([])
    await adding.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Sync…' }).click()
    const syncing = page.getByRole('dialog', { name: 'Sync new articles' })
    await expect(syncing.getByRole('list', { name: 'Sources' })).toBeVisible()
    expect(await seriousViolations(page), 'sync dialog').toEqual([])
    await syncing.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Groups…' }).click()
    const groups = page.getByRole('dialog', { name: 'Study groups' })
    await expect(groups.getByLabel('Name the others see')).toBeVisible()
    expect(await seriousViolations(page), 'groups dialog').toEqual([])
    await groups.getByRole('button', { name: 'Close' }).click()
  })
}
