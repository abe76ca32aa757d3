// The desktop shell's lifecycle, run under the Electron stand-in: macOS keeps the app when its
// window closes, and menus, links and reopening must then work; a second launch from another
// folder; quitting with saves in flight; archive update packs opened with the app.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { makeKeyPair } from '../../src-main/archive/archive-signing'
import { makeDelta } from '../../src-main/archive/make-delta'
import { keysFolder, releaseArchive, textEntry } from '../../test-support/release-archives'
import { startFixtureSite } from '../../test-support/fixture-site'
import { channelFor } from '../../src-shared/bridge'
import { expect, test } from '@playwright/test'
import { launchDesktop, until, windowState, type Desktop } from './harness'

let desktop: Desktop
test.afterEach(() => desktop?.stop())

test('macOS: with the window closed, menus and links do not fail, and a reopened window gets them', async () => {
  desktop = await launchDesktop({ env: { STANDIN_PLATFORM: 'darwin' } })
  await desktop.send({ type: 'ready' })
  await until(async () => expect((await desktop.state()).windows[0]?.onLoad).toBeGreaterThan(0))
  await desktop.send({ type: 'close-window' })
  await until(async () => expect((await desktop.state()).windows[0]?.destroyed).toBe(true))
  // The app stays (macOS); a menu command and a link arrive with no window.
  await desktop.send({ type: 'click', path: ['Go', 'Notebook'] })
  await desktop.send({ type: 'app-event', name: 'open-url', args: ['scholion://article/en-x'] })
  let state = await desktop.state()
  expect(state.errors).toEqual([])
  // Clicking the dock icon opens a window set up like the first: context menu, and the link
  // that waited delivered once its page has loaded.
  await desktop.send({ type: 'app-event', name: 'activate', args: [true] })
  state = await until(async () => {
    const s = await desktop.state()
    const second = s.windows[1]
    expect(second?.destroyed).toBe(false)
    expect(second?.sent.some((m) => m.channel === 'scholion-event:deep-link')).toBe(true)
    return s
  })
  const second = state.windows[1]!
  expect(second.contextMenu).toBe(1)
  expect(second.sent.filter((m) => m.channel === 'scholion-event:deep-link')).toEqual([
    { channel: 'scholion-event:deep-link', args: ['scholion://article/en-x'] },
  ])
  // Menu commands reach the new window.
  await desktop.send({ type: 'click', path: ['Go', 'Notebook'] })
  state = await desktop.state()
  expect(state.windows[1]!.sent).toContainEqual({
    channel: 'scholion-event:command',
    args: ['notebook'],
  })
  expect(state.errors).toEqual([])
})

test('macOS: a window closed and reopened at once, again and again, opens every time', async () => {
  // The reopened window reads the remembered state while the closed one's is still being
  // written: it once found the file missing for a moment and the app's process died.
  desktop = await launchDesktop({ env: { STANDIN_PLATFORM: 'darwin' } })
  await desktop.send({ type: 'ready' })
  for (let round = 1; round <= 10; round++) {
    await until(async () => expect((await desktop.state()).windows[round - 1]?.onLoad).toBe(1))
    await desktop.send({ type: 'close-window' })
    await until(async () =>
      expect((await desktop.state()).windows[round - 1]?.destroyed).toBe(true),
    )
    await desktop.send({ type: 'app-event', name: 'activate', args: [true] })
  }
  const state = await until(async () => {
    const s = await desktop.state()
    expect(s.windows[10]?.onLoad).toBe(1)
    return s
  })
  expect(state.windows.filter((w) => !w.destroyed)).toHaveLength(1)
  expect(state.errors).toEqual([])
  expect(desktop.output()).not.toContain('could not open a window')
})

test('a second launch from another folder opens the pack file named relative to that folder', async () => {
  desktop = await launchDesktop()
  await desktop.send({ type: 'ready' })
  await until(async () => expect((await desktop.state()).windows[0]?.onLoad).toBeGreaterThan(0))
  const elsewhere = join(desktop.dataDir, 'elsewhere')
  await mkdir(elsewhere)
  await writeFile(join(elsewhere, 'notes.scholion'), '{"written":"for the test"}')
  await desktop.send({
    type: 'app-event',
    name: 'second-instance',
    args: [['/usr/bin/scholion', 'notes.scholion'], elsewhere, {}],
  })
  const state = await until(async () => {
    const s = await desktop.state()
    expect(s.windows[0]!.sent.some((m) => m.channel === 'scholion-event:open-file')).toBe(true)
    return s
  })
  const opened = state.windows[0]!.sent.find((m) => m.channel === 'scholion-event:open-file')!
  expect(opened.args[0]).toEqual({ name: 'notes.scholion', content: '{"written":"for the test"}' })
  expect(state.errors).toEqual([])
})

test('quitting waits for the page and for the window’s state to reach the disk', async () => {
  desktop = await launchDesktop()
  await desktop.send({ type: 'ready' })
  await until(async () => expect((await desktop.state()).windows[0]?.onLoad).toBeGreaterThan(0))
  await desktop.send({ type: 'quit' })
  const end = await desktop.ended
  expect(end.type).toBe('quit')
  expect((await windowState(desktop.dataDir)).bounds).toMatchObject({ width: 1100, height: 760 })
})

