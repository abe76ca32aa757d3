import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive } from './archive-build'
import { sha256 } from './archive-format'
import { readCatalogFile } from '../library/catalog/catalog'
import { expectedReport, REAL_SHAPES } from '../library/import/fixtures/real-shapes'
import { buildReportLines } from '../cli/build-report'
import { ENGLISH } from '../../src-shared/i18n/catalogs'
import { english } from '../../test-support/english'
import { png } from '../../test-support/pictures'

const ROOT = new URL('../../', import.meta.url).pathname
let work: string
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-build-'))
})
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }))

describe('buildArchive', () => {
  it('imports good files, skips bad ones with a reason, and names documents by their hash', async () => {
    const src = join(work, 'src')
    await mkdir(src)
    await writeFile(join(src, 'one.en.txt'), 'First title\n\nSome body text.')
    await writeFile(join(src, 'empty.en.txt'), '\n\n')
    await writeFile(join(src, 'badname.txt'), 'Title\n\nBody.')
    await writeFile(join(src, 'README.md'), '# about this folder')
    const out = join(work, 'out')
    const report = await buildArchive({ from: [src], out })
    expect(report.imported.map((i) => i.id)).toEqual(['en-one'])
    expect(report.skipped.map((s) => [s.file.split('/').pop(), english(s.reason)])).toEqual([
      [
        'badname.txt',
        'The language of the text could not be told; name the file <name>.<lang>.txt.',
      ],
      ['empty.en.txt', 'No article text was found in it.'],
    ])
    const decoded = await readCatalogFile(out)
    if (decoded.state !== 'ok') throw new Error('no catalog')
    const entry = decoded.catalog.summary(0)
    expect(entry).toMatchObject({ id: 'en-one', title: 'First title', lang: 'en', wordCount: 5 })
    const bytes = await readFile(join(out, 'docs', `${entry!.contentHash}.json`))
    expect(sha256(bytes)).toBe(entry!.contentHash)
  })

  it('imports saved pages and Markdown, and links translations the pages name', async () => {
    const src = join(work, 'src')
    await mkdir(src)
    const pageOf = (lang: string, slug: string, other: string, title: string) =>
      `<html lang="${lang}"><head><link rel="canonical" href="https://inter.kke.gr/${lang}/articles/${slug}/"><link rel="alternate" hreflang="${other.slice(0, 2)}" href="https://inter.kke.gr/${other}/"></head><body><h1>${title}</h1><p>${title} text.</p></body></html>`
    await writeFile(join(src, 'a.html'), pageOf('en', 'Peace', 'fr/articles/Paix', 'Peace'))
    await writeFile(join(src, 'b.htm'), pageOf('fr', 'Paix', 'en/articles/Peace', 'Paix'))
    await writeFile(join(src, 'notes.de.md'), '# Notizen\n\nEin Text.')
    await writeFile(join(src, 'broken.html'), '<html><body><nav>menu</nav></body></html>')
    const out = join(work, 'out')
    const report = await buildArchive({ from: [src], out })
    expect(report.imported.map((i) => i.id).sort()).toEqual(['de-notes', 'en-peace', 'fr-paix'])
    expect(report.skipped.map((s) => [s.file, english(s.reason)])).toEqual([
      [expect.stringMatching(/broken\.html$/), expect.stringMatching(/language/)],
    ])
    const decoded = await readCatalogFile(out)
    if (decoded.state !== 'ok') throw new Error('no catalog')
    const rows = Array.from({ length: decoded.catalog.count }, (_, i) => decoded.catalog.summary(i))
    const group = (id: string) => rows.find((r) => r.id === id)!.translationGroup
    expect(group('en-peace')).not.toBeNull()
    expect(group('en-peace')).toBe(group('fr-paix'))
    expect(group('de-notes')).toBeNull()
  })

  it('removes documents of an earlier build that no article uses any more', async () => {
    const src = join(work, 'src')
    await mkdir(src)
    await writeFile(join(src, 'one.en.txt'), 'Title\n\nFirst version.')
    const out = join(work, 'out')
    await buildArchive({ from: [src], out })
    await writeFile(join(src, 'one.en.txt'), 'Title\n\nSecond version.')
    await buildArchive({ from: [src], out })
    expect(await readdir(join(out, 'docs'))).toHaveLength(1)
  })

  it('reproduces the committed bundled archive byte for byte', async () => {
    const out = join(work, 'out')
    await buildArchive({ from: [join(ROOT, 'archive-src')], out })
    const committed = join(ROOT, 'resources', 'archive')
    expect(await readFile(join(out, 'catalog.bin'))).toEqual(
      await readFile(join(committed, 'catalog.bin')),
    )
    const docs = (await readdir(join(out, 'docs'))).sort()
    expect((await readdir(join(committed, 'docs'))).sort()).toEqual(docs)
  })

  it('builds from files in the shapes of real pages, under any name, and reports each', async () => {
    const src = join(work, 'src')
    await mkdir(src)
    for (const shape of REAL_SHAPES) await writeFile(join(src, shape.name), shape.text)
    const out = join(work, 'out')
    const report = await buildArchive({ from: [src], out })
    expect(report.skipped).toEqual([])
    for (const shape of REAL_SHAPES) {
      const item = report.imported.find((i) => i.file.endsWith(`/${shape.name}`))
      expect(item?.report, shape.name).toMatchObject(expectedReport(shape))
    }
    // The catalog holds what the report says.
    const decoded = await readCatalogFile(out)
    if (decoded.state !== 'ok') throw new Error('no catalog')
    const titles = Array.from(
      { length: decoded.catalog.count },
      (_, i) => decoded.catalog.summary(i)!.title,
    )
    expect(titles.sort()).toEqual(REAL_SHAPES.map((s) => s.expected.title).sort())
    // The terminal report: each article with what was found, warnings under those that need them.
    const lines = buildReportLines(report, out, ENGLISH).join('\n')
    expect(lines).toContain('Turkish (guessed) · 2023-12-15 · section: TARİH YENİDEN YAZILAMAZ')
    expect(lines).toContain('Italian · no date\n    ⚠ No date was found.')
    expect(lines).toMatch(/12 imported \(3 with warnings\), 0 skipped\.$/)
  })
})

