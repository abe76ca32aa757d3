// Steps of study groups as a reader takes them, shared by the groups spec and the screenshots:
// choosing one's name and colour, creating or joining a group.
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

export { selectPhrase } from './selection'
