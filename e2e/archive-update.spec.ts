// Archive releases end to end: the fixture site is crawled, built into an archive and signed; a
// later crawl (the site has revised an article and the crawl reaches further back) becomes an
// update pack; the app, on the first archive, checks the pack, previews it and applies it, or
// refuses a tampered one, through the HTTP host in Chromium.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { buildArchive } from '../src-main/archive/archive-build'
import { makeKeyPair, signArchive } from '../src-main/archive/archive-signing'
import { crawlSite } from '../src-main/archive/crawl/site-crawl'
import { makeDelta } from '../src-main/archive/make-delta'
import { DEFAULT_POLICY, PoliteFetcher } from '../src-main/sync/polite-fetch'
import { startFixtureSite } from '../test-support/fixture-site'
import { keysFolder } from '../test-support/release-archives'
import { expect, keepScreenshot, test } from './fixtures'
import type { Page } from '@playwright/test'

let root: string
let oldArchive: string
let pack: string
let tampered: string
let keys: string

test.beforeAll(async () => {
  test.setTimeout(120_000)
  root = await mkdtemp(join(tmpdir(), 'scholion-release-e2e-'))
  const key = makeKeyPair()
  keys = await keysFolder(join(root, 'keys'), key)
  const site = await startFixtureSite({ perLanguage: 4, languages: ['en'], history: 12 })
  try {
    const crawl = (out: string, max?: number) =>
      crawlSite({
        site: site.url,
        langs: ['en'],
        out,
        max,
        fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, minIntervalMs: 0, backoffMs: 1 }),
        userAgent: DEFAULT_POLICY.userAgent,
      })
    // The first release: the newest eight articles.
    await crawl(join(root, 'src-1'), 8)
    oldArchive = join(root, 'release-1')
    await buildArchive({
      from: [join(root, 'src-1')],
      out: oldArchive,
      name: 'fixture',
      release: '2026-01-01T00:00:00.000Z',
    })
    await signArchive(oldArchive, key.privateKey)
    // The site revises an article; the next crawl goes all the way back.
    site.revise()
    await crawl(join(root, 'src-2'))
    const newArchive = join(root, 'release-2')
    await buildArchive({
      from: [join(root, 'src-2')],
      out: newArchive,
      name: 'fixture',
      release: '2026-02-01T00:00:00.000Z',
    })
    pack = join(root, 'fixture-2026-02.scholion-archive')
    await makeDelta({ from: oldArchive, to: newArchive, out: pack, privateKey: key.privateKey })
  } finally {
    await site.close()
  }
  const entries = unzipSync(await readFile(pack))
  const doc = Object.keys(entries).find((n) => n.startsWith('files/docs/'))!
  entries[doc]![20] = entries[doc]![20]! ^ 1
  tampered = join(root, 'tampered.scholion-archive')
  await writeFile(tampered, zipSync(entries))
})
test.afterAll(() => rm(root, { recursive: true, force: true }))

test.use({
  // eslint-disable-next-line no-empty-pattern
  archive: async ({}, use) => use(oldArchive),
  // eslint-disable-next-line no-empty-pattern
  releaseKeys: async ({}, use) => use(keys),
})

async function openUpdateDialog(page: Page) {
  await page.getByRole('button', { name: 'Scholion' }).click()
  const about = page.getByRole('dialog', { name: /^Scholion / })
  await about.getByRole('button', { name: 'Update…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Update the archive' })
  await expect(dialog.locator('.signature-verified')).toContainText('Verified')
  return dialog
}

const list = (page: Page) => page.getByRole('listbox', { name: 'Articles' })

test('a signed pack made from a later crawl is previewed, applied, and read', async ({
  openApp,
  page,
}) => {
  await openApp()
  await expect(list(page).getByRole('option')).toHaveCount(8)
  const dialog = await openUpdateDialog(page)
  await expect(dialog).toContainText('fixture, release of')
  await dialog.getByLabel('Update pack').setInputFiles(pack)
  await expect(dialog.locator('.pack-preview')).toContainText(
    'New articles: 7. Changed: 1. Removed: 0.',
  )
  await expect(dialog.locator('.pack-titles')).toContainText('Changed')
  // Nothing changes before Apply.
  await expect(list(page).getByRole('option')).toHaveCount(8)
  await keepScreenshot(page, 'archive-update-preview')
  await dialog.getByRole('button', { name: 'Apply update' }).click()
  await expect(dialog.locator('.pack-preview')).toContainText('The archive is now the release of')
  await expect(dialog.locator('dd').first()).toContainText('updated from a pack')
  await expect(list(page).getByRole('option')).toHaveCount(15)

  // The revised article opens from the list of what changed, in its new text.
  const changed = dialog.locator('.pack-titles li').filter({ hasText: 'Changed' })
  await changed.getByRole('button').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Article text')).toContainText(
    'Revision 2: the text of this article was corrected once more.',
  )
})

test('a pack altered after signing is refused with its reason, and nothing changes', async ({
  openApp,
  page,
}) => {
  await openApp()
  const dialog = await openUpdateDialog(page)
  await dialog.getByLabel('Update pack').setInputFiles(tampered)
  await expect(dialog.getByRole('alert')).toContainText('altered after it was signed')
  await expect(dialog.getByRole('button', { name: 'Apply update' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(list(page).getByRole('option')).toHaveCount(8)
})

test('a pack dropped on the window opens the update dialog with its preview', async ({
  openApp,
  page,
}) => {
  await openApp()
  const bytes = (await readFile(pack)).toString('base64')
  const transfer = await page.evaluateHandle((data) => {
    const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
    const dt = new DataTransfer()
    dt.items.add(new File([raw], 'fixture-2026-02.scholion-archive'))
    return dt
  }, bytes)
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer })
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
  const dialog = page.getByRole('dialog', { name: 'Update the archive' })
  await expect(dialog.locator('.pack-preview')).toContainText('New articles: 7.')
})
