// Adding the user's own files to the library through the UI: the "Add files…" dialog with the
// file picker, files dropped on the window, the report of what was skipped and why, and the
// added articles read, found by search and kept across a restart of the host.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, keepScreenshot, test } from './fixtures'
import { startServer } from './server'
import { REAL_SHAPES } from '../src-main/library/import/fixtures/real-shapes'

const SAVED_PAGE = readFileSync(
  new URL('../src-main/library/import/fixtures/kke-en.html', import.meta.url),
  'utf8',
)
const MARKDOWN = `---
title: Notes on the state
lang: en
date: 2021-03-04
---

The state is an organ of class rule, an organ for the *oppression* of one class by another.

## Second part

> A quoted passage from the reading.
`

const file = (name: string, text: string, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
})

const list = (page: Page) => page.getByRole('listbox', { name: 'Articles' })

test('adds a saved page and a Markdown file, reports a skipped one, and reads them', async ({
  openApp,
  page,
  server,
  dataDir,
}) => {
  await openApp()
  await page.getByRole('button', { name: 'Add files…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add files to your library' })
  await expect(dialog).toBeVisible()
  await dialog
    .getByLabel('Files')
    .setInputFiles([
      file('wreath.html', SAVED_PAGE, 'text/html'),
      file('notes.md', MARKDOWN),
      file('photo.png', 'not really a picture', 'image/png'),
    ])
  await expect(dialog.getByRole('status')).toContainText('2 articles added, 1 file skipped')
  await expect(dialog.locator('.skipped-files')).toContainText('photo.png')
  await expect(dialog.locator('.skipped-files')).toContainText(
    'not a kind of file Scholion imports',
  )
  await keepScreenshot(page, 'add-files-report')

  // Open the page from the report: the site's chrome is gone, its structure is kept.
  await dialog
    .getByRole('button', {
      name: 'KKE and TKP laid wreath at Treptower Park in Berlin despite bans',
    })
    .click()
  await expect(dialog).toBeHidden()
  const reader = page.getByLabel('Article text')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'KKE and TKP laid wreath at Treptower Park in Berlin despite bans',
  )
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('A speech at the monument')
  await expect(reader).not.toContainText('Links to the old web pages')
  await expect(reader).not.toContainText('Subscribe')

  // Both are in the list, marked as the user's, and under "Your files".
  await expect(list(page).getByRole('option', { name: /Notes on the state/ })).toContainText(
    'Your file',
  )
  await page.getByLabel('Read or unread').selectOption('own')
  await expect(list(page).getByRole('option')).toHaveCount(2)

  // Search finds them.
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search articles and notes' }).fill('oppression')
  await expect(
    page
      .getByRole('listbox', { name: 'Results' })
      .getByRole('option', { name: /Notes on the state/ }),
  ).toBeVisible()
  await page.keyboard.press('Escape')

  // And a restart of the host keeps them.
  await server.stop()
  const second = await startServer({ dataDir })
  try {
    const fresh = await page.context().newPage()
    await fresh.goto(second.url)
    await fresh.getByLabel('Read or unread').selectOption('own')
    await expect(list(fresh).getByRole('option')).toHaveCount(2)
  } finally {
    await second.stop()
  }
})

test('adds files dropped on the window', async ({ openApp, page }) => {
  await openApp()
  const transfer = await page.evaluateHandle((md) => {
    const data = new DataTransfer()
    data.items.add(new File([md], 'dropped-notes.md', { type: 'text/markdown' }))
    return data
  }, MARKDOWN)
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer })
  await expect(page.locator('.drop-overlay')).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
  await expect(page.locator('.drop-overlay')).toBeHidden()
  const dialog = page.getByRole('dialog', { name: 'Add files to your library' })
  await expect(dialog.getByRole('status')).toContainText('1 article added')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(list(page).getByRole('option', { name: /Notes on the state/ })).toBeVisible()
})

