import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_READER, type Settings } from '../../src-shared/api'
import { createDispatcher } from '../hosts/dispatch'
import { createCore } from './create-core'

const ARCHIVE = new URL('../../resources/archive', import.meta.url).pathname
let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-core-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5 }))

async function dispatcher() {
  const core = await createCore({
    dataDir,
    archiveDir: ARCHIVE,
    host: 'http',
    version: '9.9.9',
    now: () => new Date('2026-03-04T05:06:07.000Z'),
  })
  return createDispatcher(core.handlers)
}

describe('reader settings', () => {
  it('start from defaults, change in part, and survive a restart', async () => {
    const call = await dispatcher()
    const first = await call('settings.get', {})
    expect(first).toMatchObject({
      ok: true,
      value: { lastArticleId: null, reader: DEFAULT_READER, lastColor: 'yellow' },
    })
    // An identity is made on first start and kept.
    const identity = first.ok && (first.value as Settings).identity
    expect(identity).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '' })
    await call('settings.update', { reader: { theme: 'dark', fontSize: 22 } })
    const again = await dispatcher()
    expect(await again('settings.get', {})).toMatchObject({
      ok: true,
      value: { reader: { ...DEFAULT_READER, theme: 'dark', fontSize: 22 }, identity },
    })
  })

  it('refuse values out of range', async () => {
    const call = await dispatcher()
    expect(await call('settings.update', { reader: { fontSize: 200 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    expect(await call('settings.update', { reader: { theme: 'neon' } })).toMatchObject({
      ok: false,
    })
  })

  it('read an older settings file without the reader part, filling in defaults', async () => {
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, data: { lastArticleId: 'x' } }),
    )
    const call = await dispatcher()
    expect(await call('settings.get', {})).toMatchObject({
      ok: true,
      value: { lastArticleId: 'x', reader: DEFAULT_READER, identity: { name: '' } },
    })
  })
})

describe('reading positions', () => {
  it('are saved per article, on disk, and read back', async () => {
    const call = await dispatcher()
    expect(await call('reading.get', { id: 'a' })).toEqual({ ok: true, value: null })
    expect(await call('reading.save', { id: 'a', block: 12, progress: 0.4 })).toEqual({
      ok: true,
      value: { block: 12, progress: 0.4, updated: '2026-03-04T05:06:07.000Z' },
    })
    const onDisk = JSON.parse(await readFile(join(dataDir, 'reading-positions.json'), 'utf8'))
    expect(onDisk.data.positions.a.block).toBe(12)
    expect(await (await dispatcher())('reading.get', { id: 'a' })).toMatchObject({
      ok: true,
      value: { block: 12 },
    })
  })
})

describe('app.info', () => {
  it('reports the archive and the notices of every store', async () => {
    await writeFile(join(dataDir, 'reading-positions.json'), 'not json')
    const info = await (await dispatcher())('app.info', {})
    expect(info).toMatchObject({
      ok: true,
      value: { version: '9.9.9', archive: { articleCount: 1, formatVersion: 3 } },
    })
    const notices = info.ok ? (info.value as { notices: { code: string }[] }).notices : []
    expect(notices.map((n) => n.code)).toContain('store_reset')
  })
})

describe('articles.list', () => {
  it('counts an article as read once it has a reading position', async () => {
    const call = await dispatcher()
    const id = 'en-the-class-struggle-cannot-be-denigrated'
    expect(await call('articles.list', { status: 'read' })).toMatchObject({
      ok: true,
      value: { total: 0, status: { read: 0, unread: 1 } },
    })
    await call('reading.save', { id, block: 0, progress: 0 })
    expect(await call('articles.list', { status: 'read' })).toMatchObject({
      ok: true,
      value: { total: 1, status: { read: 1, unread: 0 } },
    })
  })
})

describe('articles.get', () => {
  it('carries the reading position, so an article opens where it was left in one call', async () => {
    const call = await dispatcher()
    const id = 'en-the-class-struggle-cannot-be-denigrated'
    expect(await call('articles.get', { id })).toMatchObject({
      ok: true,
      value: { position: null },
    })
    await call('reading.save', { id, block: 7, progress: 0.3 })
    expect(await call('articles.get', { id })).toMatchObject({
      ok: true,
      value: { position: { block: 7, progress: 0.3 } },
    })
  })
})

describe('flush', () => {
  it('resolves only after the writes already asked for are on disk', async () => {
    const core = await createCore({
      dataDir,
      archiveDir: ARCHIVE,
      host: 'http',
      version: '9.9.9',
      verifyArchive: false,
    })
    // Not awaited, as a window closing mid-save would leave it.
    void core.handlers['reading.save']({ id: 'a', block: 3, progress: 0.2 })
    void core.handlers['settings.update']({ lastArticleId: 'a' })
    await core.flush()
    const positions = JSON.parse(await readFile(join(dataDir, 'reading-positions.json'), 'utf8'))
    const settings = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))
    expect(positions.data.positions.a.block).toBe(3)
    expect(settings.data.lastArticleId).toBe('a')
  })
})

describe('choosing a folder', () => {
  it('asks the host’s folder dialog where there is one, and says to type a path where not', async () => {
    const asked: string[] = []
    const core = await createCore({
      dataDir,
      archiveDir: ARCHIVE,
      host: 'electron',
      version: '9.9.9',
      verifyArchive: false,
      watchGroups: false,
      chooseFolder: async (title) => {
        asked.push(title)
        return asked.length === 1 ? '/home/ana/Sync/group' : null
      },
    })
    const call = createDispatcher(core.handlers)
    expect(await call('app.chooseFolder', { title: 'The group folder' })).toEqual({
      ok: true,
      value: '/home/ana/Sync/group',
    })
    // Cancelled.
    expect(await call('app.chooseFolder', { title: 'Again' })).toEqual({ ok: true, value: null })
    expect(asked).toEqual(['The group folder', 'Again'])
    const browser = await dispatcher()
    expect(await browser('app.chooseFolder', { title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/Type the folder’s path/) },
    })
  })
})
