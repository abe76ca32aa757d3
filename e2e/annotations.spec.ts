// Highlighting and annotating as a reader does it: with the mouse and with the keyboard alone,
// notes in Markdown, tags, overlapping highlights, undo and redo, the notes panel and the
// notebook; and that all of it is still there after a reload.
import type { Page } from '@playwright/test'
import { test, expect, keepScreenshot } from './fixtures'
import { showContents } from './selection'

const SEED = /The class struggle cannot be denigrated/

/** Drags the mouse from the start of `from` to the end of `to` (each within one text node). */
async function dragSelect(page: Page, from: string, to = from): Promise<void> {
  const box = await page.evaluate(
    ([from, to]: [string, string]) => {
      const root = document.querySelector('[aria-label="Article text"]')!
      const find = (phrase: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent!.indexOf(phrase)
          if (i >= 0) return { node: n, i }
        }
        throw new Error(`no “${phrase}” in one text node`)
      }
      const a = find(from)
      const b = find(to)
      a.node.parentElement!.scrollIntoView({ block: 'center' })
      const start = document.createRange()
      start.setStart(a.node, a.i)
      start.setEnd(a.node, a.i + 1)
      const end = document.createRange()
      end.setStart(b.node, b.i + to.length - 1)
      end.setEnd(b.node, b.i + to.length)
      const s = start.getClientRects()[0]!
      const e = end.getClientRects()[0]!
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 }
    },
    [from, to] as [string, string],
  )
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
}

async function openSeed(openApp: () => Promise<Page>): Promise<Page> {
  const page = await openApp()
  await page.getByRole('option', { name: SEED }).click()
  await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
  return page
}

const highlight = (page: Page, text: string) => page.locator('mark.hl', { hasText: text }).first()

test('a highlight made with the mouse is still there after a reload', async ({ openApp }) => {
  const page = await openSeed(openApp)
  await dragSelect(page, 'multi-dimensional policy')
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
  await expect(toolbar).toBeVisible()
  await keepScreenshot(page, 'selection-toolbar')
  await toolbar.getByRole('button', { name: 'Highlight green' }).click()
  await expect(toolbar).toBeHidden()
  await expect(highlight(page, 'multi-dimensional policy')).toHaveClass(/hl-green/)
  await expect(page.getByRole('button', { name: /Notes 1/ })).toBeVisible()

  await page.reload()
  await page.getByRole('option', { name: SEED }).click()
  const mark = highlight(page, 'multi-dimensional policy')
  await expect(mark).toHaveClass(/hl-green/)
  await expect(mark).toHaveText('multi-dimensional policy')
})

test('a note in Markdown, with tags, is saved and shown rendered', async ({ openApp }) => {
  const page = await openSeed(openApp)
  await dragSelect(page, 'Shanghai Cooperation Organization')
  await page
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Note' })
    .click()
  const editor = page.getByRole('group', { name: 'Edit annotation' })
  const note = editor.getByRole('textbox', { name: /Note/ })
  await expect(note).toBeFocused()
  await note.fill('A **regional** bloc; see [SCO](https://en.wikipedia.org/wiki/SCO)')
  await expect(editor.getByLabel('Note preview').locator('strong')).toHaveText('regional')
  const tags = editor.getByRole('combobox', { name: 'Add a tag' })
  await tags.fill('geopolitics')
  await tags.press('Enter')
  await tags.fill('asia')
  await tags.press('Enter')
  await expect(editor.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    /geopolitics/,
    /asia/,
  ])
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible()
  await keepScreenshot(page, 'annotation-editor')
  await editor.getByRole('button', { name: 'Done' }).click()

  await page.reload()
  await page.getByRole('option', { name: SEED }).click()
  await page.getByRole('button', { name: /Notes 1/ }).click()
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.locator('.annotation-note strong')).toHaveText('regional')
  await expect(panel.locator('.annotation-tags .tag')).toHaveText(['geopolitics', 'asia'])
  // A second annotation is offered the tags already in use.
  await dragSelect(page, 'Collective Security Treaty')
  await page
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Note' })
    .click()
  const suggestions = page.locator('.annotation-editor datalist option')
  await expect(suggestions).toHaveCount(2)
  await expect(suggestions.first()).toHaveAttribute('value', /geopolitics|asia/)
})