test('a figure of a saved page shows what its image showed, and its caption', async ({
  openApp,
  page,
}) => {
  await openApp()
  await page.getByRole('button', { name: 'Add files…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add files to your library' })
  const html =
    '<html lang="en"><head><title>Rally at the port</title></head><body><article>' +
    '<h1>Rally at the port</h1>' +
    '<p>Thousands of dockers and their families gathered at the gate of the container terminal.</p>' +
    '<figure><img src="https://cdn.example/march.jpg" alt="Dockers with red banners at the gate">' +
    '<figcaption>The rally at the <em>container terminal</em>, morning of the strike</figcaption></figure>' +
    '<p>The rally ended with a call to the next strike, and the crowd sang as it left.</p>' +
    '</article></body></html>'
  await dialog.getByLabel('Files').setInputFiles([file('rally.html', html, 'text/html')])
  await expect(dialog.getByRole('status')).toContainText('1 article added')
  await dialog.getByRole('button', { name: 'Rally at the port' }).click()
  const reader = page.getByLabel('Article text')
  const figure = reader.locator('figure.figure')
  await expect(
    figure.getByRole('img', { name: 'Dockers with red banners at the gate' }),
  ).toBeVisible()
  await expect(figure.locator('figcaption')).toHaveText(
    'The rally at the container terminal, morning of the strike',
  )
  // No image is loaded from anywhere.
  await expect(reader.locator('img')).toHaveCount(0)
  await figure.scrollIntoViewIfNeeded()
  await keepScreenshot(page, 'figure')
})

test('adds articles in the shapes of real pages: the report, the library rows and the reader agree', async ({
  openApp,
  page,
}) => {
  const shapes = REAL_SHAPES.filter((s) =>
    [
      '--00964.ru.txt',
      '--00430.ar.txt',
      'Kzl-Ordu-ant-onunde-ortak-anma.txt',
      'Il-partito-commemora-la-vittoria.it.txt',
    ].includes(s.name),
  )
  await openApp()
  await page.getByRole('button', { name: 'Add files…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add files to your library' })
  await dialog.getByLabel('Files').setInputFiles(shapes.map((s) => file(s.name, s.text)))
  await expect(dialog.getByRole('status')).toContainText(`${shapes.length} articles added`)
  const added = dialog.locator('.added-files')
  for (const { name, expected } of shapes) {
    const row = added.locator('li', { hasText: name })
    await expect(row.getByRole('button', { name: expected.title })).toBeVisible()
    if (expected.section) await expect(row).toContainText(expected.section)
  }
  // Warnings only where something looks wrong: the guessed language, the missing date.
  await expect(dialog.getByRole('list', { name: /^Warnings about Kızıl Ordu/ })).toContainText(
    'The language (Turkish) was guessed from the text',
  )
  await expect(dialog.getByRole('list', { name: /^Warnings about Il partito/ })).toContainText(
    'No date was found.',
  )
  await expect(dialog.getByRole('list', { name: /^Warnings about Ни одного/ })).toHaveCount(0)
  await keepScreenshot(page, 'add-files-real-shapes')
  await dialog.getByRole('button', { name: 'Done' }).click()

  // The library rows show the title and the date found; the reader the title, not the box.
  for (const { expected } of shapes) {
    const row = list(page).getByRole('option', { name: new RegExp(escape(expected.title)) })
    await expect(row).toBeVisible()
    if (expected.date) await expect(row.locator('time')).toHaveAttribute('datetime', expected.date)
    else await expect(row.locator('time')).toHaveCount(0)
  }
  const ru = shapes.find((s) => s.expected.lang === 'ru')!.expected
  await list(page)
    .getByRole('option', { name: new RegExp(escape(ru.title)) })
    .click()
  const reader = page.getByLabel('Article text')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(ru.title)
  await expect(page.locator('.article-meta')).toContainText(ru.section!)
  for (const gone of ru.absent) await expect(reader).not.toContainText(gone)
  await expect(reader).not.toContainText(ru.section!)
  const ar = shapes.find((s) => s.expected.lang === 'ar')!.expected
  await list(page)
    .getByRole('option', { name: new RegExp(escape(ar.title)) })
    .click()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(ar.title)
  await expect(reader.locator('figure figcaption')).toHaveText(ar.firstBlock[1])
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
