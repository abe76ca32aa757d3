import { once } from 'node:events'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnchoredAnnotation } from '../../src-shared/annotation'
import type { ArchiveStatus, PackPreview, ReceivedPack } from '../../src-shared/api'
import type { Output } from '../../src-shared/api'
import { makeKeyPair } from '../archive/archive-signing'
import { makeDelta } from '../archive/make-delta'
import { keysFolder, releaseArchive, textEntry } from '../../test-support/release-archives'
import { openTestApp } from '../../test-support/test-core'

const key = makeKeyPair()
const now = () => new Date('2026-03-01T10:00:00Z')
const CHANGED_BEFORE = 'The first text speaks of a lighthouse by the quay.'
const CHANGED_AFTER = 'A corrected opening. The first text speaks of a lighthouse by the quay.'

let root: string
let oldDir: string
let pack: string
let keys: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'scholion-updates-'))
  oldDir = join(root, 'old')
  const newDir = join(root, 'new')
  pack = join(root, 'update.scholion-archive')
  keys = await keysFolder(join(root, 'keys'), key)
  await releaseArchive(
    oldDir,
    [
      textEntry('en-kept', 'The dockers of the harbour met at dawn.'),
      textEntry('en-changed', CHANGED_BEFORE),
      textEntry('en-removed', 'A paragraph about a windmill that the editors withdrew.'),
    ],
    '2025-01-01T00:00:00.000Z',
    key,
  )
  await releaseArchive(
    newDir,
    [
      textEntry('en-kept', 'The dockers of the harbour met at dawn.'),
      textEntry('en-changed', CHANGED_AFTER),
      textEntry('en-added', 'A new article about the tobacco workers.'),
    ],
    '2025-02-01T00:00:00.000Z',
  )
  await makeDelta({ from: oldDir, to: newDir, out: pack, privateKey: key.privateKey })
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function app(dataDir: string, archiveDir = oldDir) {
  return openTestApp(dataDir, now, { archiveDir, releaseKeysDir: keys })
}

/** Sends a pack the way the page does: in parts, base64. */
async function send(
  call: Awaited<ReturnType<typeof app>>['call'],
  bytes: Uint8Array,
  parts = 3,
): Promise<ReceivedPack> {
  const size = Math.ceil(bytes.length / parts)
  let upload: string | null = null
  let received: ReceivedPack | null = null
  for (let i = 0; i < parts; i++) {
    const part = bytes.subarray(i * size, (i + 1) * size)
    received = await call<ReceivedPack>('archive.receivePack', {
      upload,
      data: Buffer.from(part).toString('base64'),
      last: i === parts - 1,
    })
    upload = received.upload
  }
  return received!
}

