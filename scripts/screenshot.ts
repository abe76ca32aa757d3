// Takes the README's screenshots of the real app: starts the HTTP host on a scratch data
// folder, opens the seed article in system Chromium and saves PNGs under docs/screenshots/.
// Usage: npm run build && node --import tsx scripts/screenshot.ts
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium'
import { startServer } from '../e2e/server'

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
  console.log('Saved docs/screenshots/reader.png and reader-section.png')
} finally {
  await browser.close()
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
