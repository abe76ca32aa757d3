// Fails early, with the fix, when the build or the browser is missing.
import { existsSync } from 'node:fs'
import { findChromium } from './chromium'
import { findElectron } from './electron/electron-binary'

export default function globalSetup(): void {
  if (!existsSync('out/main/cli.js') || !existsSync('out/renderer/index.html')) {
    throw new Error(
      'The app is not built: run `npm run build` before `npm run test:e2e` (npm test does both).',
    )
  }
  if (!findChromium()) {
    throw new Error(
      'No Chromium found. Install it (Debian: `apt-get install chromium`) or set SCHOLION_CHROMIUM to its path.',
    )
  }
  const electron = findElectron()
  if (electron.path === null) console.log(`Electron specs will be skipped: ${electron.why}`)
}
