// Side-by-side reading of long translations: the translation follows the main column to the
// same paragraph.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeArchive } from '../src-main/archive/archive-write'
import { test, expect } from './fixtures'
import { showContents } from './selection'

const ARCHIVE = mkdtempSync(join(tmpdir(), 'scholion-parallel-'))

function longDoc(title: string, word: string) {
  const content: unknown[] = [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
  ]
  for (let i = 1; i <= 60; i++) {
    if (i % 10 === 1)
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `${word} section ${i}` }],
      })
    content.push({
      type: 'paragraph',
      content: [{ type: 'text', text: `${word} ${i}. ${`${word} `.repeat(60 + (i % 7) * 10)}` }],
    })
  }
  return { type: 'doc', content }
}

const base = {
  date: '2024-05-01',
  author: null,
  publication: null,
  section: null,
  sourceUrl: null,
  wordCount: 4000,
}

test.use({ archive: ARCHIVE })
test.beforeAll(async () => {
  await writeArchive(ARCHIVE, [
    {
      ...base,
      id: 'en-long',
      title: 'Long text',
      lang: 'en',
      translationGroup: 'long',
      doc: longDoc('Long text', 'workers'),
    },
    {
      ...base,
      id: 'de-long',
      title: 'Langer Text',
      lang: 'de',
      translationGroup: 'long',
      doc: longDoc('Langer Text', 'Arbeiter'),
    },
  ])
})

test('the translation follows the main column paragraph by paragraph', async ({
  openApp,
  page,
}) => {
  await openApp()
  await page.getByRole('option', { name: /Long text/ }).click()
  await page.getByLabel('Side by side').selectOption('de-long')
  const translation = page.getByRole('region', { name: 'Translation: German' })
  await expect(translation.getByRole('heading', { level: 1 })).toHaveText('Langer Text')
  // Jump the main column to a late section; the translation follows to the same paragraph.
  await (await showContents(page)).getByRole('button', { name: 'workers section 41' }).click()
  const main = page.locator('.reader-scroll').first()
  await expect(main.locator('[data-para="41"]')).toBeInViewport()
  await expect(translation.locator('[data-para="41"]')).toBeInViewport()
  await expect(translation.locator('[data-para="10"]')).not.toBeInViewport()
})
