// Test fixtures: a fresh data folder per test, optionally seeded with files (a corrupt one, say) before
// the server starts, and a server on it. `openApp` loads the printed URL in the page.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { startServer, type RunningServer } from './server'

export interface AppOptions {
  /** Another archive folder instead of the bundled one. */
  archive: string | undefined
  /** Files (path → content) put into the fresh data folder before the server starts. */
  dataFiles: Record<string, string> | undefined
  /** Another folder of trusted release keys instead of the app's own. */
  releaseKeys: string | undefined
}

interface Fixtures {
  dataDir: string
  server: RunningServer
  openApp: () => Promise<Page>
}

export const test = base.extend<AppOptions & Fixtures>({
  archive: [undefined, { option: true }],
  dataFiles: [undefined, { option: true }],
  releaseKeys: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'scholion-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  server: async ({ dataDir, archive, dataFiles, releaseKeys }, use) => {
    for (const [name, content] of Object.entries(dataFiles ?? {})) {
      await mkdir(dirname(join(dataDir, name)), { recursive: true })
      await writeFile(join(dataDir, name), content)
    }
    const server = await startServer({ dataDir, archive, releaseKeys })
    await use(server)
    await server.stop()
  },
  openApp: async ({ page, server }, use) => {
    await use(async () => {
      await page.goto(server.url)
      await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
      return page
    })
  },
})

/**
 * Saves a screenshot of the page as an artifact of the running test (kept in its folder under
 * test-results/ whether the test passes or fails) and attaches it to the report.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`)
  await page.screenshot({ path })
  await test.info().attach(name, { path, contentType: 'image/png' })
}

export { expect }
