// The README's commands as a fresh machine runs them, on the built app: the `scholion` command
// through npx and through a link (as `npm link` and `npm install -g .` make), `npm start`'s
// runner with a stand-in Electron, and `npm run package` when its Electron download fails.
import { execFile } from 'node:child_process'
import { chmod, mkdtemp, rm, stat, symlink, writeFile, mkdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'

const run = promisify(execFile)
const root = resolve('.')

test('the built scholion command is executable and runs through npx and through a link', async () => {
  const cli = join(root, 'out/main/cli.js')
  expect((await stat(cli)).mode & 0o111).toBe(0o111)
  const english = { ...process.env, LC_ALL: 'C' }
  const viaNpx = await run('npx', ['--no-install', 'scholion', 'help'], { cwd: root, env: english })
  expect(viaNpx.stdout).toMatch(/^Usage: scholion COMMAND/)
  // In the terminal's language, as POSIX programs choose it.
  const greek = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'el_GR.UTF-8' }
  const inGreek = await run(process.execPath, [cli, 'help'], { cwd: root, env: greek })
  expect(inGreek.stdout).toMatch(/^Χρήση: scholion ΕΝΤΟΛΗ/)
  const wrong = await run(process.execPath, [cli, 'export', '--format', 'doc'], {
    cwd: root,
    env: greek,
  }).catch((error: { stderr: string; code: number }) => error)
  expect(wrong).toMatchObject({ code: 1 })
  expect((wrong as { stderr: string }).stderr).toContain(
    'scholion: Το --format πρέπει να είναι ένα από md, csv, jsonld, όχι doc.',
  )

  const dir = await mkdtemp(join(tmpdir(), 'scholion-bin-'))
  try {
    await symlink(cli, join(dir, 'scholion'))
    const viaLink = await run(join(dir, 'scholion'), ['help'], { cwd: dir })
    expect(viaLink.stdout).toContain('serve')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('npm start runs electron-vite on the Electron it found, or says why it cannot', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'scholion-electron-'))
  try {
    await writeFile(
      join(dist, 'electron'),
      '#!/bin/sh\necho "stand-in Electron started with: $@"\n',
    )
    await chmod(join(dist, 'electron'), 0o755)
    const runner = ['--import', 'tsx', 'scripts/electron-vite.ts', 'preview', '--skipBuild']
    const started = await run(process.execPath, runner, {
      cwd: root,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist },
    })
    expect(started.stdout).toContain('stand-in Electron started with: .')

    await mkdir(join(dist, 'empty'))
    const refused = await run(process.execPath, runner, {
      cwd: root,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(dist, 'empty') },
    }).catch((error: { code: number; stderr: string; stdout: string }) => error)
    expect('code' in refused && refused.code).toBe(1)
    expect(refused.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH is set to')
    expect(refused.stderr).toContain('`npm run serve` opens the same app in your browser')
    expect(refused.stderr + refused.stdout).not.toContain('Electron uninstall')
  } finally {
    await rm(dist, { recursive: true, force: true })
  }
})

test('npm run package says what packaging needs when the Electron zip cannot be downloaded', async () => {
  test.setTimeout(180_000)
  const mirror = createServer((_req, res) => res.writeHead(404).end())
  await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done))
  const out = await mkdtemp(join(tmpdir(), 'scholion-package-fail-'))
  try {
    const port = (mirror.address() as AddressInfo).port
    const result = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/package.ts', '--linux', 'dir', `-c.directories.output=${out}`],
      {
        cwd: root,
        env: {
          ...process.env,
          ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
          ELECTRON_CACHE: join(out, 'cache'),
          electron_config_cache: join(out, 'cache'),
        },
      },
    ).catch((error: { code: number; stderr: string; stdout: string }) => error)
    expect('code' in result && result.code).not.toBe(0)
    expect(result.stderr).toContain(
      'Packaging stopped: a download it needs failed (Response code 404',
    )
    expect(result.stderr).toContain('run `npm run package` again')
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m)
  } finally {
    await new Promise((done) => mirror.close(done))
    await rm(out, { recursive: true, force: true })
  }
})
