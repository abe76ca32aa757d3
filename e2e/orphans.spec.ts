// An orphan repaired, as a reader meets it: a paragraph they annotated is removed on the site;
// after the sync the note is listed apart, says what became of its passage, the Changes view
// shows what the editors did, and the reader attaches the note to another passage. Undo and redo
// work, and it stays there after a reload.
import { CHANGING_SLUG, REMOVED_LATER, startFixtureSite } from '../test-support/fixture-site'
import type { Page } from '@playwright/test'
import { expect, keepScreenshot, test } from './fixtures'
import { selectPhrase } from './selection'
import { syncFixtureSite } from './sync-steps'

test('a note whose passage was removed is explained, attached elsewhere, undone, redone and kept', async ({
  openApp,
  page,
  server,
}) => {
  const site = await startFixtureSite({ languages: ['en'], perLanguage: 2 })
  // The synced article, opened by its link.
  const openChanging = async () => {
    const link = `scholion://article/en-${CHANGING_SLUG}`
    await page.goto(`${server.url}&open=${encodeURIComponent(link)}`)
    await expect(page.getByLabel('Article text')).toContainText('Revision')
  }
  try {
    await openApp()
    const { dialog, report } = await syncFixtureSite(page, site.url)
    await expect(report).toContainText('Fixture site: 2 new', { timeout: 20_000 })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    // A note on the sentence that the site will rewrite.
    await openChanging()
    await selectPhrase(page, REMOVED_LATER)
    await page.keyboard.press('n')
    const editor = page.getByRole('group', { name: 'Edit annotation' })
    await expect(editor.getByRole('textbox', { name: /Note/ })).toBeFocused()
    await editor.getByRole('textbox', { name: /Note/ }).fill('Was it, though?')
    await editor.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('status').filter({ hasText: /saved|Saved/ })).toBeVisible()
    // And a highlight on words the site will change by one letter.
    await selectPhrase(page, 'Revision 1: the text')
    await page.keyboard.press('h')
    await expect(page.getByRole('status').filter({ hasText: 'Highlight saved' })).toBeVisible()

    site.revise()
    await page.getByRole('button', { name: 'Sync…' }).click()
    await dialog.getByLabel('Ask for everything again').check()
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    await expect(report).toContainText('Fixture site: 0 new, 1 updated', { timeout: 20_000 })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await openChanging()
    const text = page.getByLabel('Article text')
    await expect(text).toContainText('Revision 2')

    // What the editors changed, word by word, beside the text.
    await page.getByLabel('Side by side').selectOption({ label: await changesOption(page) })
    const changes = page.getByRole('region', { name: 'Changes between two versions' })
    await expect(changes.getByRole('status')).toHaveText(
      '1 paragraph changed, 0 added, 1 deleted, 0 moved.',
    )
    await expect(changes.locator('del').filter({ hasText: REMOVED_LATER })).toBeVisible()
    await expect(changes.locator('ins').filter({ hasText: 'once more' })).toBeVisible()
    await expect(changes.locator('del').filter({ hasText: /^1$/ })).toBeVisible()
    await expect(changes.locator('ins').filter({ hasText: /^2$/ })).toBeVisible()
    await keepScreenshot(page, 'changes-view')
    await changes.getByRole('button', { name: 'Close the changes' }).click()

    // The highlight whose words changed is placed, marked, and shows its words then and now.
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Notes' }).click()
    const changed = panel.locator('.annotation-item').filter({ hasText: 'passage changed' })
    await expect(changed.locator('.annotation-quote')).toHaveText('Revision 1: the text')
    await changed.locator('.annotation-summary').click()
    await expect(changed.locator('.orphan-story')).toContainText(
      'As it was: “Revision 1: the text”',
    )
    await expect(changed.locator('.orphan-story')).toContainText(
      /Now: “Revision 2: the text” \(\d+% alike\)/,
    )
    await changed.locator('.annotation-summary').click()

    // The note is not found in this version: it says why, and is repaired.
    await expect(panel.locator('.orphans-title')).toBeVisible()
    const item = panel.locator('.orphans .annotation-item').filter({ hasText: 'Was it, though?' })
    await item.locator('.annotation-summary').click()
    await expect(item.locator('.orphan-story')).toContainText(/Made on the text until .+\./)
    await expect(item.locator('.orphan-story')).toContainText('That passage was deleted.')
    await keepScreenshot(page, 'orphan-explained')
    const attach = item.getByRole('button', { name: 'Attach to a passage…' })
    await attach.click()
    await expect(item.getByRole('status')).toContainText('Select the passage in the text')
    await selectPhrase(page, 'corrected once more')
    await page
      .getByRole('toolbar', { name: 'Selected text' })
      .getByRole('button', { name: 'Attach here' })
      .click()
    const repaired = text.locator('mark.hl', { hasText: 'corrected once more' })
    await expect(repaired).toBeVisible()
    const placed = panel.locator('.annotation-item').filter({ hasText: 'Was it, though?' })
    await expect(placed.locator('.annotation-quote')).toHaveText('corrected once more')
    await expect(panel.locator('.orphans-title')).toBeHidden()

    // Undo puts it back as it was (an orphan again); redo attaches it again.
    await page.getByLabel('Article', { exact: true }).focus()
    await page.keyboard.press('ControlOrMeta+z')
    await expect(page.getByText('Undone: attaching')).toBeVisible()
    await expect(panel.locator('.orphans .annotation-quote')).toHaveText(REMOVED_LATER)
    await expect(repaired).toHaveCount(0)
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await expect(page.getByText('Redone: attaching')).toBeVisible()
    await expect(repaired).toBeVisible()

    // Kept after a reload, with its note.
    await page.reload()
    await openChanging()
    await expect(
      page.getByLabel('Article text').locator('mark.hl', { hasText: 'corrected once more' }),
    ).toBeVisible()
  } finally {
    await site.close()
  }
})

/** The side-by-side choice of the changes since the earlier version. */
async function changesOption(page: Page): Promise<string> {
  const option = page.getByLabel('Side by side').locator('option', { hasText: 'Changes since' })
  return (await option.textContent())!.trim()
}
