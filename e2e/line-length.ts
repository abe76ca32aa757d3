// How many characters a line of the reading column holds, measured as the reader sees it: the
// characters of a long paragraph's first line, found by where the rendered lines break.
import type { Page } from '@playwright/test'

export async function charactersPerLine(page: Page, label = 'Article text'): Promise<number> {
  return page.evaluate((label) => {
    const root = document.querySelector(`[aria-label="${label}"]`)!
    const paragraphs = [...root.querySelectorAll('p')].filter(
      (p) => (p.textContent ?? '').length > 400,
    )
    const p = paragraphs[0]
    if (!p) throw new Error('no long paragraph')
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let first: number | null = null
    let count = 0
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? ''
      for (let i = 0; i < text.length; i++) {
        range.setStart(n, i)
        range.setEnd(n, i + 1)
        const rect = range.getClientRects()[0]
        if (!rect) continue
        first ??= rect.top
        if (rect.top > first + rect.height / 2) return count
        count++
      }
    }
    return count
  }, label)
}
