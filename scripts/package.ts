// `npm run package`: runs electron-builder with the given options and, when it fails because a
// download failed (the Electron zip for a target, or the tools of an installer format), ends with
// one clear paragraph on what packaging needs instead of a stack trace.
// Usage: node --import tsx scripts/package.ts [electron-builder options]
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { stripVTControlCharacters } from 'node:util'

const DOWNLOAD_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|socket hang up|(response|status) code \d{3}/i

/** The builder's own reason for failing ("⨯ reason  failedTask=…"), without its stack. */
export function builderFailure(output: string): { reason: string; download: boolean } | null {
  const line = stripVTControlCharacters(output)
    .split(/\r?\n/)
    .find((l) => l.trimStart().startsWith('⨯'))
  if (!line) return null
  const reason = line
    .trimStart()
    .slice(1)
    .split(/\s{2,}failedTask=|\s{2,}stackTrace=/)[0]!
    .trim()
  return { reason, download: DOWNLOAD_FAILURE.test(line) }
}

export function packagingMessage(electronVersion: string, reason: string): string {
  return [
    `Packaging stopped: a download it needs failed (${reason}).`,
    `electron-builder downloads the Electron ${electronVersion} zip for each target platform, and the`,
    `tools of the AppImage, deb, NSIS and dmg formats, the first time it builds them; it keeps them in`,
    `its cache afterwards. Connect and run \`npm run package\` again. To download from mirrors, set`,
    `ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR; to build from an Electron you already have`,
    `unpacked, add \`-- -c.electronDist=DIR\`. \`npm run package -- --dir\` builds only the unpacked app`,
    `for this machine (it still needs the Electron zip).`,
  ].join('\n')
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url)
  const builder = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js')
  const { version } = require('electron/package.json') as { version: string }
  const child = spawn(process.execPath, [builder, ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
  })
  let output = ''
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-50_000)
    // The builder's stack traces say nothing a reader can act on; its own lines are kept.
    const shown = text
      .split('\n')
      .filter((l) => !/^\s+at /.test(stripVTControlCharacters(l)))
      .map((l) => {
        const plain = stripVTControlCharacters(l)
        return plain.includes('stackTrace=') ? plain.replace(/\s+stackTrace=.*/, '') : l
      })
      .join('\n')
    to.write(shown)
  }
  child.stdout.on('data', pass(process.stdout))
  child.stderr.on('data', pass(process.stderr))
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)))
  if (code !== 0) {
    const failure = builderFailure(output)
    if (failure?.download) console.error(`\n${packagingMessage(version, failure.reason)}\n`)
  }
  process.exit(code)
}

// Run as a script (not when a test imports the functions above).
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main()
