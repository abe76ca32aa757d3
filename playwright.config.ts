// End-to-end tests: the real renderer in system Chromium against the HTTP host (project
// "chromium"), and the Electron app itself where an Electron binary exists (project "electron").
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium'

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\//,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 860 },
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
})
