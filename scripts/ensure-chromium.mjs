// Makes sure a Chromium for the end-to-end tests exists. On Debian/Ubuntu as root it installs
// the distribution's `chromium` package; elsewhere it says what to install. Playwright's own
// browser download is not used (it cannot be fetched on our build machines).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]
const found = process.env.SCHOLION_CHROMIUM || candidates.find((p) => existsSync(p))
if (found) {
  console.log(`Chromium for end-to-end tests: ${found}`)
  process.exit(0)
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian’s chromium package for the end-to-end tests…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  process.exit(0)
}
console.error(
  'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or set SCHOLION_CHROMIUM to a Chromium or Chrome binary.',
)
process.exit(1)
