import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnchoredAnnotation } from '../../src-shared/annotation'
import type {
  Article,
  ArticlePage,
  SyncProgress,
  SyncReport,
  SyncSource,
} from '../../src-shared/api'
import { articleSchema } from '../../src-shared/schema'
import type { SearchResults } from '../../src-shared/search'
import { canonicalText } from '../../src-shared/text'
import {
  CHANGING_SLUG,
  startFixtureSite,
  type FixtureSite,
  REMOVED_LATER,
  PICTURES,
  PICTURES_SLUG,
} from '../../test-support/fixture-site'
import type { Core } from '../core/core-options'
import { checkPicture } from '../library/pictures/check-picture'
import { openTestApp, SEED_ARTICLE, type Call } from '../../test-support/test-core'
import { english } from '../../test-support/english'

let work: string
let site: FixtureSite
let call: Call
let core: Core
const now = () => new Date('2026-06-01T00:00:00Z')

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-sync-faults-'))
  site = await startFixtureSite({ perLanguage: 6, languages: ['en', 'el', 'ru'] })
  ;({ call, core } = await openTestApp(work, now, {
    watchGroups: false,
    fetchPolicy: {
      minIntervalMs: 0,
      backoffMs: 1,
      maxRetries: 1,
      timeoutMs: 1_500,
      maxBytes: 2 * 1024 * 1024,
    },
  }))
})
afterEach(async () => {
  await site.close()
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

const source = (id: string, url: string, pattern: string | null = null) => ({
  id,
  name: id,
  url,
  pattern,
  enabled: true,
  intervalMinutes: 60,
})

async function sources(list: Omit<SyncSource, 'builtIn'>[]) {
  const builtIn = (await call<SyncSource[]>('sync.sources', {})).map(
    ({ builtIn: _b, last: _l, ...s }) => ({
      ...s,
      enabled: false,
    }),
  )
  await call('sync.saveSources', { sources: [...builtIn, ...list] })
}

describe('sync against the fixture site', () => {
  it('survives every fault, reports each, and keeps the rest going and what is stored', async () => {
    const made = await call<AnchoredAnnotation>('annotations.create', {
      articleId: SEED_ARTICLE,
      start: 10,
      end: 30,
      color: 'blue',
    })
    await sources([
      source('faults', `${site.url}/faults/`, '/faults/articles/[^/]+/$'),
      source('bad-xml', `${site.url}/faults/bad.xml`),
      source('bomb', `${site.url}/faults/bomb.xml`),
      source('english', `${site.url}/en/feed/`),
    ])
    const running = call<SyncReport>('sync.run', {})
    // Where it is, source by source, while it runs.
    let seen: SyncProgress | null = null
    for (let i = 0; i < 100 && !seen?.sources.some((p) => p.state === 'fetching'); i++) {
      seen = await call<SyncProgress | null>('sync.progress', {})
      await new Promise((done) => setTimeout(done, 20))
    }
    expect(seen!.sources.map((p) => p.id)).toEqual(['faults', 'bad-xml', 'bomb', 'english'])
    expect(seen!.sources[0]).toMatchObject({ state: 'fetching', total: 11 })
    const report = await running
    expect(await call('sync.progress', {})).toBeNull()
    const by = (id: string) => report.sources.find((s) => s.id === id)!
    // Each source's last result, for the sources screen.
    const listed = await call<SyncSource[]>('sync.sources', {})
    expect(listed.find((s) => s.id === 'english')!.last).toMatchObject({ added: 6, error: null })
    expect(english(listed.find((s) => s.id === 'bad-xml')!.last!.error)).toMatch(/not well-formed/)

    const faults = by('faults')
    const reason = (name: string) =>
      english(faults.failed.find((f) => f.url.includes(`/${name}/`))?.reason) || 'not reported'
    expect(reason('server-error')).toMatch(/500/)
    expect(reason('slow')).toMatch(/no answer within 1.5 s/)
    expect(reason('truncated')).not.toBe('not reported')
    expect(reason('huge')).toMatch(/large|limit|MB/i)
    expect(reason('loop')).toMatch(/redirect/i)
    expect(reason('pdf')).not.toBe('not reported')
    expect(reason('no-article')).not.toBe('not reported')
    // The good page, the page with a wrong charset (read in the page's own), and one of the
    // two addresses of the same article are added; the other address is said to be a copy.
    const titles = faults.added.map((a) => a.title).sort()
    expect(titles).toEqual([
      'A good page among bad ones',
      'One article, two addresses',
      'Рабочий класс',
    ])
    expect(reason('same-two') + reason('same-one')).toMatch(/same text/)

    expect(english(by('bad-xml').error)).toMatch(/bad\.xml/)
    expect(english(by('bad-xml').error)).toMatch(/not well-formed XML/)
    // The bomb is read without expanding an entity: its one link is the good page, known now.
    expect(by('bomb')).toMatchObject({ error: null, known: 1, added: [] })
    // The feed beside them still brought its articles.
    expect(by('english').added).toHaveLength(6)

    // Nothing stored was lost.
    const mine = await call<{ annotations: AnchoredAnnotation[] }>('annotations.forArticle', {
      articleId: SEED_ARTICLE,
    })
    expect(mine.annotations.map((a) => a.id)).toEqual([made.id])
  }, 30_000)

  it('reads the old encodings, said by the server or by the page, from a sitemap', async () => {
    await sources([source('sitemap', `${site.url}/sitemap.xml`)])
    const report = await call<SyncReport>('sync.run', {})
    expect(report.sources[0]!.failed).toEqual([])
    expect(report.sources[0]!.added).toHaveLength(18)
    const list = await call<ArticlePage>('articles.list', { status: 'own', limit: 100 })
    const greek = list.items.filter((a) => a.lang === 'el').map((a) => a.title)
    const russian = list.items.filter((a) => a.lang === 'ru').map((a) => a.title)
    // Every title in its own script: no "?" or U+FFFD from a wrong decoding.
    for (const t of [...greek, ...russian]) expect(t).not.toMatch(/[?\uFFFD]|Ã|Ð/)
    expect(greek.join(' ')).toMatch(/[α-ω]/)
    expect(russian.join(' ')).toMatch(/[а-я]/)

    // Again: nothing new, and the sitemaps are asked conditionally.
    const again = await call<SyncReport>('sync.run', {})
    expect(again.sources[0]!.added).toEqual([])
    expect(site.hits.get('/en/articles/article-en-1/')).toBe(1)
  }, 30_000)

  it('takes up what one run left, after a restart too, even when the listing has not changed', async () => {
    const small = await openTestApp(join(work, 'small'), now, {
      watchGroups: false,
      maxNewPerSource: 5,
      fetchPolicy: { minIntervalMs: 0, backoffMs: 1 },
    })
    call = small.call
    await sources([source('english', `${site.url}/en/articles/`, '/en/articles/[^/]+/$')])
    const first = await call<SyncReport>('sync.run', {})
    expect(first.sources[0]!.added).toHaveLength(5)
    await small.core.flush()
    // A restart; the listing now answers 304.
    const again = await openTestApp(join(work, 'small'), now, {
      watchGroups: false,
      maxNewPerSource: 5,
      fetchPolicy: { minIntervalMs: 0, backoffMs: 1 },
    })
    const second = await again.call<SyncReport>('sync.run', {})
    expect(second.sources[0]).toMatchObject({ unchanged: true })
    expect(second.sources[0]!.added).toHaveLength(1)
    const third = await again.call<SyncReport>('sync.run', {})
    expect(third.sources[0]!.added).toEqual([])
    const own = await again.call<ArticlePage>('articles.list', { status: 'own', limit: 100 })
    expect(own.total).toBe(6)
  }, 30_000)

  it('takes a changed article as a new version, keeps the old one, and places its notes again', async () => {
    await sources([source('english', `${site.url}/en/`, '/en/articles/[^/]+/$')])
    const first = await call<SyncReport>('sync.run', {})
    const changing = first.sources[0]!.added.find((a) => a.id.includes(CHANGING_SLUG))!
    expect(changing).toBeDefined()
    const before = await call<Article>('articles.get', { id: changing.id })
    const text = canonicalText(articleSchema.nodeFromJSON(before.doc)).text
    // Words after the revised paragraph (which moves them when it grows) and the one removed in
    // the next revision, no edge whitespace.
    const after1 = text.indexOf(REMOVED_LATER) + REMOVED_LATER.length + 2
    const phrase = text.slice(after1, after1 + 38).trim()
    const start = text.indexOf(phrase)
    const note = await call<AnchoredAnnotation>('annotations.create', {
      articleId: changing.id,
      start,
      end: start + phrase.length,
      color: 'green',
      note: 'before the correction',
    })

    // Asked again with nothing changed: the pages answer 304, nothing is updated.
    const same = await call<SyncReport>('sync.run', { full: false })
    expect(same.sources[0]!.updated).toEqual([])

    site.revise()
    const full = await call<SyncReport>('sync.run', { full: true })
    expect(full.sources[0]!.updated.map((u) => u.id)).toEqual([changing.id])
    expect(full.sources[0]!.added).toEqual([])

    const after = await call<Article>('articles.get', { id: changing.id })
    expect(canonicalText(articleSchema.nodeFromJSON(after.doc)).text).toContain('Revision 2')
    expect(after.versions).toEqual([
      expect.objectContaining({ contentHash: before.meta.contentHash, title: before.meta.title }),
    ])
    const old = await call<Article>('articles.get', {
      id: changing.id,
      version: before.meta.contentHash,
    })
    expect(canonicalText(articleSchema.nodeFromJSON(old.doc)).text).toBe(text)
    await expect(
      call('articles.get', { id: changing.id, version: 'f'.repeat(64) }),
    ).rejects.toThrow(/not kept/)

    // Search finds the new words, not the earlier ones.
    const found = async (q: string) =>
      (await call<SearchResults>('search.query', { query: q })).articles.hits.map((a) => a.id)
    expect(await found('"Revision 2"')).toEqual([changing.id])
    expect(await found('"Revision 1"')).toEqual([])

    // The note is placed again in the new text, not lost.
    const placed = await call<{ annotations: AnchoredAnnotation[] }>('annotations.forArticle', {
      articleId: changing.id,
    })
    const again = placed.annotations.find((a) => a.id === note.id)!
    expect(again.anchor).not.toBeNull()
    const newText = canonicalText(articleSchema.nodeFromJSON(after.doc)).text
    expect(newText.slice(again.anchor!.start, again.anchor!.end)).toBe(phrase)
  }, 30_000)
})

describe('sync: the pictures of an article', () => {
  it('keeps the pictures that are pictures, judged by their bytes, and fetches each once', async () => {
    await sources([source('english', `${site.url}/en/feed/`)])
    const report = await call<SyncReport>('sync.run', {})
    expect(report.sources[0]!.added.length).toBeGreaterThan(0)
    const article = await call<Article>('articles.get', { id: `en-${PICTURES_SLUG}` })
    const figures = (article.doc.content as { type: string; attrs: Record<string, unknown> }[])
      .filter((b) => b.type === 'figure')
      .map((f) => ({ alt: f.attrs.alt, image: f.attrs.image, width: f.attrs.width }))
    const kept = (alt: string) => figures.find((f) => f.alt === alt)!
    // The good one, and the one served as text whose bytes are a PNG.
    expect(kept(PICTURES.good.alt)).toMatchObject({
      image: expect.stringMatching(/^[0-9a-f]{64}\.png$/),
      width: 960,
    })
    expect(kept(PICTURES.asText.alt)).toMatchObject({
      image: expect.stringMatching(/\.png$/),
      width: 640,
    })
    for (const p of [PICTURES.missing, PICTURES.huge, PICTURES.page, PICTURES.svg])
      expect(kept(p.alt).image, p.alt).toBe('')
    // The too-large one was refused by its declared size: its body was not read.
    expect(site.hits.get(PICTURES.good.path)).toBe(1)
    // Each stored picture is served intact; nothing else is.
    const picture = await core.picture(kept(PICTURES.good.alt).image as string)
    expect(picture && checkPicture(picture)).toMatchObject({ ok: true, width: 960, height: 540 })
  })
})