test('a second instance whose lock is denied quits before doing anything', async () => {
  desktop = await launchDesktop({ env: { STANDIN_LOCK: 'denied' } })
  expect((await desktop.ended).type).toBe('quit')
  const state = await desktop.state().catch(() => null)
  // It quit at once: no window, no handler, nothing written.
  if (state) {
    expect(state.windows).toEqual([])
    expect(state.ipcHandlers).toEqual([])
  }
})

test('on Linux, closing the last window quits, after its page saved and its state was kept', async () => {
  desktop = await launchDesktop()
  await desktop.send({ type: 'ready' })
  await until(async () => expect((await desktop.state()).windows[0]?.onLoad).toBeGreaterThan(0))
  await desktop.send({ type: 'close-window' })
  expect((await desktop.ended).type).toBe('quit')
  expect((await windowState(desktop.dataDir)).bounds).toMatchObject({ width: 1100, height: 760 })
})

test('links and files that arrive while the page loads slowly are delivered once it has loaded, once each', async () => {
  desktop = await launchDesktop({
    env: { STANDIN_LOAD_MS: '600' },
    args: ['scholion://article/en-first'],
  })
  await desktop.send({ type: 'ready' })
  const pack = join(desktop.dataDir, 'arrived.scholion')
  await writeFile(pack, '{"arrived":"while loading"}')
  // While the page loads: a link from macOS, a second launch with a file and another link.
  await until(async () => expect((await desktop.state()).windows).toHaveLength(1))
  await desktop.send({
    type: 'app-event',
    name: 'open-url',
    args: ['scholion://article/en-second'],
  })
  await desktop.send({
    type: 'app-event',
    name: 'second-instance',
    args: [['/usr/bin/scholion', pack, 'scholion://article/en-third'], desktop.dataDir, {}],
  })
  let sent = (await desktop.state()).windows[0]!.sent
  expect(sent.filter((m) => m.channel !== 'scholion-event:flush')).toEqual([])
  const state = await until(async () => {
    const s = await desktop.state()
    expect(s.windows[0]!.sent.filter((m) => m.channel === 'scholion-event:deep-link')).toHaveLength(
      3,
    )
    expect(s.windows[0]!.sent.some((m) => m.channel === 'scholion-event:open-file')).toBe(true)
    return s
  })
  sent = state.windows[0]!.sent
  expect(
    sent.filter((m) => m.channel === 'scholion-event:deep-link').map((m) => m.args[0]),
  ).toEqual([
    'scholion://article/en-first',
    'scholion://article/en-second',
    'scholion://article/en-third',
  ])
  expect(sent.filter((m) => m.channel === 'scholion-event:open-file')).toEqual([
    {
      channel: 'scholion-event:open-file',
      args: [{ name: 'arrived.scholion', content: '{"arrived":"while loading"}' }],
    },
  ])
  expect(state.errors).toEqual([])
})

test('quitting while the page does not answer still ends, after the wait, with the data kept', async () => {
  desktop = await launchDesktop({ env: { STANDIN_PAGE: 'hangs' } })
  await desktop.send({ type: 'ready' })
  await until(async () => expect((await desktop.state()).windows[0]?.onLoad).toBeGreaterThan(0))
  const started = Date.now()
  await desktop.send({ type: 'quit' })
  expect((await desktop.ended).type).toBe('quit')
  // It waited for the page (3 s), then quit anyway, with the window's state on disk.
  expect(Date.now() - started).toBeGreaterThanOrEqual(2500)
  expect((await windowState(desktop.dataDir)).bounds).toMatchObject({ width: 1100, height: 760 })
})

test('a packaged launch with a scholion:// link: the archive beside the app, the link delivered once', async () => {
  const root = new URL('../../', import.meta.url).pathname
  desktop = await launchDesktop({
    env: { STANDIN_PACKAGED: '1', STANDIN_RESOURCES: join(root, 'resources') },
    args: ['scholion://article/en-the-class-struggle-cannot-be-denigrated?p=3'],
  })
  await desktop.send({ type: 'ready' })
  const state = await until(async () => {
    const s = await desktop.state()
    expect(s.windows[0]?.sent.some((m) => m.channel === 'scholion-event:deep-link')).toBe(true)
    return s
  })
  expect(state.calls).toContain('setAsDefaultProtocolClient scholion')
  expect(state.windows[0]!.sent.filter((m) => m.channel === 'scholion-event:deep-link')).toEqual([
    {
      channel: 'scholion-event:deep-link',
      args: ['scholion://article/en-the-class-struggle-cannot-be-denigrated?p=3'],
    },
  ])
  const info = await desktop.send<{ value: { archive: { dir: string; articleCount: number } } }>({
    type: 'invoke',
    channel: 'scholion:app.info',
    input: {},
    url: 'app://scholion/index.html',
    isMainFrame: true,
  })
  expect(info.value.archive).toMatchObject({
    dir: join(root, 'resources', 'archive'),
    articleCount: 1,
  })
  expect(state.errors).toEqual([])
})

