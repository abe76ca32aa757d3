// An orphan repaired, as a reader meets it: a passage they highlighted is rewritten on the site;
// after the sync the note is listed apart, and the reader attaches it to the new passage. It
// stays there after a reload, and undo puts it back.
import { CHANGING_SLUG, startFixtureSite } from '../test-support/fixture-site'
import { expect, test } from './fixtures'
import { selectPhrase } from './selection'

test('a note whose passage was rewritten is attached to the new passage, undone, redone and kept', async ({
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
    await page.getByRole('button', { name: 'Sync…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sync new articles' })
    await dialog
      .getByRole('list', { name: 'Sources' })
      .getByRole('checkbox', { name: 'inter.kke.gr (en)' })
      .uncheck()
    await dialog.getByLabel('Source name').fill('Fixture site')
    await dialog.getByLabel('Feed, sitemap or page address').fill(`${site.url}/en/feed/`)
    await dialog.getByRole('button', { name: 'Add source' }).click()
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    const report = dialog.locator('.sync-report')
    await expect(report).toContainText('Fixture site: 2 new', { timeout: 20_000 })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    // A note on the sentence that the site will rewrite.
    await openChanging()
    await selectPhrase(page, 'the text of this article was corrected.')
    await page.keyboard.press('n')
    const editor = page.getByRole('group', { name: 'Edit annotation' })
    await expect(editor.getByRole('textbox', { name: /Note/ })).toBeFocused()
    await editor.getByRole('textbox', { name: /Note/ }).fill('Was it, though?')
    await editor.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('status').filter({ hasText: /saved|Saved/ })).toBeVisible()

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

    // The note is not where it was: repair it.
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Notes' }).click()
    const item = panel.locator('.annotation-item').filter({ hasText: 'Was it, though?' })
    const attach = item.getByRole('button', { name: 'Attach to a passage…' })
    if (!(await attach.isVisible())) await item.locator('.annotation-summary').click()
    await attach.click()
    await expect(item.getByRole('status')).toContainText('Select the passage in the text')
    await selectPhrase(page, 'corrected once more')
    await page
      .getByRole('toolbar', { name: 'Selected text' })
      .getByRole('button', { name: 'Attach here' })
      .click()
    await expect(text.locator('mark.hl')).toHaveText('corrected once more')
    await expect(item.locator('.annotation-quote')).toHaveText('corrected once more')

    // Undo puts it back as it was; redo attaches it again.
    await page.getByLabel('Article', { exact: true }).focus()
    await page.keyboard.press('ControlOrMeta+z')
    await expect(page.getByText('Undone: attaching')).toBeVisible()
    await expect(item.locator('.annotation-quote')).toHaveText(
      'the text of this article was corrected.',
    )
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await expect(page.getByText('Redone: attaching')).toBeVisible()
    await expect(text.locator('mark.hl')).toHaveText('corrected once more')

    // Kept after a reload, with its note.
    await page.reload()
    await openChanging()
    await expect(page.getByLabel('Article text').locator('mark.hl')).toHaveText(
      'corrected once more',
    )
  } finally {
    await site.close()
  }
})
