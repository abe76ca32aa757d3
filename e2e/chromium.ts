// Finds the system Chromium that end-to-end tests drive (Debian's `chromium` package here;
// Playwright's own browser download is not available on these machines).
import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

export function findChromium(): string | undefined {
  const fromEnv = process.env.SCHOLION_CHROMIUM
  if (fromEnv) return fromEnv
  return CANDIDATES.find((path) => existsSync(path))
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
