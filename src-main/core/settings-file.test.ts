import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_READER, MAX_SETTINGS_FILE_CHARS, type Settings } from '../../src-shared/api'
import { english } from '../../test-support/english'
import { createDispatcher } from '../hosts/dispatch'
import { createCore } from './create-core'
import { readSettingsFile } from './settings-file'

const ARCHIVE = new URL('../../resources/archive', import.meta.url).pathname
const dirs: string[] = []
beforeEach(() => {
  dirs.length = 0
})
afterEach(() =>
  Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 }))),
)

async function installation() {
  const dataDir = await mkdtemp(join(tmpdir(), 'scholion-settings-file-'))
  dirs.push(dataDir)
  const core = await createCore({
    dataDir,
    archiveDir: ARCHIVE,
    host: 'http',
    version: '9.9.9',
    now: () => new Date('2026-03-04T05:06:07.000Z'),
  })
  return createDispatcher(core.handlers)
}

const file = (body: object) => JSON.stringify({ format: 'scholion-settings', version: 1, ...body })

describe('the settings file', () => {
  it('carries settings and saved searches to another installation', async () => {
    const here = await installation()
    await here('settings.update', {
      reader: { theme: 'sepia', fontSize: 21 },
      identity: { name: 'Eleni' },
      interfaceLanguage: 'el',
      exportFlavour: 'obsidian',
      archiveUpdateUrl: 'https://example.org/updates/',
    })
    await here('searches.save', { name: 'Strikes', query: 'strike lang:en' })
    await here('searches.save', { name: 'Ports', query: '"dock workers"' })
    const exported = await here('settings.exportFile', {})
    if (!exported.ok) throw new Error(exported.error.message)
    const { name, content } = exported.value as { name: string; content: string }
    expect(name).toBe('scholion-settings-2026-03-04.json')
    // Nothing of this installation's own: not its identity's id, nor the last article.
    const mine = (await here('settings.get', {})) as { ok: true; value: Settings }
    expect(content).not.toContain(mine.value.identity.id)
    expect(content).not.toContain('lastArticleId')

    const there = await installation()
    await there('searches.save', { name: 'Ports', query: '"dock workers"' })
    const preview = await there('settings.importFile', { content, apply: false })
    expect(preview).toMatchObject({
      ok: true,
      value: {
        applied: false,
        changed: ['reader', 'interfaceLanguage', 'exportFlavour', 'archiveUpdateUrl', 'name'],
        searchesAdded: ['Strikes'],
        searchesPresent: 1,
        skipped: [],
        settings: null,
      },
    })
    // A preview changes nothing.
    expect(await there('searches.list', {})).toMatchObject({ ok: true, value: [{ name: 'Ports' }] })
    const applied = await there('settings.importFile', { content, apply: true })
    expect(applied).toMatchObject({
      ok: true,
      value: { applied: true, searchesAdded: ['Strikes'] },
    })
    const after = (await there('settings.get', {})) as { ok: true; value: Settings }
    expect(after.value.reader).toEqual({ ...DEFAULT_READER, theme: 'sepia', fontSize: 21 })
    expect(after.value.identity.name).toBe('Eleni')
    expect(after.value.identity.id).not.toBe(mine.value.identity.id)
    expect(after.value.interfaceLanguage).toBe('el')
    expect(after.value.archiveUpdateUrl).toBe('https://example.org/updates/')
    const listed = await there('searches.list', {})
    expect(listed.ok && (listed.value as { name: string }[]).map((s) => s.name)).toEqual([
      'Ports',
      'Strikes',
    ])
    // Importing it again adds nothing.
    const again = await there('settings.importFile', { content, apply: true })
    expect(again).toMatchObject({ ok: true, value: { searchesAdded: [], searchesPresent: 2 } })
  })

  it('refuses what is not a settings file, with the reason, and changes nothing', async () => {
    const call = await installation()
    const refused = async (content: string) => {
      const r = await call('settings.importFile', { content, apply: true })
      if (r.ok) return 'accepted'
      const m: unknown = r.error.message
      return typeof m === 'string' ? m : english(m as Parameters<typeof english>[0])
    }
    expect(await refused('{"format": "scholion-settings", ')).toMatch(/not JSON/)
    expect(await refused('[1, 2, 3]')).toMatch(/not a Scholion settings file/)
    expect(await refused(JSON.stringify({ format: 'something-else', version: 1 }))).toMatch(
      /not a Scholion settings file/,
    )
    expect(await refused(file({ version: 7 }))).toMatch(/version 7.*up to version 1/)
    // Nested ten thousand deep: refused, not a crash.
    expect(await refused(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatch(/settings file/)
    const big = await call('settings.importFile', {
      content: 'x'.repeat(MAX_SETTINGS_FILE_CHARS + 1),
      apply: true,
    })
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const settings = (await call('settings.get', {})) as { ok: true; value: Settings }
    expect(settings.value.reader).toEqual(DEFAULT_READER)
  })

  it('takes the good values of a damaged or hostile file and names the ones left out', () => {
    const read = readSettingsFile(
      '{"format":"scholion-settings","version":1,"__proto__":{"polluted":true},' +
        '"settings":{"__proto__":{"theme":"dark"},"reader":{"theme":"neon","fontSize":20,' +
        '"width":9000},"lastColor":"green","archiveUpdateUrl":"javascript:alert(1)",' +
        '"constructor":{"prototype":{"x":1}}},' +
        '"searches":[{"name":"Good","query":"strike"},{"name":"","query":"x"},' +
        '{"name":"Empty","query":"   "},"text",{"name":"Long","query":"' +
        'a'.repeat(3000) +
        '"}]}',
    )
    expect(read).toMatchObject({
      ok: true,
      value: {
        settings: { reader: { fontSize: 20 }, lastColor: 'green' },
        searches: [{ name: 'Good', query: 'strike' }],
        skipped: [
          'archiveUpdateUrl',
          'reader.theme',
          'reader.width',
          'searches[1]',
          'searches[2]',
          'searches[3]',
          'searches[4]',
        ],
      },
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(read.ok && Object.keys(read.value.settings)).toEqual(['lastColor', 'reader'])
  })

  it('adds saved searches only up to the most kept', async () => {
    const call = await installation()
    const searches = Array.from({ length: 230 }, (_, i) => ({ name: `S${i}`, query: `word${i}` }))
    const r = await call('settings.importFile', { content: file({ searches }), apply: true })
    expect(r).toMatchObject({ ok: true, value: { searchesOverLimit: 30 } })
    expect(r.ok && (r.value as { searchesAdded: string[] }).searchesAdded).toHaveLength(200)
  })
})