test('overlapping highlights blend and each can be opened', async ({ openApp }) => {
  const page = await openSeed(openApp)
  await dragSelect(page, 'Chevron', 'Shell')
  await page.keyboard.press('1')
  await expect(page.locator('mark.hl-yellow')).toContainText('ExxonMobil')
  await dragSelect(page, 'Eni', 'Total')
  await page.keyboard.press('3')
  // Where they overlap, one mark sits inside the other, both drawn.
  const inner = page.locator('mark.hl mark.hl')
  await expect(inner).toHaveText('Eni”, “Shell')
  await keepScreenshot(page, 'overlapping-highlights')

  // Blended: the overlap is drawn with both fills, so it differs from either alone.
  const fill = (l: ReturnType<Page['locator']>) =>
    l.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(await fill(inner)).not.toBe(await fill(inner.locator('xpath=..')))

  // Clicking where they overlap opens one, clicking again the other.
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  const opened = panel.getByRole('button', { expanded: true })
  await inner.click()
  const first = (await opened.textContent())!
  await inner.click()
  const second = (await opened.textContent())!
  expect([first, second].map((t) => (t.includes('Chevron') ? 'yellow' : 'blue')).sort()).toEqual([
    'blue',
    'yellow',
  ])
  // Where only one lies, a click opens that one.
  await page
    .locator('mark.hl', { hasText: /and “Total$/ })
    .first()
    .click()
  await expect(opened).toContainText('Eni”, “Shell” and “Total')
})

test('undo and redo highlight, colour and delete', async ({ openApp }) => {
  const page = await openSeed(openApp)
  await dragSelect(page, 'biological warfare laboratories')
  await page.keyboard.press('4')
  const mark = highlight(page, 'biological warfare laboratories')
  await expect(mark).toHaveClass(/hl-pink/)
  await page.keyboard.press('Control+z')
  await expect(page.locator('mark.hl')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(mark).toHaveClass(/hl-pink/)

  await mark.click()
  const editor = page.getByRole('group', { name: 'Edit annotation' })
  await editor.getByRole('radio', { name: 'Purple' }).click()
  await expect(mark).toHaveClass(/hl-purple/)
  await editor.getByRole('button', { name: 'Delete' }).click()
  await expect(page.locator('mark.hl')).toHaveCount(0)
  await page.getByLabel('Article').first().focus()
  await page.keyboard.press('Control+z')
  await expect(mark).toHaveClass(/hl-purple/)
  await page.keyboard.press('Control+z')
  await expect(mark).toHaveClass(/hl-pink/)

  // What undo left is what is on disk.
  await page.reload()
  await page.getByRole('option', { name: SEED }).click()
  await expect(highlight(page, 'biological warfare laboratories')).toHaveClass(/hl-pink/)
})

test('keyboard only: select, extend, highlight and annotate', async ({ openApp }) => {
  const page = await openSeed(openApp)
  await (
    await showContents(page)
  )
    .getByRole('button', {
      name: 'The popular mobilizations developed on specific terrain',
    })
    .click()
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('v')
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await expect
    .poll(() => page.evaluate(() => document.getSelection()!.toString()))
    .toMatch(/^\S+ \S+ \S+$/)
  const selected = await page.evaluate(() => document.getSelection()!.toString())
  await page.keyboard.press('2')
  await expect(page.locator('mark.hl-green')).toHaveText(selected)

  await page.keyboard.press('j')
  await page.keyboard.press('v')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('n')
  const note = page
    .getByRole('group', { name: 'Edit annotation' })
    .getByRole('textbox', { name: /Note/ })
  await expect(note).toBeFocused()
  await page.keyboard.type('Typed without a mouse')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('group', { name: 'Edit annotation' })).toBeHidden()
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.locator('.annotation-note')).toHaveText('Typed without a mouse')
  // The panel's entries are reachable and open with the keyboard.
  await panel.getByRole('button', { name: /Typed without a mouse/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: 'Edit annotation' })).toBeVisible()
})

