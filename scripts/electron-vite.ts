// `npm start` and `npm run dev`: makes sure the Electron binary is there (see ensure-electron),
// then runs electron-vite with the given command, pointed at that binary.
// Usage: node --import tsx scripts/electron-vite.ts <preview|dev> [electron-vite options]
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ensureElectron } from './ensure-electron'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

const result = await ensureElectron({ electronDir })
if (!result.ok) {
  console.error(`\n${result.message}\n`)
  process.exit(1)
}

const child = spawn(
  process.execPath,
  [
    join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: result.path } },
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
