// Takes the README's screenshots of the real app: starts the HTTP host on a scratch data
// folder, opens the seed article in system Chromium and saves PNGs under docs/screenshots/.
// Usage: npm run screenshots
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium'
import { startServer } from '../e2e/server'
import { buildFixtureArchive } from '../e2e/fixture-archive'
import { becomeMember, selectPhrase } from '../e2e/group-steps'
import { showContents } from '../e2e/selection'
import { syncFixtureSite } from '../e2e/sync-steps'
import { standInSynth } from '../e2e/speech-standin'
import { makeReleases } from '../e2e/release-steps'
import { saveSearch } from '../e2e/saved-search-steps'
import { PICTURES, PICTURES_SLUG, startFixtureSite } from '../test-support/fixture-site'

const dataDir = await mkdtemp(join(tmpdir(), 'scholion-shot-'))
const server = await startServer({ dataDir })
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  })
  await page.goto(server.url)
  await page.getByRole('option', { name: /The class struggle/ }).click()
  await page.getByLabel('Article text').getByRole('heading', { level: 1 }).waitFor()
  await page.screenshot({ path: 'docs/screenshots/reader.png' })
  await page
    .getByRole('heading', { name: 'Tactics of the bourgeois regime' })
    .scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'docs/screenshots/reader-section.png' })
  // Highlights and a note, made with the keyboard as a reader would.
  // On a laptop-sized window the contents open over the text: opened, used, closed.
  await (
    await showContents(page)
  )
    .getByRole('button', { name: 'The popular mobilizations developed on specific terrain' })
    .click()
  await page.getByRole('button', { name: 'Contents', exact: true }).click()
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('j')
  await page.keyboard.press('v')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('2')
  await page.keyboard.press('j')
  await page.keyboard.press('v')
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('n')
  await page.getByRole('textbox', { name: /Note/ }).waitFor()
  await page.keyboard.type('The **material basis** of the protests: see also ¶ 2.')
  const tags = page.getByRole('combobox', { name: 'Add a tag' })
  await tags.fill('economy')
  await tags.press('Enter')
  await page.getByText('Saved ✓').waitFor()
  await page.screenshot({ path: 'docs/screenshots/annotations.png' })
  await page.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'Notebook' }).click()
  await page.getByRole('region', { name: 'Notebook' }).getByRole('listitem').nth(1).waitFor()
  await page.screenshot({ path: 'docs/screenshots/notebook.png' })
  // Search over the article and the notes just made.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('working class')
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: 'docs/screenshots/search.png' })
  await page.keyboard.press('Escape')
  // The user's own files: a page saved from the site and a Markdown note, added with Ctrl+O.
  await page.keyboard.press('Control+o')
  const adding = page.getByRole('dialog', { name: 'Add files to your library' })
  await adding.getByLabel('Files').setInputFiles([
    {
      name: 'wreath.html',
      mimeType: 'text/html',
      buffer: await readFile('src-main/library/import/fixtures/kke-en.html'),
    },
    {
      name: 'reading-notes.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '---\ntitle: Reading notes on the state\nlang: en\nsection: Study group\n---\n\nThe state is an organ of class rule.\n',
      ),
    },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
  ])
  await adding.getByText(/2 articles added/).waitFor()
  await page.screenshot({ path: 'docs/screenshots/add-files.png' })
  await adding.getByRole('button', { name: /KKE and TKP laid wreath/ }).click()
  await page.getByLabel('Article text').getByRole('heading', { level: 1 }).waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: 'docs/screenshots/own-file.png' })
  // A right-to-left article in the dark theme, from the multilingual test archive.
  const archive = await buildFixtureArchive()
  const other = await startServer({ dataDir: join(dataDir, 'other'), archive })
  const dark = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
  })
  await dark.goto(other.url)
  await dark.getByRole('option', { name: /النضال الطبقي/ }).click()
  await dark.getByLabel('Article text').getByRole('heading', { level: 1 }).waitFor()
  await dark.screenshot({ path: 'docs/screenshots/reader-arabic-dark.png' })
  // The interface in Arabic (mirrored, the notes panel open) and in Greek, as a reader whose
  // system speaks those languages first sees it.
  const arabic = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ar' })
  await arabic.goto(other.url)
  await arabic.getByRole('option', { name: /النضال الطبقي/ }).click()
  await arabic.getByLabel('نص المقال').getByRole('heading', { level: 1 }).waitFor()
  await arabic.getByRole('button', { name: 'الملاحظات', exact: true }).click()
  await arabic.screenshot({ path: 'docs/screenshots/interface-arabic.png' })
  const greek = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'el-GR' })
  await greek.goto(other.url)
  await greek.getByRole('option', { name: /Η πάλη των τάξεων/ }).click()
  await greek.getByLabel('Κείμενο του άρθρου').getByRole('heading', { level: 1 }).waitFor()
  await greek.getByRole('button', { name: 'Ρυθμίσεις ανάγνωσης' }).click()
  await greek.screenshot({ path: 'docs/screenshots/interface-greek.png' })
  await other.stop()
  // A study group: two instances sharing a folder, a highlight of Ana's in Ben's reader.
  const folder = join(dataDir, 'Sync', 'study-group')
  await mkdir(folder, { recursive: true })
  const [anaServer, benServer] = await Promise.all(
    ['ana', 'ben'].map((who) => startServer({ dataDir: join(dataDir, who) })),
  )
  const [ana, ben] = await Promise.all(
    [anaServer!, benServer!].map(async (s) => {
      const p = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await p.goto(s.url)
      return p
    }),
  )
  const dialog = await becomeMember(ana!, 'Ana', '#be185d', folder, 'Imperialism reading')
  await dialog.getByRole('button', { name: 'Close' }).click()
  const benDialog = await becomeMember(ben!, 'Ben', '#0e7490', folder)
  await benDialog.getByRole('button', { name: 'Close' }).click()
  for (const p of [ana!, ben!]) {
    await p.getByRole('option', { name: /The class struggle/ }).click()
    await p.getByLabel('Article text').getByRole('heading', { level: 1 }).waitFor()
  }
  await ana!.getByRole('button', { name: /Notes/ }).click()
  await ana!.getByLabel('New highlights').selectOption({ label: 'shared with Imperialism reading' })
  await selectPhrase(ana!, 'multi-dimensional policy')
  await ana!.keyboard.press('n')
  await ana!
    .getByRole('textbox', { name: /Note/ })
    .fill('Balancing between **imperialist** centres.')
  await ana!.getByRole('button', { name: 'Done' }).click()
  const mark = ben!.locator('mark.hl-member', { hasText: 'multi-dimensional policy' })
  await mark.waitFor()
  await mark.click()
  const card = ben!.locator('.annotation-item.open')
  await card.getByRole('textbox', { name: 'Reply' }).fill('And Russia and China compete there.')
  await card.getByRole('button', { name: 'Reply' }).click()
  await card.locator('.reply').waitFor()
  await mark.scrollIntoViewIfNeeded()
  await ben!.screenshot({ path: 'docs/screenshots/group-reader.png' })
  await ben!.getByRole('button', { name: 'Groups…' }).click()
  await ben!.getByRole('dialog', { name: 'Study groups' }).getByText('Connected').waitFor()
  await ben!.waitForTimeout(300)
  await ben!.screenshot({ path: 'docs/screenshots/groups.png' })
  await Promise.all([anaServer!.stop(), benServer!.stop()])

  // Focus mode: only the text.
  await page.getByRole('button', { name: 'Notes', exact: true }).click()
  await page.getByLabel('Article', { exact: true }).focus()
  await page.keyboard.press('f')
  await page.getByRole('button', { name: 'Leave focus mode (Esc)' }).waitFor()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.screenshot({ path: 'docs/screenshots/focus-mode.png' })
  await page.keyboard.press('Escape')

  // An article synced from the (fixture) site, with its pictures kept.
  const site = await startFixtureSite({ languages: ['en'], perLanguage: 2 })
  const picturesServer = await startServer({ dataDir: join(dataDir, 'pictures') })
  try {
    const synced = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await synced.goto(picturesServer.url)
    const { report } = await syncFixtureSite(synced, site.url)
    await report.getByText('Fixture site: 2 new').waitFor({ timeout: 60_000 })
    await synced.keyboard.press('Escape')
    await synced.goto(
      `${picturesServer.url}&open=${encodeURIComponent(`scholion://article/en-${PICTURES_SLUG}`)}`,
    )
    const open = synced.getByRole('button', { name: `Show larger: ${PICTURES.good.alt}` })
    await open.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await synced.waitForFunction(
      () => document.querySelector<HTMLImageElement>('img.figure-picture')?.naturalWidth,
    )
    await synced.screenshot({ path: 'docs/screenshots/picture.png' })
  } finally {
    await picturesServer.stop()
    await site.close()
  }

  // Reading aloud, with a stand-in voice (this machine has none): the sentence read is marked.
  // (A fresh server: the one above was left in another interface language.)
  const aloudServer = await startServer({ dataDir: join(dataDir, 'aloud') })
  try {
    const listening = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await listening.addInitScript('window.__name = (f) => f')
    await standInSynth(listening, [{ name: 'English (Great Britain)', lang: 'en-GB' }], 60_000)
    await listening.goto(aloudServer.url)
    await listening.getByRole('option', { name: /The class struggle/ }).click()
    await selectPhrase(listening, 'Kazakhstan')
    await listening.keyboard.press('r')
    await listening.locator('.reading-aloud').first().waitFor()
    await listening.evaluate(() => window.getSelection()?.removeAllRanges())
    await listening.screenshot({ path: 'docs/screenshots/read-aloud.png' })
  } finally {
    await aloudServer.stop()
  }
  // A saved search, after a sync brought articles it matches.
  const searchSite = await startFixtureSite({ languages: ['en'], perLanguage: 3 })
  const searchServer = await startServer({ dataDir: join(dataDir, 'saved') })
  try {
    const searching = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await searching.goto(searchServer.url)
    await searching.getByRole('navigation', { name: 'Library' }).waitFor()
    await saveSearch(searching, 'lang:en', 'English articles')
    const { dialog, report } = await syncFixtureSite(searching, searchSite.url)
    await report.getByText('Fixture site: 3 new').waitFor({ timeout: 60_000 })
    await dialog.getByRole('button', { name: 'Close' }).click()
    await searching.locator('.saved-searches summary .new-badge').waitFor()
    await searching.screenshot({ path: 'docs/screenshots/saved-searches.png' })
  } finally {
    await searchServer.stop()
    await searchSite.close()
  }

  // An archive update pack, checked and previewed before it is applied.
  const releases = await makeReleases(join(dataDir, 'releases'))
  const updateServer = await startServer({
    dataDir: join(dataDir, 'update'),
    archive: releases.oldArchive,
    releaseKeys: releases.keys,
  })
  try {
    const updating = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await updating.goto(updateServer.url)
    await updating.getByRole('navigation', { name: 'Library' }).waitFor()
    await updating.getByRole('button', { name: 'Scholion' }).click()
    await updating.getByRole('button', { name: 'Update…' }).click()
    const dialog = updating.getByRole('dialog', { name: 'Update the archive' })
    await dialog.locator('.signature-verified').waitFor()
    await dialog.getByLabel('Update pack').setInputFiles(releases.pack)
    await dialog.locator('.pack-preview').waitFor()
    await updating.screenshot({ path: 'docs/screenshots/archive-update.png' })
  } finally {
    await updateServer.stop()
  }
  console.log(
    'Saved docs/screenshots/reader.png, reader-section.png, annotations.png, notebook.png, ' +
      'search.png, add-files.png, own-file.png ' +
      'reader-arabic-dark.png, interface-arabic.png, interface-greek.png, group-reader.png, ' +
      'groups.png, focus-mode.png, picture.png, read-aloud.png, saved-searches.png and archive-update.png',
  )
} finally {
  await browser.close()
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