describe('archive updates in the app', () => {
  it('checks the signature at start, previews a pack sent in parts, applies it, and keeps notes in place', async () => {
    const data = await mkdtemp(join(root, 'data-'))
    const { call, core } = await app(data)
    await core.archiveUpdates.checked()
    expect(await call<ArchiveStatus>('archive.status', {})).toMatchObject({
      archive: 'test-archive',
      release: '2025-01-01T00:00:00.000Z',
      applied: false,
      signature: 'verified',
    })
    const start = CHANGED_BEFORE.indexOf('lighthouse')
    const note = await call<AnchoredAnnotation>('annotations.create', {
      articleId: 'en-changed',
      start,
      end: start + 'lighthouse'.length,
      color: 'yellow',
      note: 'Look this up',
    })

    const received = await send(call, await readFile(pack))
    expect(received.preview).toMatchObject({ added: 1, changed: 1, removed: 1 })
    // Nothing changed yet.
    await expect(call('articles.get', { id: 'en-removed' })).resolves.toBeTruthy()

    const applied = await call<PackPreview>('archive.applyPack', { upload: received.upload })
    expect(applied).toMatchObject({ added: 1, changed: 1, removed: 1 })
    expect(await call<ArchiveStatus>('archive.status', {})).toMatchObject({
      release: '2025-02-01T00:00:00.000Z',
      applied: true,
      signature: 'verified',
    })
    await expect(call('articles.get', { id: 'en-removed' })).rejects.toThrow(/not_found/)
    await expect(call('articles.get', { id: 'en-added' })).resolves.toBeTruthy()
    await core.search.index!.idle()
    const found = await call<Output<'search.query'>>('search.query', { query: 'tobacco' })
    expect(found.articles.hits.map((h) => h.id)).toEqual(['en-added'])
    const gone = await call<Output<'search.query'>>('search.query', { query: 'windmill' })
    expect(gone.articles.total).toBe(0)
    // The note on the changed article is placed again in its new text.
    const { annotations } = await call<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: 'en-changed',
    })
    const moved = CHANGED_AFTER.indexOf('lighthouse')
    expect(annotations.find((a) => a.id === note.id)?.anchor).toMatchObject({
      start: moved,
      end: moved + 'lighthouse'.length,
    })
    await core.flush()

    // The next start reads the applied archive.
    const again = await app(data)
    expect(await again.call<ArchiveStatus>('archive.status', {})).toMatchObject({ applied: true })
    await expect(again.call('articles.get', { id: 'en-added' })).resolves.toBeTruthy()
    // The same pack again is not newer.
    await expect(send(again.call, await readFile(pack))).rejects.toThrow(/not newer/)
  })

  it('refuses a tampered pack with its reason and goes on with the archive it had', async () => {
    const data = await mkdtemp(join(root, 'data-'))
    const { call } = await app(data)
    const entries = unzipSync(await readFile(pack))
    const doc = Object.keys(entries).find((n) => n.startsWith('files/docs/'))!
    entries[doc] = strToU8('{"type":"doc","content":[]}')
    await expect(send(call, zipSync(entries))).rejects.toThrow(/altered after it was signed/)
    await expect(call('articles.get', { id: 'en-removed' })).resolves.toBeTruthy()
    expect(await call<ArchiveStatus>('archive.status', {})).toMatchObject({ applied: false })
    // An id that was never received.
    await expect(call('archive.applyPack', { upload: 'a'.repeat(24) })).rejects.toThrow(/not_found/)
  })

  it('looks online only when an address is given, and offers a newer pack found there', async () => {
    const bytes = await readFile(pack)
    let asked = 0
    const server = createServer((req, res) => {
      asked++
      if (req.url !== '/latest.scholion-archive') return res.writeHead(404).end()
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const data = await mkdtemp(join(root, 'data-'))
      const { call, core } = await app(data)
      // Off by default: nothing is asked.
      await core.archiveUpdates.checkAtStart(() => true)
      expect(await call('archive.checkOnline', {})).toBeNull()
      expect(asked).toBe(0)
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      await call('settings.update', { archiveUpdateUrl: `${base}/latest.scholion-archive` })
      // Offline: still nothing.
      await core.archiveUpdates.checkAtStart(() => false)
      expect(asked).toBe(0)
      await core.archiveUpdates.checkAtStart(() => true)
      expect(asked).toBe(1)
      expect(
        core.notices.find((n) => n.code === 'archive_update_available')?.message,
      ).toMatchObject({
        values: { added: 1, changed: 1 },
      })
      const status = await call<ArchiveStatus>('archive.status', {})
      expect(status.offered?.preview).toMatchObject({ added: 1, removed: 1 })
      await call('archive.applyPack', { upload: status.offered!.upload })
      // Once applied, the same pack is no news.
      expect(await call('archive.checkOnline', {})).toBeNull()
      // An address that fails says why.
      await call('settings.update', { archiveUpdateUrl: `${base}/missing` })
      await expect(call('archive.checkOnline', {})).rejects.toThrow(/404/)
      await expect(
        call('settings.update', { archiveUpdateUrl: 'file:///etc/passwd' }),
      ).rejects.toThrow(/invalid_input/)
    } finally {
      server.close()
    }
  })

  it('holds at most four unfinished packs, and a restart removes what was left', async () => {
    const data = await mkdtemp(join(root, 'data-'))
    const { call } = await app(data)
    const started: string[] = []
    for (let i = 0; i < 6; i++) {
      const r = await call<ReceivedPack>('archive.receivePack', {
        upload: null,
        data: Buffer.from('part of a pack').toString('base64'),
        last: false,
      })
      started.push(r.upload)
    }
    const held = (await readdir(join(data, 'archives'))).filter((n) => n.startsWith('.upload-'))
    expect(held).toHaveLength(4)
    await expect(
      call('archive.receivePack', { upload: started[0], data: '', last: true }),
    ).rejects.toThrow(/not_found/)
    const again = await app(data)
    await again.core.archiveUpdates.checked()
    expect(await readdir(join(data, 'archives'))).toEqual([])
  })

  it('warns, and keeps reading, when the archive is not signed by a trusted key', async () => {
    const unsigned = join(root, 'unsigned')
    await releaseArchive(unsigned, [textEntry('en-one', 'Words.')], '2025-01-01T00:00:00.000Z')
    const data = await mkdtemp(join(root, 'data-'))
    const { call, core } = await app(data, unsigned)
    await core.archiveUpdates.checked()
    expect(core.notices.map((n) => [n.level, n.code])).toContainEqual([
      'warning',
      'archive_signature',
    ])
    expect(await call<ArchiveStatus>('archive.status', {})).toMatchObject({ signature: 'failed' })
    await expect(call('articles.get', { id: 'en-one' })).resolves.toBeTruthy()
  })
})
