// Annotations on disk, from the reader's side: a damaged annotations file comes back from its
// last good copy with a notice, and a save that fails says so, draws nothing, and can be retried.
import { readdir, rm } from 'node:fs/promises'
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
    await expect(page.getByText(/annotations file .* was damaged/)).toBeVisible()
    await expect(page.locator('mark.hl-purple')).toHaveText('multi-dimensional policy')
    const kept = await readdir(join(dataDir, ANNOTATIONS_DIR))
    expect(kept.some((f) => f.includes('.corrupt-'))).toBe(true)
  })
})

test.describe('when the annotations file cannot be written', () => {
  test.use({
    dataFiles: {
      [FILE]: JSON.stringify({ version: 1, data: { articleId: SEED_ID, annotations: [] } }),
      // A folder where the last good copy goes makes every save fail.
      [`${FILE}.bak/blocker`]: 'x',
      'settings.json': JSON.stringify({ version: 1, data: { lastArticleId: SEED_ID } }),
    },
  })

  test('says it was not saved, draws nothing, and saves on retry', async ({ openApp, dataDir }) => {
    const page = await openApp()
    await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
    await page.getByLabel('Article', { exact: true }).focus()
    await page.keyboard.press('v')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('h')
    await page.getByRole('button', { name: /^Notes/ }).click()
    const status = page.getByRole('status').filter({ hasText: 'Not saved' })
    await expect(status).toBeVisible()
    await expect(page.locator('mark.hl')).toHaveCount(0)

    await rm(join(dataDir, `${FILE}.bak`), { recursive: true })
    await status.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Highlight saved' })).toBeVisible()
    await expect(page.locator('mark.hl')).toHaveCount(1)
  })
})