test('an archive update pack opened with the app is received, checked and previewed; a tampered one says why', async () => {
  const root = await mkdtemp(join(tmpdir(), 'scholion-standin-pack-'))
  const key = makeKeyPair()
  const keys = await keysFolder(join(root, 'keys'), key)
  await releaseArchive(
    join(root, 'old'),
    [textEntry('en-one', 'Words of the first.')],
    '2025-01-01T00:00:00.000Z',
    key,
  )
  await releaseArchive(
    join(root, 'new'),
    [textEntry('en-one', 'Words of the first.'), textEntry('en-two', 'Words of the second.')],
    '2025-02-01T00:00:00.000Z',
  )
  const pack = join(root, 'update.scholion-archive')
  await makeDelta({
    from: join(root, 'old'),
    to: join(root, 'new'),
    out: pack,
    privateKey: key.privateKey,
  })
  const entries = unzipSync(await readFile(pack))
  const doc = Object.keys(entries).find((n) => n.startsWith('files/docs/'))!
  entries[doc]![5] = entries[doc]![5]! ^ 1
  const tampered = join(root, 'tampered.scholion-archive')
  await writeFile(tampered, zipSync(entries))

  desktop = await launchDesktop({
    env: { SCHOLION_ARCHIVE_DIR: join(root, 'old'), SCHOLION_RELEASE_KEYS: keys },
    args: [pack],
  })
  await desktop.send({ type: 'ready' })
  const opened = async (n: number) => {
    const s = await until(async () => {
      const state = await desktop.state()
      expect(
        state.windows[0]?.sent.filter((m) => m.channel === 'scholion-event:open-file'),
      ).toHaveLength(n)
      return state
    })
    return s.windows[0]!.sent.filter((m) => m.channel === 'scholion-event:open-file')[n - 1]!
      .args[0]
  }
  expect(await opened(1)).toMatchObject({
    name: 'update.scholion-archive',
    content: '',
    archivePack: {
      upload: expect.stringMatching(/^[0-9a-f]{24}$/),
      preview: { added: 1, changed: 0 },
    },
  })
  await desktop.send({ type: 'app-event', name: 'open-file', args: [tampered] })
  expect(await opened(2)).toMatchObject({
    name: 'tampered.scholion-archive',
    problem: expect.stringContaining('altered after it was signed'),
  })
  expect((await desktop.state()).errors).toEqual([])
  await rm(root, { recursive: true, force: true })
})

test('a sync that brings articles matching saved searches shows one notification per search', async () => {
  // Sync keeps its polite pause (a second per request): a small site.
  test.setTimeout(60_000)
  const site = await startFixtureSite({ perLanguage: 3, languages: ['en', 'el'] })
  try {
    desktop = await launchDesktop({ env: { STANDIN_NOTIFICATIONS: '1' } })
    await desktop.send({ type: 'ready' })
    await until(async () => expect((await desktop.state()).windows[0]?.onLoad).toBeGreaterThan(0))
    const invoke = <T>(method: Parameters<typeof channelFor>[0], input: unknown) =>
      desktop.send<{ ok: boolean; value: T }>({
        type: 'invoke',
        channel: channelFor(method),
        input,
        url: 'app://scholion/index.html',
        isMainFrame: true,
      })
    expect((await invoke('searches.save', { name: 'Greek articles', query: 'lang:el' })).ok).toBe(
      true,
    )
    expect((await invoke('searches.save', { name: 'Nothing', query: 'zzzqqq' })).ok).toBe(true)
    const sources = await invoke<{ id: string }[]>('sync.sources', {})
    const savedSources = await invoke('sync.saveSources', {
      sources: [
        ...sources.value.map((s) => ({ ...s, enabled: false })),
        {
          id: 'fixture',
          name: 'Fixture',
          url: `${site.url}/sitemap.xml`,
          pattern: null,
          enabled: true,
          intervalMinutes: 60,
        },
      ].map(({ last: _last, builtIn: _builtIn, ...s }: Record<string, unknown>) => s),
    })
    expect(savedSources.ok).toBe(true)
    const synced = await invoke<{ sources: unknown[] }>('sync.run', {})
    expect(synced.ok).toBe(true)
    const state = await until(async () => {
      const s = await desktop.state()
      expect(s.notifications.length).toBeGreaterThanOrEqual(1)
      return s
    })
    // One for the saved search the new articles match (the three Greek ones); none for the other.
    expect(state.notifications).toEqual([
      { title: '“Greek articles”: 3 new articles', body: 'lang:el' },
    ])
    await desktop.send({ type: 'click-notification', index: 0 })
    const after = await desktop.state()
    expect(
      after.windows[0]!.sent.filter((m) => m.channel === 'scholion-event:command').map(
        (m) => m.args[0],
      ),
    ).toContain('new-articles')
    expect(after.errors).toEqual([])
  } finally {
    await site.close()
  }
})
