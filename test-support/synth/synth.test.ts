import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive } from '../../src-main/archive/archive-build'
import { openLibrary } from '../../src-main/library/open-library'
import { synthesise } from './synth'

let work: string
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-synth-'))
})
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }))

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  )
  const out: Record<string, string> = {}
  for (const f of files)
    out[join(f.parentPath, f.name).slice(dir.length)] = await readFile(
      join(f.parentPath, f.name),
      'utf8',
    )
  return out
}

describe('synthesise', () => {
  it('writes the same files for the same seed, and different ones for another', async () => {
    await synthesise({ count: 60, seed: 5, out: join(work, 'a'), huge: 0 })
    await synthesise({ count: 60, seed: 5, out: join(work, 'b'), huge: 0 })
    await synthesise({ count: 60, seed: 6, out: join(work, 'c'), huge: 0 })
    const a = await snapshot(join(work, 'a'))
    expect(Object.keys(a)).toHaveLength(60)
    expect(await snapshot(join(work, 'b'))).toEqual(a)
    expect(await snapshot(join(work, 'c'))).not.toEqual(a)
  })

  it('builds the same archive with two import threads as with one', async () => {
    await synthesise({ count: 420, seed: 3, out: join(work, 'src'), huge: 0 })
    const one = await buildArchive({ from: [join(work, 'src')], out: join(work, 'one') })
    const two = await buildArchive({
      from: [join(work, 'src')],
      out: join(work, 'two'),
      workers: 2,
    })
    expect(two.imported).toEqual(one.imported)
    expect(await readFile(join(work, 'two', 'catalog.bin'))).toEqual(
      await readFile(join(work, 'one', 'catalog.bin')),
    )
    expect((await readdir(join(work, 'two', 'docs'))).sort()).toEqual(
      (await readdir(join(work, 'one', 'docs'))).sort(),
    )
  })

  it('imports whole: every article has a title, the site box left out, several languages, and translations linked', async () => {
    await synthesise({ count: 300, seed: 9, out: join(work, 'src'), huge: 0 })
    const report = await buildArchive({ from: [join(work, 'src')], out: join(work, 'archive') })
    expect(report.skipped).toEqual([])
    // Text and saved pages carry the site's box, and it is left out; Markdown has none.
    const sourced = report.imported.filter((i) => !i.file.endsWith('.md'))
    expect(sourced.every((i) => i.dropped.includes('site box "Links to the old web pages"'))).toBe(
      true,
    )
    const kinds = new Set(report.imported.map((i) => i.file.split('.').pop()))
    expect([...kinds].sort()).toEqual(['html', 'md', 'txt'])
    const { library } = await openLibrary(join(work, 'archive'))
    const page = library!.list({ offset: 0, limit: 500, sort: 'date-desc' })
    expect(page.total).toBe(300)
    expect(page.languages.length).toBeGreaterThanOrEqual(7)
    // Markdown and pages name their section.
    expect(page.items.filter((a) => a.section !== null).length).toBeGreaterThan(10)
    const translated = page.items.find((a) => a.translationGroup !== null)!
    const article = await library!.get(translated.id)
    expect(article.ok && article.value.translations.length).toBeGreaterThan(0)
    expect(article.ok && article.value.translations.every((t) => t.lang !== translated.lang)).toBe(
      true,
    )
  })
})
