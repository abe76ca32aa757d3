// Packaging, checked here without downloading anything: electron-builder builds the `dir`
// target against a stand-in Electron folder (its `electronDist` option), and the layout of the
// result is what users' installers will contain. The AppImage, deb, NSIS and dmg targets need
// further downloads (their tools) and are built only on a connected machine (`npm run package`).
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listPackage } from '@electron/asar'
import { expect, test } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { verifyArchive } from '../src-main/archive/archive-signing'
import { readReleaseKeys } from '../src-main/archive/release-keys'

// 20 MB until the Turkish lexicon (2.1 MB of text, turkish-roots.ts) joined the runtime data.
const ASAR_BUDGET_MB = 23

test('the packed app holds the build output and runtime dependencies only, the archive beside it', async () => {
  test.setTimeout(180_000)
  test.info().annotations.push({
    type: 'skipped targets',
    description: 'AppImage, deb, nsis, dmg: they need tools electron-builder downloads',
  })
  const root = await mkdtemp(join(tmpdir(), 'scholion-package-'))
  try {
    const dist = join(root, 'electron')
    await mkdir(join(dist, 'resources'), { recursive: true })
    await writeFile(join(dist, 'electron'), '#!/bin/sh\necho "stand-in for Electron"\n')
    await chmod(join(dist, 'electron'), 0o755)
    await writeFile(join(dist, 'LICENSE'), 'stand-in')
    const out = join(root, 'out')
    execFileSync(
      process.execPath,
      [
        'node_modules/electron-builder/cli.js',
        '--linux',
        'dir',
        '--config',
        'electron-builder.yml',
        `-c.electronDist=${dist}`,
        `-c.directories.output=${out}`,
        '-c.electronVersion=45.0.0',
      ],
      { stdio: 'pipe' },
    )
    const app = join(out, 'linux-unpacked')
    expect((await stat(join(app, 'scholion'))).mode & 0o111).toBeTruthy()
    for (const file of ['catalog.bin', 'manifest.json', 'manifest.sig']) {
      await expect(stat(join(app, 'resources', 'archive', file))).resolves.toBeTruthy()
    }
    // The archive ships signed, with the release keys that check it, as the app checks it at start.
    const keys = await readReleaseKeys(join(app, 'resources', 'release-keys'))
    expect(keys.length).toBeGreaterThan(0)
    expect(await verifyArchive(join(app, 'resources', 'archive'), keys)).toMatchObject({ ok: true })

    // The installers register scholion:// links and the pack file type (the config they are
    // built from; the `dir` target writes no desktop file or Info.plist to look at).
    const config = parseYaml(await readFile('electron-builder.yml', 'utf8')) as {
      protocols?: { schemes: string[] }[]
      fileAssociations?: { ext: string }[]
    }
    expect(config.protocols?.flatMap((p) => p.schemes)).toEqual(['scholion'])
    expect(config.fileAssociations?.map((f) => f.ext)).toEqual(['scholion', 'scholion-archive'])

    const asar = join(app, 'resources', 'app.asar')
    const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'))
    const top = new Set(files.map((f) => f.split('/')[1]))
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json'])
    for (const needed of ['/out/main/index.js', '/out/main/cli.js', '/out/renderer/index.html']) {
      expect(files).toContain(needed)
    }
    expect(files.some((f) => f.startsWith('/out/preload/'))).toBe(true)
    // No sources, tests or type definitions.
    expect(files.filter((f) => /\.(ts|tsx)$/.test(f) || /\/(src-|e2e\/)/.test(f))).toEqual([])

    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const packed = new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    )
    expect(Object.keys(pkg.devDependencies).filter((d) => packed.has(d))).toEqual([])
    for (const dep of Object.keys(pkg.dependencies)) expect(packed.has(dep), dep).toBe(true)
    // Data read at run time from its package (the Turkish roots, turkish-roots.ts), and only that.
    for (const data of ['turkish_dictionary.txt', 'turkish_morphological_lexicon.txt'])
      expect(files).toContain(`/node_modules/nlptoolkit-dictionary/${data}`)
    expect(files).not.toContain('/node_modules/nlptoolkit-dictionary/turkish_misspellings.txt')

    const megabytes = (await stat(asar)).size / 1024 / 1024
    test.info().annotations.push({ type: 'app.asar', description: `${megabytes.toFixed(1)} MB` })
    expect(megabytes).toBeLessThan(ASAR_BUDGET_MB)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
