import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ENGLISH } from '../../src-shared/i18n/catalogs'
import { releaseArchive, textEntry } from '../../test-support/release-archives'
import { openTestApp } from '../../test-support/test-core'
import { marked, searchCommand } from './search'

const ROOT = new URL('../../', import.meta.url).pathname
let work: string
let archive: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-cli-search-'))
  archive = join(work, 'archive')
  await releaseArchive(
    archive,
    [
      textEntry('en-dockers', 'The dockers of Piraeus struck for a collective contract.'),
      textEntry('en-farmers', 'The farmers blocked the roads with their tractors.'),
    ],
    '2025-01-01T00:00:00.000Z',
  )
})
afterAll(() => rm(work, { recursive: true, force: true }))

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const code = await searchCommand(
      ROOT,
      [...args, '--archive', archive, '--data-dir', join(work, 'data')],
      ENGLISH,
    )
    return { code, out: lines.join('\n') }
  } finally {
    vi.restoreAllMocks()
  }
}

describe('scholion search', () => {
  it('marks matches in bold on a terminal and between ** in a pipe', () => {
    expect(marked('the dockers struck', [[4, 11]], false)).toBe('the **dockers** struck')
    expect(marked('the dockers struck', [[4, 11]], true)).toBe('the \x1b[1mdockers\x1b[22m struck')
  })

  it('finds articles with the app’s query language, with snippets, and says so in its exit code', async () => {
    const found = await run(['docker'])
    expect(found.code).toBe(0)
    expect(found.out).toContain('Articles found: 1')
    expect(found.out).toContain('(en-dockers · en · 1 May 2024)')
    expect(found.out).toMatch(/The \*\*dockers\*\* of Piraeus/)
    const none = await run(['windmill'])
    expect(none.code).toBe(1)
    expect(none.out).toContain('Articles found: 0')
    const phrase = await run(['"roads with"', 'lang:en'])
    expect(phrase.out).toContain('en-farmers')
  })

  it('prints the contract’s answer as JSON, and finds notes with --notes', async () => {
    const data = join(work, 'data')
    const { call, core } = await openTestApp(data, () => new Date('2026-01-01T00:00:00Z'), {
      archiveDir: archive,
    })
    await call('annotations.create', {
      articleId: 'en-farmers',
      start: 4,
      end: 11,
      color: 'green',
      note: 'Compare with the dockers',
    })
    await core.flush()
    core.search.close()
    const json = await run(['dockers', '--json', '--notes'])
    const parsed = JSON.parse(json.out) as {
      articles: { hits: { id: string }[] }
      notes: { hits: { annotation: { articleId: string } }[] }
    }
    expect(parsed.articles.hits.map((h) => h.id)).toEqual(['en-dockers'])
    expect(parsed.notes.hits.map((h) => h.annotation.articleId)).toEqual(['en-farmers'])
    await expect(run(['--limit', '0', 'x'])).rejects.toThrow()
  })
})
