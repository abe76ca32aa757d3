import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticlePage } from '../../src-shared/api'
import { createDispatcher } from '../hosts/dispatch'
import { buildArchive } from '../archive/archive-build'
import { createCore, type Core } from './create-core'

let work: string
let time: number
const DAY = 86_400_000
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-visits-'))
  time = Date.parse('2026-03-01T10:00:00Z')
})
const cores: Core[] = []
afterEach(async () => {
  // Background writes (the archive's ids, the search index) finish before the folder goes.
  for (const core of cores.splice(0)) {
    await core.flush()
    await core.search.index?.idle()
    core.search.close()
  }
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

async function archiveOf(name: string, files: Record<string, string>): Promise<string> {
  const src = join(work, `${name}-src`)
  await mkdir(src, { recursive: true })
  for (const [file, text] of Object.entries(files)) await writeFile(join(src, file), text)
  const out = join(work, name)
  await buildArchive({ from: [src], out })
  return out
}

async function session(archiveDir: string) {
  const core: Core = await createCore({
    dataDir: join(work, 'data'),
    archiveDir,
    host: 'http',
    version: '1',
    verifyArchive: false,
    now: () => new Date(time),
  })
  cores.push(core)
  const dispatch = createDispatcher(core.handlers)
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(method, input)
    if (!r.ok) throw new Error(r.error.message)
    return r.value as T
  }
  const list = (input: object = {}) => call<ArticlePage>('articles.list', input)
  return { core, call, list }
}

const V1 = { 'one.en.txt': 'One\n\nFirst.', 'two.en.txt': 'Two\n\nSecond.' }

describe('new since the last visit', () => {
  it('marks nothing new on the first visit, then what was added after the last one', async () => {
    const archive = await archiveOf('v1', V1)
    const first = await session(archive)
    expect((await first.list()).status.new).toBe(0)
    await first.core.flush()

    time += DAY
    const second = await session(archive)
    expect((await second.list()).status.new).toBe(0)
    time += 60_000
    await second.call('library.addFiles', {
      files: [{ name: 'mine.en.md', data: Buffer.from('# Mine\n\nMy text.').toString('base64') }],
    })
    // Added after the last visit: new now, in this visit.
    const now = await second.list({ status: 'new' })
    expect(now.items.map((a) => [a.id, a.isNew])).toEqual([['en-mine', true]])
    expect(now.status.new).toBe(1)
    time += 60_000
    await second.list()
    await second.core.flush()

    // The next visit has seen it.
    time += DAY
    const third = await session(archive)
    expect((await third.list()).status.new).toBe(0)
  })

  it('marks the articles a newer archive brought', async () => {
    const v1 = await archiveOf('v1', V1)
    const v2 = await archiveOf('v2', { ...V1, 'three.en.txt': 'Three\n\nThird.' })
    const first = await session(v1)
    await first.list()
    await first.core.flush()
    time += DAY
    const second = await session(v2)
    const page = await second.list({ status: 'new' })
    expect(page.items.map((a) => a.id)).toEqual(['en-three'])
    await second.core.flush()
    time += DAY
    const third = await session(v2)
    expect((await third.list()).status.new).toBe(0)
  })

  it('survives a damaged visits file: nothing is new, and the file is set aside', async () => {
    const archive = await archiveOf('v1', V1)
    await mkdir(join(work, 'data'), { recursive: true })
    await writeFile(join(work, 'data', 'visits.json'), '{"version": 1, "data": {"lastSe')
    const s = await session(archive)
    expect((await s.list()).status.new).toBe(0)
    const info = await s.call<{ notices: { code: string }[] }>('app.info', {})
    expect(info.notices.length).toBeGreaterThan(0)
  })
})
