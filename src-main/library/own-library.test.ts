import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AddFilesReport, Article, ArticlePage } from '../../src-shared/api'
import type { SearchResults } from '../../src-shared/search'
import { openTestCore, SEED_ARTICLE, type Call } from '../../test-support/test-core'
import { english } from '../../test-support/english'

let work: string
let call: Call
const now = () => new Date('2026-01-02T03:04:05Z')
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-own-'))
  call = await openTestCore(work, now)
})
afterEach(() => rm(work, { recursive: true, force: true, maxRetries: 5 }))

const file = (name: string, text: string) => ({
  name,
  data: Buffer.from(text, 'utf8').toString('base64'),
})
const add = (...files: { name: string; data: string }[]) =>
  call<AddFilesReport>('library.addFiles', { files })
const list = (input: object = {}) => call<ArticlePage>('articles.list', input)

const PAGE_URL = 'https://inter.kke.gr/en/articles/Some-Article/'
const page = (lang: string, title: string, body: string, head = '') =>
  `<html lang="${lang}"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`

describe('adding the user’s own files', () => {
  it('imports pages, Markdown and text into the user’s library, listed with the archive', async () => {
    const before = (await list()).total
    const report = await add(
      file(
        'Rapport.html',
        page('fr', 'Un rapport', 'La classe ouvrière lutte contre la guerre impérialiste.'),
      ),
      file(
        'notes.md',
        '---\nlang: en\ndate: 2020-05-06\n---\n# My reading notes\n\nThe working class and the state, read closely.',
      ),
      file(
        'Brief.txt',
        'Ein Brief\n\nDie Arbeiterklasse und das Volk können die Macht der Monopole stürzen, und das ist nicht alles.',
      ),
      file('picture.png', '\u0089PNG'),
      file('empty.md', '   '),
    )
    expect(report.added.map((a) => a.id).sort()).toEqual(['de-brief', 'en-notes', 'fr-rapport'])
    expect(report.skipped.map((s) => [s.file, english(s.reason)])).toEqual([
      ['picture.png', expect.stringMatching(/\.png is not a kind/)],
      ['empty.md', expect.stringMatching(/language|no text/)],
    ])
    const after = await list()
    expect(after.total).toBe(before + 3)
    const notes = after.items.find((a) => a.id === 'en-notes')!
    expect(notes).toMatchObject({ title: 'My reading notes', date: '2020-05-06', own: true })
    expect(after.items.find((a) => a.id === SEED_ARTICLE)!.own).toBeUndefined()
    expect((await list({ lang: 'fr' })).items.map((a) => a.id)).toContain('fr-rapport')
    expect(after.status.own).toBe(3)
    const own = await list({ status: 'own' })
    expect(own.items.map((a) => a.id).sort()).toEqual(['de-brief', 'en-notes', 'fr-rapport'])
    const article = await call<Article>('articles.get', { id: 'de-brief' })
    expect(article.meta.title).toBe('Ein Brief')
  })

  it('keeps them across a restart, and finds them in search', async () => {
    await add(file('zeitung.de.md', '# Zeitung\n\nEin ganz besonderes Wort: Quellwasserleitung.'))
    const hits = await call<SearchResults>('search.query', { query: 'Quellwasserleitung' })
    expect(hits.articles.hits.map((h) => h.id)).toEqual(['de-zeitung'])
    call = await openTestCore(work, now)
    expect((await list({ lang: 'de' })).items.map((a) => a.id)).toContain('de-zeitung')
    // The index opens in the background; search answers with what is open so far.
    while ((await call<{ state: string }>('search.status', {})).state !== 'ready')
      await new Promise((r) => setTimeout(r, 10))
    const again = await call<SearchResults>('search.query', { query: 'Quellwasserleitung' })
    expect(again.articles.hits.map((h) => h.id)).toEqual(['de-zeitung'])
    // Index files of added articles lost (or a crash before they were written): the next
    // start indexes what no segment holds.
    await rm(join(work, 'search'), { recursive: true })
    call = await openTestCore(work, now)
    const deadline = Date.now() + 5000
    let found: string[] = []
    while (found.length === 0 && Date.now() < deadline) {
      const r = await call<SearchResults>('search.query', { query: 'Quellwasserleitung' })
      found = r.articles.hits.map((h) => h.id)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(found).toEqual(['de-zeitung'])
  })

  it('skips what is there already, and gives a taken id a number', async () => {
    const saved = page(
      'en',
      'Saved',
      'A page saved from the site.',
      `<link rel="canonical" href="${PAGE_URL}">`,
    )
    const first = await add(file('one.en.txt', 'One\n\nThe first text.'), file('saved.html', saved))
    expect(first.skipped).toEqual([])
    const second = await add(
      file('one.en.txt', 'One\n\nThe first text.'),
      file('one.en.md', '# One\n\nAnother text of the same name.'),
      file('again.html', saved.replace('A page saved', 'The same page saved again')),
    )
    expect(second.skipped.map((s) => [s.file, english(s.reason)])).toEqual([
      ['one.en.txt', 'The same text is in your files already.'],
      ['again.html', 'It is in the library already, as “Saved”.'],
    ])
    expect(second.added.map((a) => a.id)).toEqual(['en-one-2'])
  })

  it('links a page to the article it names as its translation, both ways', async () => {
    const en = await add(
      file(
        'en.html',
        page(
          'en',
          'Class struggle',
          'The class struggle.',
          `<link rel="canonical" href="${PAGE_URL}">`,
        ),
      ),
    )
    const fr = await add(
      file(
        'fr.html',
        page(
          'fr',
          'La lutte des classes',
          'La lutte des classes ne peut être dénigrée.',
          `<link rel="alternate" hreflang="en" href="${PAGE_URL}">`,
        ),
      ),
    )
    const [enId, frId] = [en.added[0]!.id, fr.added[0]!.id]
    expect(enId).toBe('en-some-article')
    const article = await call<Article>('articles.get', { id: frId })
    expect(article.translations.map((t) => t.id)).toEqual([enId])
    const other = await call<Article>('articles.get', { id: enId })
    expect(other.translations.map((t) => t.id)).toEqual([frId])
  })

  it('refuses to add to a damaged library of own files, and leaves it as it was', async () => {
    await add(file('one.en.txt', 'One\n\nThe first text.'))
    const catalog = join(work, 'library', 'catalog.bin')
    await writeFile(catalog, '{"format": "scholion-archive", "formatV')
    call = await openTestCore(work, now)
    const info = await call<{ notices: { code: string }[] }>('app.info', {})
    expect(info.notices.map((n) => n.code)).toContain('own_archive_damaged')
    await expect(add(file('two.en.txt', 'Two\n\nText.'))).rejects.toThrow(
      /damaged.*nothing was added/,
    )
    expect(await readFile(catalog, 'utf8')).toBe('{"format": "scholion-archive", "formatV')
    expect((await list()).total).toBeGreaterThan(0) // the archive is still there
  })

  it('rejects input that is not base64 or is too many files', async () => {
    await expect(
      call('library.addFiles', { files: [{ name: 'a.txt', data: '***' }] }),
    ).rejects.toThrow(/invalid_input/)
    await expect(call('library.addFiles', { files: [] })).rejects.toThrow(/invalid_input/)
  })
})

describe('new versions of articles that changed on the site', () => {
  it('stand in for an archive article, keep its first text, and leave unchanged words alone', async () => {
    const { openLibrary } = await import('./open-library')
    const { updateArticles, OWN_LIBRARY_DIR } = await import('./own-library')
    const { BUNDLED_ARCHIVE } = await import('../../test-support/test-core')
    const ownDir = join(work, OWN_LIBRARY_DIR)
    const opened = await openLibrary(BUNDLED_ARCHIVE, ownDir)
    const library = opened.library!
    const seed = await call<Article>('articles.get', { id: SEED_ARTICLE })
    const { canonicalText } = await import('../../src-shared/text')
    const { articleSchema } = await import('../../src-shared/schema')
    const words = canonicalText(articleSchema.nodeFromJSON(seed.doc)).text
    const paragraphs = words.split('\n').filter((p) => p.trim())
    const html = (extra: string) =>
      `<html lang="en"><head><title>${seed.meta.title}</title></head><body><article><h1>${seed.meta.title}</h1>` +
      paragraphs
        .slice(1)
        .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join('') +
      extra +
      '</article></body></html>'
    const bytes = (text: string) => new TextEncoder().encode(text)

    const corrected = await updateArticles(
      ownDir,
      library,
      [
        {
          id: SEED_ARTICLE,
          file: { name: 'seed.html', bytes: bytes(html('<p>A correction.</p>')) },
        },
      ],
      now,
    )
    expect(corrected.updated.map((u) => u.id)).toEqual([SEED_ARTICLE])

    const fresh = await openTestCore(work, now)
    const after = await fresh<Article>('articles.get', { id: SEED_ARTICLE })
    expect(canonicalText(articleSchema.nodeFromJSON(after.doc)).text).toContain('A correction.')
    // Still the archive's article, not one of the user's files.
    expect(after.meta.own).toBeUndefined()
    expect(after.versions).toEqual([
      { contentHash: seed.meta.contentHash, title: seed.meta.title, until: now().toISOString() },
    ])
    // The archive's text, read from the archive, as the earlier version.
    const first = await fresh<Article>('articles.get', {
      id: SEED_ARTICLE,
      version: seed.meta.contentHash,
    })
    expect(first.doc).toEqual(seed.doc)
    // One article still, not two.
    const listed = await fresh<ArticlePage>('articles.list', { limit: 100 })
    expect(listed.items.filter((a) => a.id === SEED_ARTICLE)).toHaveLength(1)

    // The same words again in another page: no new version.
    const reopened = (await openLibrary(BUNDLED_ARCHIVE, ownDir)).library!
    const same = await updateArticles(
      ownDir,
      reopened,
      [
        {
          id: SEED_ARTICLE,
          file: { name: 'seed.html', bytes: bytes(html('<p>A   correction.</p>')) },
        },
      ],
      now,
    )
    expect(same).toMatchObject({ updated: [], unchanged: [SEED_ARTICLE] })
  })
})
