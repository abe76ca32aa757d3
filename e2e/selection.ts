// Selecting a phrase of the open article as the mouse would leave it (a DOM selection), for the
// specs that highlight or annotate it next.
import { expect, type Page } from '@playwright/test'

export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await expect(page.getByLabel('Article text')).toContainText(phrase)
  await page.evaluate((phrase) => {
    // The phrase may cross text nodes (a highlight's mark splits them): search the text of the
    // whole article, then set the range in the nodes where it starts and ends.
    const root = document.querySelector('[aria-label="Article text"]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: { node: Node; from: number }[] = []
    let text = ''
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, from: text.length })
      text += n.textContent
    }
    const at = text.indexOf(phrase)
    if (at < 0) throw new Error(`no ${phrase}`)
    // (No helper functions in here: a bundler's naming helpers do not exist in the page.)
    const end = at + phrase.length
    let first = 0
    while (first + 1 < nodes.length && nodes[first + 1]!.from <= at) first++
    let last = first
    while (last + 1 < nodes.length && nodes[last + 1]!.from < end) last++
    const start = { node: nodes[first]!.node, offset: at - nodes[first]!.from }
    const finish = { node: nodes[last]!.node, offset: end - nodes[last]!.from }
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(finish.node, finish.offset)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  }, phrase)
}

/** Opens the article's contents (closed by default on a laptop-sized window, where they open
 * over the text), and returns them. */
export async function showContents(page: Page) {
  const contents = page.getByRole('navigation', { name: 'Contents' })
  if (!(await contents.isVisible())) {
    await page.getByRole('button', { name: 'Contents', exact: true }).click()
  }
  await expect(contents).toBeVisible()
  return contents
}
