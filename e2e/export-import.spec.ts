// Taking notes out and bringing them in through the UI: copy as Markdown, the export dialog with
// its live template preview writing into a folder, and importing W3C Web Annotations with a
// preview, and a clear error for a file that is not one.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, keepScreenshot } from './fixtures'
import { selectPhrase } from './selection'

const SEED = /The class struggle cannot be denigrated/
const SEED_ID = 'en-the-class-struggle-cannot-be-denigrated'

async function highlightWithNote(page: Page, phrase: string, note: string): Promise<void> {
  await selectPhrase(page, phrase)
  await page.keyboard.press('n')
  const field = page
    .getByRole('group', { name: 'Edit annotation' })
    .getByRole('textbox', { name: /Note/ })
  await expect(field).toBeFocused()
  await field.fill(note)
  await page
    .getByRole('group', { name: 'Edit annotation' })
    .getByRole('button', { name: 'Done' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: /saved|Saved/ })).toBeVisible()
}

test('notes copy as Markdown and export into a folder through a live template', async ({
  openApp,
  context,
  dataDir,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await openApp()
  await page.getByRole('option', { name: SEED }).click()
  await highlightWithNote(page, 'multi-dimensional policy', 'Balancing *between* powers')
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await panel.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'copied as Markdown' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('> multi-dimensional policy')
  expect(copied).toContain('Balancing *between* powers')

  await panel.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  const preview = dialog.getByLabel('Export preview')
  await expect(preview).toContainText(`scholion_id: ${SEED_ID}`)
  await expect(preview).toContainText('# The class struggle')
  const template = dialog.getByRole('textbox', { name: /Template/ })
  await template.fill('{{#annotations}}* {{{quoteText}}} — {{{note}}}\n{{/annotations}}')
  await expect(preview).toHaveText(/^\* multi-dimensional policy — Balancing \*between\* powers/)
  await keepScreenshot(page, 'export-dialog')
  await dialog.getByRole('button', { name: 'Back to the default' }).click()
  await expect(preview).toContainText('# The class struggle')

  const folder = join(dataDir, 'exported')
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder)
  await dialog.getByRole('button', { name: 'Export to folder' }).click()
  await expect(dialog.getByRole('status')).toContainText('1 written')
  expect(await readdir(folder)).toEqual([`${SEED_ID}.md`])
  const md = await readFile(join(folder, `${SEED_ID}.md`), 'utf8')
  expect(md).toContain('> multi-dimensional policy')
  await dialog.getByRole('button', { name: 'Export to folder' }).click()
  await expect(dialog.getByRole('status')).toContainText('0 written, 1 already up to date')
})

test('notes export for Logseq as an outline, and a tag with a space is reported as written', async ({
  openApp,
  dataDir,
}) => {
  const page = await openApp()
  await page.getByRole('option', { name: SEED }).click()
  await selectPhrase(page, 'multi-dimensional policy')
  await page.keyboard.press('n')
  const editor = page.getByRole('group', { name: 'Edit annotation' })
  await editor.getByRole('textbox', { name: /Note/ }).fill('First point\n\n- one\n- two')
  const tags = editor.getByRole('combobox', { name: 'Add a tag' })
  await tags.fill('class struggle')
  await tags.press('Enter')
  await editor.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('status').filter({ hasText: /saved|Saved/ })).toBeVisible()

  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await panel.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  const preview = dialog.getByLabel('Export preview')
  await dialog
    .getByRole('group', { name: 'For', exact: true })
    .getByRole('radio', { name: /Logseq/ })
    .check()
  await expect(preview).toContainText('title:: The class struggle')
  await expect(preview).toContainText('- > multi-dimensional policy')
  await expect(preview).toContainText('tags:: class-struggle')
  await expect(preview).toContainText('\t- one')
  await keepScreenshot(page, 'export-logseq')

  const folder = join(dataDir, 'graph', 'pages')
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder)
  await dialog.getByRole('button', { name: 'Export to folder' }).click()
  const status = dialog.getByRole('status')
  await expect(status).toContainText('1 written')
  await expect(status).toContainText('“class struggle” → #class-struggle')
  const md = await readFile(join(folder, `${SEED_ID}.md`), 'utf8')
  expect(md).toMatch(/\n {2}id:: [0-9a-f-]{36}\n/)

  // Obsidian: the highlight marked, the same block id.
  await dialog
    .getByRole('group', { name: 'For', exact: true })
    .getByRole('radio', { name: /Obsidian/ })
    .check()
  await expect(preview).toContainText('> ==multi-dimensional policy==')
  const id = /id:: ([0-9a-f-]{36})/.exec(md)![1]!
  await expect(preview).toContainText(`^${id}`)
})

test('annotations import with a preview, and a bad file changes nothing', async ({
  openApp,
  dataDir,
}) => {
  const page = await openApp()
  await page.getByRole('button', { name: 'Notebook' }).click()
  const notebook = page.getByRole('region', { name: 'Notebook' })
  await expect(notebook.getByText('Your notes will gather here')).toBeVisible()
  await notebook.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import annotations' })

  const bad = join(dataDir, 'bad.json')
  await writeFile(bad, '{"type": "AnnotationCollection", "first": {"items": [')
  await dialog.getByLabel('File').setInputFiles(bad)
  await expect(dialog.getByRole('alert')).toContainText('not valid JSON')
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled()

  const good = join(dataDir, 'good.jsonld')
  await writeFile(
    good,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://example.org/anno/1',
            type: 'Annotation',
            created: '2025-01-02T03:04:05Z',
            body: [
              { type: 'TextualBody', purpose: 'commenting', value: 'From another tool' },
              { type: 'TextualBody', purpose: 'tagging', value: 'shared' },
            ],
            target: {
              source: `scholion://article/${SEED_ID}`,
              selector: { type: 'TextQuoteSelector', exact: 'Collective Security Treaty' },
            },
          },
          {
            id: 'https://example.org/anno/2',
            type: 'Annotation',
            created: '2025-01-02T03:04:05Z',
            target: { source: 'https://elsewhere.example/page' },
          },
        ],
      },
    }),
  )
  await dialog.getByLabel('File').setInputFiles(good)
  await expect(dialog.getByRole('status').filter({ hasText: 'would be added' })).toContainText(
    '1 would be added',
  )
  await expect(dialog.getByText('Skipped (1)')).toBeVisible()
  await keepScreenshot(page, 'import-preview')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'added' })).toContainText('1 added')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(notebook.getByRole('listitem')).toHaveCount(1)
  await expect(notebook.getByRole('listitem')).toContainText('From another tool')
})