describe('buildArchive: pictures', () => {
  it('keeps the pictures saved beside a page, lists them in the manifest, and nothing outside', async () => {
    const src = join(work, 'src')
    await mkdir(join(src, 'Strike_files'), { recursive: true })
    const crowd = png(40, 30)
    await writeFile(join(src, 'Strike_files', 'crowd.png'), crowd)
    await writeFile(join(work, 'outside.png'), png(5, 5))
    await symlink(join(work, 'outside.png'), join(src, 'Strike_files', 'link.png'))
    const inline = png(6, 4, [0, 0, 0], [255, 255, 255])
    const text = 'The dockers of the port stopped work for their contract. '.repeat(8)
    await writeFile(
      join(src, 'strike.en.html'),
      `<html lang="en"><head><title>Strike</title></head><body><article><h1>Strike</h1><p>${text}</p>` +
        `<figure><img src="Strike_files/crowd.png" alt="The crowd"><figcaption>At the gate</figcaption></figure>` +
        `<figure><img src="../outside.png" alt="Outside"></figure>` +
        `<figure><img src="Strike_files/link.png" alt="Linked"></figure>` +
        `<figure><img src="Strike_files/missing.png" alt="Missing"></figure>` +
        `<figure><img src="data:image/png;base64,${inline.toString('base64')}" alt="Inline"></figure>` +
        `<p>${text}</p></article></body></html>`,
    )
    const out = join(work, 'out')
    const report = await buildArchive({ from: [src], out })
    expect(report.imported).toHaveLength(1)
    const warnings = report.imported[0]!.report.warnings.map(english)
    expect(warnings.filter((w) => w.startsWith('A picture')).sort()).toEqual([
      'A picture was not kept (local:../outside.png): the picture is not in the page’s folder',
      'A picture was not kept (local:Strike_files/link.png): the picture is a link, and links are not followed',
      expect.stringMatching(/^A picture was not kept \(local:Strike_files\/missing\.png\): /),
    ])
    const names = [`${sha256(crowd)}.png`, `${sha256(inline)}.png`].sort()
    expect((await readdir(join(out, 'media'))).sort()).toEqual(names)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))
    for (const name of names) expect(manifest.files[`media/${name}`]).toBe(name.slice(0, 64))
    const decoded = await readCatalogFile(out)
    if (decoded.state !== 'ok') throw new Error('no catalog')
    const doc = JSON.parse(
      await readFile(join(out, 'docs', `${decoded.catalog.summary(0)!.contentHash}.json`), 'utf8'),
    )
    const figures = doc.content.filter((b: { type: string }) => b.type === 'figure')
    expect(figures.map((f: { attrs: { image: string } }) => f.attrs.image)).toEqual([
      `${sha256(crowd)}.png`,
      '',
      '',
      '',
      `${sha256(inline)}.png`,
    ])
    expect(figures[0].attrs).toMatchObject({ width: 40, height: 30 })

    // Built again without the page: its pictures go with it.
    await rm(join(src, 'strike.en.html'))
    await writeFile(join(src, 'other.en.txt'), 'Other\n\nSome words.')
    await buildArchive({ from: [src], out })
    expect(await readdir(join(out, 'media'))).toEqual([])
  })
})
