// The desktop shell, run: the built main bundle under a stand-in for Electron (standin.ts) that
// enforces Electron's rules. First launch on Linux: what is set up before and after `ready`, the
// window's web preferences, the app:// protocol (the renderer and stored pictures), IPC handlers and who may call them, navigation
// and new windows refused, permissions, menus (F11 is focus mode).
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { png } from '../../test-support/pictures'
import { methods } from '../../src-shared/api'
import { channelFor } from '../../src-shared/bridge'
import { launchDesktop, until, type Desktop } from './harness'

let desktop: Desktop
test.afterEach(() => desktop?.stop())

test('first launch: the window, the protocol, every IPC handler, and nothing before ready', async () => {
  desktop = await launchDesktop()
  // Before `ready`: the scheme is registered, and nothing that needs `ready` was touched.
  let state = await desktop.state()
  expect(state.schemes).toEqual(['app'])
  expect(state.windows).toEqual([])
  await desktop.send({ type: 'ready' })
  state = await until(async () => {
    const s = await desktop.state()
    expect(s.windows[0]?.onLoad).toBeGreaterThan(0)
    return s
  })
  expect(state.errors).toEqual([])
  expect(state.protocols).toEqual(['app'])
  const win = state.windows[0]!
  expect(win.url).toBe('app://scholion/index.html')
  expect(win.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
  })
  expect(win.contextMenu).toBe(1)
  // One handler per contract method, no more.
  expect(state.ipcHandlers.sort()).toEqual(methods.map(channelFor).sort())

  // The app's page may call the contract; a frame of another origin may not.
  const info = await desktop.send<{ ok: boolean; value?: { host: string } }>({
    type: 'invoke',
    channel: channelFor('app.info'),
    input: {},
    url: 'app://scholion/index.html',
    isMainFrame: true,
  })
  expect(info).toMatchObject({ ok: true, value: { host: 'electron' } })
  const foreign = await desktop.send<{ ok: boolean }>({
    type: 'invoke',
    channel: channelFor('app.info'),
    input: {},
    url: 'https://evil.example/',
    isMainFrame: true,
  })
  expect(foreign.ok).toBe(false)
  const subframe = await desktop.send<{ ok: boolean }>({
    type: 'invoke',
    channel: channelFor('app.info'),
    input: {},
    url: 'app://scholion/index.html',
    isMainFrame: false,
  })
  expect(subframe.ok).toBe(false)

  // The protocol serves the page, and nothing outside the renderer's folder.
  expect(await desktop.send({ type: 'protocol', url: 'app://scholion/index.html' })).toMatchObject({
    status: 200,
    type: expect.stringContaining('text/html'),
  })
  for (const url of [
    'app://scholion/../package.json',
    'app://scholion/%2e%2e/package.json',
    'app://other/index.html',
  ])
    expect(await desktop.send({ type: 'protocol', url }), url).toMatchObject({ status: 404 })
  // Stored pictures, by their name only, and only while their bytes still match it.
  const picture = png(4, 3)
  const name = `${createHash('sha256').update(picture).digest('hex')}.png`
  const media = join(desktop.dataDir, 'library', 'media')
  await mkdir(media, { recursive: true })
  await writeFile(join(media, name), picture)
  expect(
    await desktop.send({ type: 'protocol', url: `app://scholion/media/${name}` }),
  ).toMatchObject({ status: 200, type: 'image/png' })
  for (const url of [
    `app://scholion/media/${'0'.repeat(64)}.png`,
    `app://scholion/media/${name.replace('.png', '.svg')}`,
    'app://scholion/media/%2e%2e%2findex.html',
    `app://other/media/${name}`,
  ])
    expect(await desktop.send({ type: 'protocol', url }), url).toMatchObject({ status: 404 })
  await writeFile(join(media, name), png(5, 3))
  expect(
    await desktop.send({ type: 'protocol', url: `app://scholion/media/${name}` }),
  ).toMatchObject({ status: 404 })

  // Navigation away and new windows are refused; web links go to the system browser.
  expect(await desktop.send({ type: 'navigate', url: 'https://example.org/' })).toEqual({
    prevented: true,
  })
  expect(await desktop.send({ type: 'navigate', url: 'app://scholion/index.html' })).toEqual({
    prevented: false,
  })
  expect(await desktop.send({ type: 'open-window', url: 'https://kke.gr/' })).toEqual({
    action: 'deny',
  })
  expect((await desktop.state()).opened).toEqual(['https://kke.gr/'])

  // Copying works (the clipboard permission), for the app's page only; nothing else is granted.
  const ask = (permission: string, url = 'app://scholion/index.html', isMainFrame = true) =>
    desktop.send({ type: 'permission', permission, url, isMainFrame })
  expect(await ask('clipboard-sanitized-write')).toEqual({ granted: true, checked: true })
  expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toEqual({
    granted: false,
    checked: false,
  })
  expect(await ask('notifications')).toEqual({ granted: false, checked: false })

  // The Edit menu has the roles text fields need on macOS.
  const edit = (await desktop.state()).menu.find((s) => s.label === 'Edit')!
  expect(edit.items).toEqual(
    expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
  )
  // F11 is focus mode (Electron takes the key); full screen moves to Shift+F11; single keys
  // (R, T) are shown but left to the page, so typing in a field keeps them.
  const keys = (await desktop.state()).accelerators
  expect(keys).toEqual(
    expect.arrayContaining([
      ['Focus mode', 'F11', true],
      ['Read aloud', 'R', false],
      ['Full screen', 'Shift+F11', true],
    ]),
  )
  expect(keys.filter(([, key]) => key === 'F11')).toHaveLength(1)
  const before = (await desktop.state()).windows[0]!.sent.length
  await desktop.send({ type: 'click', path: ['View', 'Focus mode'] })
  expect((await desktop.state()).windows[0]!.sent.slice(before)).toEqual([
    { channel: 'scholion-event:command', args: ['focus'] },
  ])
  // Every menu command reaches the page, each as the command it names, once.
  const { commands } = await desktop.state()
  expect(commands.length).toBeGreaterThan(15)
  const start = (await desktop.state()).windows[0]!.sent.length
  for (const path of commands) await desktop.send({ type: 'click', path })
  const sentCommands = (await desktop.state()).windows[0]!.sent.slice(start).filter(
    (m) => m.channel === 'scholion-event:command',
  )
  expect(sentCommands).toHaveLength(commands.length)
  expect(new Set(sentCommands.map((m) => m.args[0])).size).toBe(commands.length)
  expect((await desktop.state()).errors).toEqual([])
})
