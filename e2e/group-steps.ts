// Steps of study groups as a reader takes them, shared by the groups spec and the screenshots:
// choosing one's name and colour, creating or joining a group, selecting a phrase.
import { expect, type Page } from '@playwright/test'

export async function becomeMember(
  page: Page,
  name: string,
  colour: string,
  folder: string,
  groupName?: string,
) {
  await page.getByRole('button', { name: 'Groups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Study groups' })
  await expect(dialog.getByText('First, who are you to the group?')).toBeVisible()
  await dialog.getByLabel('Name the others see').fill(name)
  await dialog.getByRole('radio', { name: `Colour ${colour}` }).check()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText('Saved ✓')).toBeVisible()
  await dialog.getByLabel('Shared folder').fill(folder)
  if (groupName) {
    await dialog.getByLabel('New group name').fill(groupName)
    await dialog.getByRole('button', { name: 'Create group here' }).click()
  } else {
    await dialog.getByRole('button', { name: 'Join the group in this folder' }).click()
  }
  const card = dialog.getByRole('list', { name: 'Your groups' }).getByRole('listitem').first()
  await expect(card).toContainText('Connected')
  return dialog
}

export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await expect(page.getByLabel('Article text')).toContainText(phrase)
  await page.evaluate((phrase) => {
    const root = document.querySelector('[aria-label="Article text"]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(phrase)
      if (i < 0) continue
      const range = document.createRange()
      range.setStart(n, i)
      range.setEnd(n, i + phrase.length)
      document.getSelection()!.removeAllRanges()
      document.getSelection()!.addRange(range)
      return
    }
    throw new Error(`no ${phrase}`)
  }, phrase)
}
