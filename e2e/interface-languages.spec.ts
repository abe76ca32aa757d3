// The interface in the readers' languages: it follows the browser's language by default, can be
// chosen in the reading settings and switches at once (the article stays as it was), and with
// Arabic the whole layout mirrors while an English article stays left to right (and an Arabic
// article in an English interface reads right to left). axe checks both.
import { translatorFor } from '../src-shared/i18n/catalogs'
import { seriousViolations } from './axe'
import { test, expect, keepScreenshot } from './fixtures'

const SEED = /The class struggle cannot be denigrated/
const open = (link: string) => `&open=${encodeURIComponent(link)}`

test.describe.configure({ timeout: 90_000 })

test.describe('with a Greek system', () => {
  test.use({ locale: 'el-GR' })

  test('the library, the reader toolbar, a dialog and an error speak Greek', async ({
    page,
    server,
  }) => {
    await page.goto(server.url + open('scholion://nowhere/x'))
    const library = page.getByRole('navigation', { name: 'Βιβλιοθήκη' })
    await expect(library).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'el')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(library.getByRole('searchbox', { name: 'Φιλτράρισμα κατά τίτλο' })).toBeVisible()
    await expect(library.locator('.library-count')).toHaveText('1 άρθρο')
    // An error message, from a link that cannot be opened.
    await expect(
      page.getByText(
        'Αυτός ο σύνδεσμος δεν μπορεί να ανοίξει. Το Scholion δεν γνωρίζει συνδέσμους προς «nowhere».',
      ),
    ).toBeVisible()
    await page.getByRole('option', { name: SEED }).click()
    const toolbar = page.getByRole('toolbar', { name: 'Ανάγνωση' })
    await expect(toolbar.getByRole('button', { name: 'Περιεχόμενα' })).toBeVisible()
    await expect(toolbar.getByRole('button', { name: 'Σημειώσεις' })).toBeVisible()
    // The date of the article in Greek.
    await expect(page.locator('.article-meta')).toContainText('Ιανουαρίου 2022')
    await toolbar.getByRole('button', { name: 'Συντομεύσεις πληκτρολογίου' }).click()
    const dialog = page.getByRole('dialog', { name: 'Συντομεύσεις πληκτρολογίου' })
    await expect(dialog.getByRole('cell', { name: 'Επόμενη παράγραφος' })).toBeVisible()
    await keepScreenshot(page, 'interface-greek')
    expect(await seriousViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Κλείσιμο' }).click()
    await expect(dialog).toBeHidden()
  })

  test('the core’s reports and errors come in Greek too', async ({ page, server }) => {
    const el = await translatorFor('el')
    await page.goto(server.url)
    await expect(page.getByRole('navigation', { name: el('command.library') })).toBeVisible()
    // Files the core refuses: each reason in Greek.
    await page.getByRole('button', { name: el('library.addFiles') }).click()
    const adding = page.getByRole('dialog', { name: el('addFiles.title') })
    await adding.getByLabel(el('addFiles.files')).setInputFiles([
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not text') },
      { name: 'empty.en.txt', mimeType: 'text/plain', buffer: Buffer.from(' \n\n ') },
    ])
    const skipped = adding.locator('.skipped-files')
    await expect(skipped).toContainText(el('addFiles.kindUnknown', { ext: '.png' }))
    await expect(skipped).toContainText(el('addFiles.noArticleText'))
    await expect(skipped).not.toContainText(/[a-z]{4,} (is|was|has) /)
    await page.keyboard.press('Escape')

    // An error the core answers a call with: a folder that is not a full path.
    await page.getByRole('button', { name: el('library.groups') }).click()
    const groups = page.getByRole('dialog', { name: el('groups.title') })
    await groups.getByLabel(el('groups.nameSeen')).fill('Μαρία')
    await groups.getByRole('radio').first().check()
    await groups.getByRole('button', { name: el('replies.save') }).click()
    await groups.getByLabel(el('groups.folder')).fill('reading-group')
    await groups.getByRole('button', { name: el('groups.join') }).click()
    const error = groups.getByRole('alert')
    await expect(error).toContainText('«reading-group» δεν είναι πλήρης διαδρομή')
    await expect(error).not.toContainText('full path')
  })
})

