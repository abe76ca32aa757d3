// Saving a search as a reader does, shared by the saved-search spec and the screenshots: the
// search box opened, the query typed, "Save search", a name, Save.
import { expect, type Page } from '@playwright/test'

export async function saveSearch(page: Page, query: string, name: string): Promise<void> {
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Search' })
  await palette.getByRole('combobox').fill(query)
  await palette.getByRole('button', { name: 'Save search' }).click()
  await palette.getByRole('textbox', { name: 'Name' }).fill(name)
  await palette.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(palette.getByRole('status')).toContainText(`Saved as “${name}”`)
  await page.keyboard.press('Escape')
}