test('the notebook lists every note, filters them, and opens one at its passage', async ({
  openApp,
}) => {
  // Three highlights made by dragging and typing, then six filters and orders: about 20 s
  // alone, and past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(60_000)
  const page = await openSeed(openApp)
  const make = async (phrase: string, key: string, tag?: string) => {
    await dragSelect(page, phrase)
    if (!tag) return page.keyboard.press(key)
    await page.keyboard.press('n')
    const editor = page.getByRole('group', { name: 'Edit annotation' })
    await editor.getByRole('radio', { name: key }).click()
    await editor.getByRole('combobox', { name: 'Add a tag' }).fill(tag)
    await editor.getByRole('combobox', { name: 'Add a tag' }).press('Enter')
    await expect(editor.locator('.tag')).toHaveText(new RegExp(tag))
    await editor.getByRole('button', { name: 'Done' }).click()
  }
  await make('multi-dimensional policy', 'Blue', 'policy')
  await make('Collective Security Treaty', 'Green', 'policy')
  await make('New Silk Road', '1')
  // A highlight shows once it is saved: open the notebook after that, as a reader would.
  await expect(highlight(page, 'New Silk Road')).toBeVisible()

  await page.getByRole('button', { name: 'Notebook' }).click()
  const notebook = page.getByRole('region', { name: 'Notebook' })
  await expect(notebook.getByRole('listitem')).toHaveCount(3)
  await keepScreenshot(page, 'notebook')
  await notebook.getByRole('combobox', { name: 'Tag' }).selectOption('policy')
  await expect(notebook.getByRole('listitem')).toHaveCount(2)
  // Exporting from a filtered notebook takes the notes shown.
  await notebook.getByRole('button', { name: 'Export…' }).click()
  const exporting = page.getByRole('dialog', { name: 'Export notes' })
  await expect(exporting.getByRole('radio', { name: 'The 2 notes shown' })).toBeChecked()
  await expect(exporting.getByLabel('Export preview')).toContainText('multi-dimensional policy')
  await expect(exporting.getByLabel('Export preview')).not.toContainText('New Silk Road')
  await exporting.getByRole('button', { name: 'Close' }).click()
  await notebook.getByRole('button', { name: /^Green \(\d+\)$/ }).click()
  await expect(notebook.getByRole('listitem')).toHaveCount(1)
  await expect(notebook.getByRole('listitem')).toContainText('Collective Security Treaty')
  await notebook.getByRole('button', { name: /^Green \(\d+\)$/ }).click()
  await notebook.getByRole('combobox', { name: 'Tag' }).selectOption('')
  await notebook.getByRole('searchbox', { name: 'Search notes' }).fill('silk')
  await expect(notebook.getByRole('listitem')).toHaveCount(1)
  await notebook.getByRole('searchbox', { name: 'Search notes' }).fill('')
  await notebook.getByRole('combobox', { name: 'Order' }).selectOption('article')
  await expect(notebook.locator('.entry-quote')).toHaveText([
    'multi-dimensional policy',
    'Collective Security Treaty',
    'New Silk Road',
  ])

  await notebook.getByRole('button', { name: /Collective Security Treaty/ }).click()
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.getByRole('button', { expanded: true })).toContainText(
    'Collective Security Treaty',
  )
  await expect(highlight(page, 'Collective Security Treaty')).toBeInViewport()
})

test('the selection copies as a quote with its citation', async ({ openApp, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await openSeed(openApp)
  await dragSelect(page, 'Chevron', 'ExxonMobil')
  await page
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Copy quote' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    '“Chevron” and “ExxonMobil” — “The class struggle cannot be denigrated – it is and will ' +
      'remain the ‘driving force’ of social development”, Giorgos Marinos, 22 January 2022, ¶ 2. ' +
      'scholion://article/en-the-class-struggle-cannot-be-denigrated#para-2',
  )
  // Nothing was highlighted by copying.
  await expect(page.locator('mark.hl')).toHaveCount(0)
})