test('a language chosen in the settings applies at once, keeps the article, and is kept', async ({
  openApp,
}) => {
  const page = await openApp()
  await page.getByRole('option', { name: SEED }).click()
  const body = page.getByLabel('Article text')
  await expect(body.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByLabel('Article', { exact: true }).evaluate((el) => el.scrollBy(0, 600))
  // Marks the article's elements: a reload of the article would replace them.
  await body.evaluate((el) => el.setAttribute('data-kept', 'yes'))
  const scrolled = await page.getByLabel('Article', { exact: true }).evaluate((el) => el.scrollTop)

  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('el')
  await expect(page.getByRole('navigation', { name: 'Βιβλιοθήκη' })).toBeVisible()
  await expect(page.getByRole('toolbar', { name: 'Ανάγνωση' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Ρυθμίσεις ανάγνωσης' })).toBeVisible()
  expect(await page.locator('[data-kept="yes"]').count()).toBe(1)
  expect(
    await page.getByLabel('Άρθρο', { exact: true }).evaluate((el) => el.scrollTop),
  ).toBeCloseTo(scrolled, -1)

  // Kept for the next start.
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Βιβλιοθήκη' })).toBeVisible()
  // And back to the system's language (English here).
  await page.getByRole('option', { name: SEED }).click()
  await page.getByRole('button', { name: 'Ρυθμίσεις ανάγνωσης' }).click()
  await page.getByRole('combobox', { name: 'Γλώσσα διεπαφής' }).selectOption('')
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
})

test('in Arabic the layout mirrors; an English article stays left to right, an Arabic one right to left in English', async ({
  openApp,
}) => {
  const page = await openApp()
  // An Arabic article of the reader's own (written for the test).
  await page.getByRole('button', { name: 'Add files…' }).click()
  const adding = page.getByRole('dialog', { name: 'Add files to your library' })
  await adding.getByLabel('Files').setInputFiles({
    name: 'ar-study-notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'ملاحظات حلقة القراءة\n\nهذا نص قصير كُتب للاختبار، فيه فقرتان.\n\nوهذه هي الفقرة الثانية من النص.\n',
    ),
  })
  await expect(adding.getByRole('status')).toContainText('1 article added')
  await adding.getByRole('button', { name: 'ملاحظات حلقة القراءة' }).click()
  // An Arabic article in the English interface: the text right to left, the interface not.
  await expect(page.locator('article.article')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  // In right-to-left text the left arrow points forward: Shift ← takes in the next word.
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('v')
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible()
  await page.keyboard.press('Shift+ArrowLeft')
  await expect
    .poll(() => page.evaluate(() => document.getSelection()!.toString()))
    .toBe('ملاحظات حلقة')
  await page.keyboard.press('Escape')
  const englishNav = await page.getByRole('navigation', { name: 'Library' }).boundingBox()
  expect(englishNav!.x).toBeLessThan(100)

  await page.getByRole('option', { name: SEED }).click()
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.keyboard.press('Escape')
  const library = page.getByRole('navigation', { name: 'المكتبة' })
  const reader = page.getByRole('main', { name: 'القراءة' })
  await page
    .getByRole('toolbar', { name: 'القراءة' })
    .getByRole('button', { name: 'الملاحظات' })
    .click()
  const notes = page.getByRole('complementary', { name: 'التعليقات' })
  await expect(notes).toBeVisible()
  const [lib, main, panel, text] = await Promise.all([
    library.boundingBox(),
    reader.boundingBox(),
    notes.boundingBox(),
    page.getByLabel('نص المقال').boundingBox(),
  ])
  // The library is on the right, the notes panel on the left of the text.
  expect(lib!.x).toBeGreaterThan(main!.x)
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(text!.x + 1)
  // The English article keeps its direction inside the mirrored interface.
  await expect(page.locator('article.article')).toHaveAttribute('dir', 'ltr')
  await expect(library.locator('.library-count')).toHaveText('مقالان')
  await keepScreenshot(page, 'interface-arabic')
  expect(await seriousViolations(page)).toEqual([])
})
