// Annotations on disk, from the reader's side: a damaged annotations file comes back from its
// last good copy with a notice; a file that cannot be written is told, its saves kept in the save
// log and written once it can be; and a save that fails says so, draws nothing, and can be
// retried.
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ANNOTATIONS_DIR, fileNameFor } from '../src-main/annotations/annotation-store'
import { test, expect } from './fixtures'

const SEED_ID = 'en-the-class-struggle-cannot-be-denigrated'
const FILE = `${ANNOTATIONS_DIR}/${fileNameFor(SEED_ID)}`
const stamp = '2026-02-01T10:00:00.000Z'
const saved = {
  version: 1,
  data: {
    articleId: SEED_ID,
    annotations: [
      {
        id: 'kept-in-the-good-copy',
        articleId: SEED_ID,
        contentHash: 'older',
        quote: { exact: 'multi-dimensional policy', prefix: '', suffix: '' },
        position: { start: 0, end: 24 },
        color: 'purple',
        note: 'from the good copy',
        tags: [],
        creator: { id: 'me', name: '' },
        created: stamp,
        modified: stamp,
      },
    ],
  },
}

test.describe('with a damaged annotations file and a good copy', () => {
  test.use({
    dataFiles: {
      [FILE]: '{"version":1,"data":{"articleId":"en-the-cl',
      [`${FILE}.bak`]: JSON.stringify(saved),
      'settings.json': JSON.stringify({ version: 1, data: { lastArticleId: SEED_ID } }),
    },
  })

  test('restores the last good copy, says so, and keeps the damaged file', async ({
    openApp,
    dataDir,
  }) => {
    const page = await openApp()
    await expect(page.getByText(/The file of your annotations of .* was damaged/)).toBeVisible()
    await expect(page.locator('mark.hl-purple')).toHaveText('multi-dimensional policy')
    const kept = await readdir(join(dataDir, ANNOTATIONS_DIR))
    expect(kept.some((f) => f.includes('.corrupt-'))).toBe(true)
  })
})

test.describe('when the annotations file cannot be written', () => {
  test.use({
    dataFiles: {
      [FILE]: JSON.stringify({ version: 1, data: { articleId: SEED_ID, annotations: [] } }),
      // A folder where the last good copy goes makes every write of the file fail.
      [`${FILE}.bak/blocker`]: 'x',
      'settings.json': JSON.stringify({ version: 1, data: { lastArticleId: SEED_ID } }),
    },
  })

  test('the highlight is kept in the save log, the reader is told, and it is written once it can be', async ({
    openApp,
    dataDir,
    page,
    server,
  }) => {
    await openApp()
    await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
    await page.getByLabel('Article', { exact: true }).focus()
    await page.keyboard.press('v')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('h')
    await page.getByRole('button', { name: /^Notes/ }).click()
    // Saved: its line in the save log is on disk.
    await expect(page.getByRole('status').filter({ hasText: 'Highlight saved' })).toBeVisible()
    await expect(page.locator('mark.hl')).toHaveCount(1)

    // The article file cannot be written at the checkpoint: the reader is told, nothing is lost.
    const unwritten = async () => {
      const r = await fetch(`${server.origin}/api/app.info`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}` },
        body: '{}',
      })
      const info = (await r.json()) as { value: { notices: { code: string }[] } }
      return info.value.notices.some((n) => n.code === 'annotations_unwritten')
    }
    await expect.poll(unwritten, { timeout: 15_000 }).toBe(true)
    await page.reload()
    const notice = page.locator('.notices').filter({ hasText: 'could not be written' })
    await expect(notice).toContainText('safe in the save log')
    await expect(page.locator('mark.hl')).toHaveCount(1)

    // Mended: the file is written at the next try, and the notice goes.
    await rm(join(dataDir, `${FILE}.bak`), { recursive: true })
    await expect.poll(unwritten, { timeout: 15_000 }).toBe(false)
    await page.reload()
    await expect(page.locator('mark.hl')).toHaveCount(1)
    await expect(notice).toHaveCount(0)
    const written = JSON.parse(await readFile(join(dataDir, FILE), 'utf8')) as {
      data: { annotations: unknown[] }
    }
    expect(written.data.annotations).toHaveLength(1)
  })
})

test.describe('when a save does not reach the app', () => {
  test.use({
    dataFiles: {
      'settings.json': JSON.stringify({ version: 1, data: { lastArticleId: SEED_ID } }),
    },
  })

  test('says it was not saved, draws nothing, and saves on retry', async ({ openApp, page }) => {
    await openApp()
    await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
    await page.route('**/api/annotations.create', (route) => route.abort())
    await page.getByLabel('Article', { exact: true }).focus()
    await page.keyboard.press('v')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('h')
    await page.getByRole('button', { name: /^Notes/ }).click()
    const status = page.getByRole('status').filter({ hasText: 'Not saved' })
    await expect(status).toBeVisible()
    await expect(page.locator('mark.hl')).toHaveCount(0)

    await page.unroute('**/api/annotations.create')
    await status.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Highlight saved' })).toBeVisible()
    await expect(page.locator('mark.hl')).toHaveCount(1)
  })
})
