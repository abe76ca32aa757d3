// Locates an Electron binary without triggering the electron package's download (which cannot
// reach its server on our build machines): ELECTRON_OVERRIDE_DIST_PATH, or an installed one.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const PLATFORM_PATH: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
}

export function findElectron(): { path: string } | { path: null; why: string } {
  const executable = PLATFORM_PATH[process.platform] ?? 'electron'
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const path = join(override, executable)
    return existsSync(path)
      ? { path }
      : { path: null, why: `ELECTRON_OVERRIDE_DIST_PATH has no ${executable}` }
  }
  const pkg = join('node_modules', 'electron')
  const recorded = existsSync(join(pkg, 'path.txt'))
    ? readFileSync(join(pkg, 'path.txt'), 'utf8')
    : executable
  const path = join(pkg, 'dist', recorded)
  if (existsSync(path)) return { path }
  return {
    path: null,
    why:
      'no Electron binary is installed (its download is blocked on this machine). ' +
      'Run `npm start` once with a connection, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron.',
  }
}
