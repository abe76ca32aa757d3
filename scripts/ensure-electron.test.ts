// `npm start` on a fresh machine: Electron's own installer is run against a loopback mirror that
// serves a stand-in Electron (as the packaging test builds against a stand-in), and against a
// mirror that fails; the outcome and the message are checked.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { zipSync, strToU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ensureElectron,
  failureReason,
  installedElectron,
  installerEnv,
  platformPath,
} from './ensure-electron'

const require = createRequire(import.meta.url)
const realElectron = dirname(require.resolve('electron/package.json'))
const version = (
  JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')) as {
    version: string
  }
).version
// Under the checkout, so that the copied installer finds @electron/get in node_modules.
const tmpRoot = resolve('.tmp')
const artifact = `electron-v${version}-${process.platform}-${process.arch}.zip`

let work: string
let server: Server
let mirror: string
let requests: string[] = []
let failWith: number | null = null

/** A copy of the electron package as npm installs it: no binary, no path.txt. */
function freshElectronPackage(): string {
  const dir = join(work, `electron-${Math.random().toString(36).slice(2)}`)
  mkdirSync(dir)
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    cpSync(join(realElectron, file), join(dir, file))
  }
  return dir
}

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME }
  return { ...env, electron_config_cache: join(work, 'cache'), ...extra }
}

beforeAll(async () => {
  mkdirSync(tmpRoot, { recursive: true })
  work = mkdtempSync(join(tmpRoot, 'ensure-electron-'))
  const zip = zipSync({
    [platformPath()]: [strToU8('#!/bin/sh\necho "stand-in for Electron" "$@"\n'), {}],
    version: strToU8(`v${version}`),
  })
  const sum = createHash('sha256').update(zip).digest('hex')
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (failWith) {
      res.writeHead(failWith).end('no')
    } else if (req.url?.endsWith(`/${artifact}`)) {
      res.writeHead(200, { 'content-type': 'application/zip' }).end(Buffer.from(zip))
    } else if (req.url?.endsWith('/SHASUMS256.txt')) {
      res.writeHead(200).end(`${sum} *${artifact}\n`)
    } else {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(async () => {
  await new Promise((done) => server.close(done))
  rmSync(work, { recursive: true, force: true })
})

describe('ensureElectron', () => {
  it('downloads Electron once through its own installer, from ELECTRON_MIRROR, then finds it quietly', async () => {
    requests = []
    failWith = null
    const dir = freshElectronPackage()
    const logged: string[] = []
    const env = baseEnv({ ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1' })
    const first = await ensureElectron({
      electronDir: dir,
      env,
      log: (l: string) => logged.push(l),
    })
    expect(first).toEqual({ ok: true, path: join(dir, 'dist', platformPath()), downloaded: true })
    expect(logged).toEqual([`Downloading Electron ${version}, once (about 100 MB)…`])
    expect(requests.some((url) => url.endsWith(`/v${version}/${artifact}`))).toBe(true)
    expect(readFileSync(join(dir, 'path.txt'), 'utf8')).toBe(platformPath())
    if (process.platform !== 'win32') {
      expect(execFileSync('sh', [first.ok ? first.path : '', 'x'], { encoding: 'utf8' })).toBe(
        'stand-in for Electron x\n',
      )
    }

    requests = []
    logged.length = 0
    const again = await ensureElectron({
      electronDir: dir,
      env,
      log: (l: string) => logged.push(l),
    })
    expect(again).toEqual({ ok: true, path: join(dir, 'dist', platformPath()), downloaded: false })
    expect(logged).toEqual([])
    expect(requests).toEqual([])
  })

  it('turns a failed download into one clear paragraph, with no stack trace', async () => {
    failWith = 404
    const dir = freshElectronPackage()
    const env = baseEnv({ ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1' })
    const result = await ensureElectron({ electronDir: dir, env, log: () => {} })
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.message
    expect(message).toContain(`the Electron ${version} runtime`)
    expect(message).toMatch(/The download said: .*404/)
    expect(message).toContain('run `npm start` again')
    expect(message).toContain('ELECTRON_MIRROR')
    expect(message).toContain('`npm run serve` opens the same app in your browser')
    expect(message).not.toMatch(/^\s+at /m)
    expect(existsSync(join(dir, 'path.txt'))).toBe(false)
  })

  it('says so when nothing answers at all', async () => {
    const dir = freshElectronPackage()
    // A port nothing listens on: the connection is refused at once.
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const port = (closed.address() as AddressInfo).port
    await new Promise((done) => closed.close(done))
    const env = baseEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/` })
    const result = await ensureElectron({ electronDir: dir, env, log: () => {} })
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(
      /The download said: no answer from the download server/,
    )
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH without downloading, and names it when it holds no Electron', async () => {
    requests = []
    const dir = freshElectronPackage()
    const dist = join(work, 'override')
    mkdirSync(join(dist, dirname(platformPath())), { recursive: true })
    writeFileSync(join(dist, platformPath()), '#!/bin/sh\n')
    const found = await ensureElectron({
      electronDir: dir,
      env: baseEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_MIRROR: mirror }),
    })
    expect(found).toEqual({ ok: true, path: join(dist, platformPath()), downloaded: false })

    const empty = join(work, 'empty')
    mkdirSync(empty)
    const missing = await ensureElectron({
      electronDir: dir,
      env: baseEnv({ ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_MIRROR: mirror }),
    })
    expect(missing.ok).toBe(false)
    expect(missing.ok ? '' : missing.message).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${empty}`,
    )
    expect(requests).toEqual([])
  })
})

describe('the installer environment', () => {
  it("passes npm's proxy settings to Electron's downloader", () => {
    const env = installerEnv({
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_noproxy: 'lan',
    })
    expect(env.HTTPS_PROXY).toBe('http://proxy:3128')
    expect(env.NO_PROXY).toBe('lan')
    expect(env.ELECTRON_GET_USE_PROXY).toBe('true')
    expect(
      installerEnv({ HTTPS_PROXY: 'http://mine', npm_config_proxy: 'http://npm' }).HTTPS_PROXY,
    ).toBe('http://mine')
    expect(installerEnv({}).ELECTRON_GET_USE_PROXY).toBeUndefined()
  })

  it('reads the reason from the installer output, not its stack', () => {
    const output = 'HTTPError: Response code 403 (Forbidden)\n    at x (file:///y.js:1:2)\n'
    expect(failureReason(output)).toBe('Response code 403 (Forbidden)')
    expect(installedElectron(join(work, 'nowhere'), {})).toBeNull()
  })
})
