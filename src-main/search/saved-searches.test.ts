import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SavedSearchView } from '../../src-shared/api'
import { openTestApp } from '../../test-support/test-core'

let dir: string
afterEach(() => rm(dir, { recursive: true, force: true }))

let clock = new Date('2026-03-01T10:00:00Z')
const now = () => clock

const file = (name: string, text: string) => ({
  name,
  data: Buffer.from(text).toString('base64'),
})

describe('saved searches', () => {
  it('count their articles and the new ones, which a look clears; alerts once per search', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scholion-saved-'))
    const { call, core } = await openTestApp(dir, now)
    await core.search.index!.idle()
    const alerts: { name: string; count: number }[][] = []
    core.events.on('searches.matched', ({ matches }) => void alerts.push(matches))
    const dockers = await call<SavedSearchView>('searches.save', {
      name: 'Dockers',
      query: 'dockers',
    })
    const struggle = await call<SavedSearchView>('searches.save', {
      name: 'Class struggle',
      query: '"class struggle"',
    })
    expect(dockers).toMatchObject({ total: 0, fresh: 0 })
    expect(struggle.total).toBe(1)

    clock = new Date('2026-03-02T10:00:00Z')
    await call('library.addFiles', {
      files: [
        file('dockers-one.en.md', '# Dockers at Piraeus\n\nThe dockers struck for a contract.\n'),
        file('dockers-two.en.md', '# Dockers again\n\nThe dockers won their contract.\n'),
        file('farmers.en.md', '# Farmers\n\nThe farmers blocked the roads.\n'),
      ],
    })
    await core.search.index!.idle()
    // One alert, for the one search matched, with both articles.
    expect(alerts).toEqual([[{ name: 'Dockers', query: 'dockers', count: 2 }]])
    let list = await call<SavedSearchView[]>('searches.list', {})
    expect(list.map((s) => [s.name, s.total, s.fresh])).toEqual([
      ['Dockers', 2, 2],
      ['Class struggle', 1, 0],
    ])
    expect(list[0]!.freshIds.sort()).toEqual(['en-dockers-one', 'en-dockers-two'])

    clock = new Date('2026-03-03T10:00:00Z')
    await call('searches.seen', { id: dockers.id })
    list = await call<SavedSearchView[]>('searches.list', {})
    expect(list[0]).toMatchObject({ total: 2, fresh: 0, freshIds: [] })

    // Renamed, re-queried, moved, deleted; kept across a restart.
    await call('searches.edit', { id: dockers.id, name: 'Ports', query: 'dockers OR farmers' })
    await call('searches.move', { id: struggle.id, to: 0 })
    await core.flush()
    const again = await openTestApp(dir, now)
    await again.core.search.index!.idle()
    list = await again.call<SavedSearchView[]>('searches.list', {})
    expect(list.map((s) => [s.name, s.total])).toEqual([
      ['Class struggle', 1],
      ['Ports', 3],
    ])
    await again.call('searches.delete', { id: struggle.id })
    expect((await again.call<SavedSearchView[]>('searches.list', {})).map((s) => s.name)).toEqual([
      'Ports',
    ])
    await expect(again.call('searches.seen', { id: struggle.id })).rejects.toThrow(/not_found/)
    await expect(again.call('searches.save', { name: 'x', query: '   ' })).rejects.toThrow(
      /invalid_input/,
    )
  })

  it('a damaged file of saved searches is set aside with a notice, and the app goes on', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scholion-saved-'))
    await writeFile(
      join(dir, 'saved-searches.json'),
      '{"version":1,"data":{"searches":[{"__proto__":',
    )
    const { call, core } = await openTestApp(dir, now)
    expect(core.notices).toContainEqual(
      expect.objectContaining({
        code: 'store_reset',
        message: expect.objectContaining({
          values: expect.objectContaining({ store: { key: 'store.savedSearches' } }),
        }),
      }),
    )
    expect(await call('searches.list', {})).toEqual([])
    await call('searches.save', { name: 'Again', query: 'strike' })
    expect((await call<SavedSearchView[]>('searches.list', {})).length).toBe(1)
  })
})
