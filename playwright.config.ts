// End-to-end tests: the real renderer in system Chromium against the HTTP host (project
// "chromium"), and the Electron app itself where an Electron binary exists (project "electron").
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium'

const chromiumUse = {
  browserName: 'chromium' as const,
  viewport: { width: 1280, height: 860 },
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
}

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
      testIgnore: [/electron\//, /library-scale/, /desktop-standin\//],
      use: chromiumUse,
    },
    // The desktop shell's wiring: the built main bundle under a stand-in for Electron (no browser).
    { name: 'desktop', testMatch: /desktop-standin\/.*\.spec\.ts/ },
    // Scale specs watch for long tasks, so they run after the rest, with the machine to themselves.
    {
      name: 'scale',
      testMatch: /library-scale\.spec\.ts/,
      use: chromiumUse,
      dependencies: ['chromium'],
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
})
