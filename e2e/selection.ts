// Selecting a phrase of the open article as the mouse would leave it (a DOM selection), for the
// specs that highlight or annotate it next.
import { expect, type Page } from '@playwright/test'

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
