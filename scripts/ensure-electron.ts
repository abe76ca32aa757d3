// Makes sure the Electron binary exists before electron-vite starts it. Electron 43 and later no
// longer download it when installed; electron-vite only looks for it and stops with "Electron
// uninstall". This asks Electron's own installer (`node_modules/electron/install.js`) for it once,
// honouring ELECTRON_MIRROR, ELECTRON_OVERRIDE_DIST_PATH and npm's proxy settings, and turns a
// failed download into one clear paragraph instead of a stack trace.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where each platform's Electron keeps its executable inside the unpacked folder. */
export function platformPath(platform: string = process.platform): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** The executable of an installed Electron, or null. Reads what its installer recorded. */
export function installedElectron(
  electronDir: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: string = process.platform,
): string | null {
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, platformPath(platform))
    return existsSync(path) ? path : null
  }
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? path : null
}

/**
 * The environment for Electron's installer: npm's proxy settings (npm passes them to scripts as
 * npm_config_https_proxy and npm_config_proxy) become the variables @electron/get reads.
 */
export function installerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env }
  const proxy = env.npm_config_https_proxy || env.npm_config_proxy
  if (proxy && !env.HTTPS_PROXY && !env.https_proxy) out.HTTPS_PROXY = proxy
  if (env.npm_config_proxy && !env.HTTP_PROXY && !env.http_proxy) {
    out.HTTP_PROXY = env.npm_config_proxy
  }
  if (env.npm_config_noproxy && !env.NO_PROXY && !env.no_proxy)
    out.NO_PROXY = env.npm_config_noproxy
  if (out.HTTPS_PROXY || out.HTTP_PROXY || out.https_proxy || out.http_proxy) {
    out.ELECTRON_GET_USE_PROXY ??= 'true'
  }
  return out
}

/** The installer's own reason, from its output: the first line of the error it printed. */
export function failureReason(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '))
  const error = lines.find((line) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN/i.test(line))
  let reason = (error ?? lines.at(-1) ?? 'the installer gave no reason').replace(/^\w*Error: /, '')
  // Node's fetch hides the cause (refused, no DNS, reset) behind these two words.
  if (reason === 'fetch failed') reason = 'no answer from the download server (fetch failed)'
  return reason.length > 300 ? `${reason.slice(0, 300)}…` : reason
}

/** The paragraph shown when the download fails. */
export function failureMessage(version: string, reason: string): string {
  return [
    `Scholion cannot open its desktop window yet: the Electron ${version} runtime it runs in`,
    `(downloaded once, on the first start) could not be downloaded.`,
    `The download said: ${reason}.`,
    `Check the connection and run \`npm start\` again. Behind a proxy, set HTTPS_PROXY (or npm's`,
    `https-proxy setting); to download from a mirror, set ELECTRON_MIRROR; to use an Electron you`,
    `already have, set ELECTRON_OVERRIDE_DIST_PATH to its folder.`,
    `Without Electron, \`npm run serve\` opens the same app in your browser.`,
  ].join('\n')
}

/**
 * Returns `{ ok: true, path }` with the Electron executable, downloading it first if needed, or
 * `{ ok: false, message }` with the paragraph to show. Never throws for a failed download.
 */
export type EnsureResult =
  { ok: true; path: string; downloaded: boolean } | { ok: false; message: string }

export async function ensureElectron({
  electronDir,
  env = process.env,
  platform = process.platform,
  log = (line: string) => console.log(line),
}: {
  electronDir: string
  env?: NodeJS.ProcessEnv
  platform?: string
  log?: (line: string) => void
}): Promise<EnsureResult> {
  const found = installedElectron(electronDir, env, platform)
  if (found) return { ok: true, path: found, downloaded: false }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as {
    version: string
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      ok: false,
      message:
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${env.ELECTRON_OVERRIDE_DIST_PATH}, but that folder ` +
        `holds no ${platformPath(platform)}. Point it at an unpacked Electron ${version}, or unset it ` +
        `to download Electron. Without Electron, \`npm run serve\` opens the same app in your browser.`,
    }
  }
  log(`Downloading Electron ${version}, once (about 100 MB)…`)
  const { code, output } = await runInstaller(join(electronDir, 'install.js'), installerEnv(env))
  const path = installedElectron(electronDir, env, platform)
  if (code === 0 && path) return { ok: true, path, downloaded: true }
  const reason =
    code === 0 ? 'the installer finished but left no Electron executable' : failureReason(output)
  return { ok: false, message: failureMessage(version, reason) }
}

function runInstaller(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => resolve({ code: 1, output: String(error.message) }))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}
