import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  FORBIDDEN_SLUG,
  PICTURES_SLUG,
  startFixtureSite,
  type FixtureSite,
} from '../../../test-support/fixture-site'
import { DEFAULT_POLICY, PoliteFetcher } from '../../sync/polite-fetch'
import { buildArchive } from '../archive-build'
import { openLibrary } from '../../library/open-library'
import { JOURNAL_FILE } from './crawl-journal'
import { crawlSite, nextPages, type CrawlOptions } from './site-crawl'

let site: FixtureSite
let root: string
const HISTORY = 25
const PER_LANGUAGE = 12

beforeAll(async () => {
  site = await startFixtureSite({
    perLanguage: PER_LANGUAGE,
    languages: ['en', 'el'],
    history: HISTORY,
  })
  root = await mkdtemp(join(tmpdir(), 'scholion-crawl-'))
})
afterAll(async () => {
  await site.close()
  await rm(root, { recursive: true, force: true })
})

function crawl(out: string, options: Partial<CrawlOptions> = {}) {
  return crawlSite({
    site: site.url,
    langs: ['en', 'el'],
    out,
    fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, minIntervalMs: 0, backoffMs: 1 }),
    userAgent: DEFAULT_POLICY.userAgent,
    ...options,
  })
}

const articleHits = () =>
  [...site.hits]
    .filter(([path]) => /\/articles\/[^/]+\/$/.test(path))
    .reduce((n, [, c]) => n + c, 0)

describe('archive:crawl', () => {
  it('finds the next pages of a listing by rel="next" or the next ?page=', () => {
    const base = 'http://site.test/en/articles/?page=2'
    expect(
      nextPages(
        '<a rel="next" href="/en/articles/?page=3">Older</a><a href="http://elsewhere.test/?page=3">x</a>',
        base,
      ),
    ).toEqual(['http://site.test/en/articles/?page=3'])
    expect(nextPages('<a href="?page=3">3</a><a href="?page=9">9</a>', base)).toEqual([
      'http://site.test/en/articles/?page=3',
    ])
  })

  it('saves every article back through the pagination, obeying robots.txt, and builds an archive from them', async () => {
    const out = join(root, 'full')
    const report = await crawl(out)
    const expected = 2 * (PER_LANGUAGE + HISTORY) - 1
    expect(report.saved).toBe(expected)
    expect(report.forbidden).toBe(1)
    expect(report.failed).toEqual([])
    expect(site.hits.get(`/en/articles/${FORBIDDEN_SLUG}/`) ?? 0).toBe(0)
    // The third page of history was reached only through the second.
    expect(site.urls.get('/en/articles/?page=4')).toBe(1)
    expect(await readdir(join(out, 'en'))).toContain(`${PICTURES_SLUG}_files`)

    const archive = join(root, 'archive')
    const built = await buildArchive({ from: [out], out: archive, name: 'fixture' })
    expect(built.skipped).toEqual([])
    const { library } = await openLibrary(archive)
    expect(library!.count).toBe(expected)
    // A page in an old Greek encoding reads as Greek, with the address it came from.
    const greek = library!.summary('el-article-el-1')!
    expect(greek.title).toMatch(/\p{Script=Greek}/u)
    expect(greek.title).not.toContain('\uFFFD')
    expect(greek.sourceUrl).toBe(`${site.url}/el/articles/article-el-1/`)
    // Pictures saved beside the page are kept offline.
    const doc = await library!.docJson(`en-${PICTURES_SLUG}`)
    const images = JSON.stringify(doc.ok && doc.value).match(/"image":"[0-9a-f]{64}\.png"/g)
    expect(images?.length).toBe(2)
  })

  it('goes on where a stopped crawl left off, fetching nothing saved again', async () => {
    const out = join(root, 'resumed')
    const first = await crawl(out, { max: 10 })
    expect(first.saved).toBe(10)
    expect(first.leftOut).toBeGreaterThan(0)
    // A crash cut the journal's last line short.
    await writeFile(
      join(out, JOURNAL_FILE),
      (await readFile(join(out, JOURNAL_FILE), 'utf8')).slice(0, -20),
    )
    const before = articleHits()
    const second = await crawl(out)
    expect(second.already).toBe(9)
    expect(second.saved).toBe(2 * (PER_LANGUAGE + HISTORY) - 1 - 9)
    expect(articleHits() - before).toBe(second.saved)
    const third = await crawl(out)
    expect(third.saved).toBe(0)
    expect(third.already).toBe(2 * (PER_LANGUAGE + HISTORY) - 1)
  })

  it('leaves out articles before --since, and stops going back once a listing page is all older', async () => {
    const out = join(root, 'since')
    const before = site.urls.get('/el/articles/?page=3') ?? 0
    const report = await crawl(out, { since: '2019-06-01', langs: ['el'] })
    expect(report.saved).toBe(PER_LANGUAGE)
    expect(site.urls.get('/el/articles/?page=3') ?? 0).toBe(before)
    const names = await readdir(join(out, 'el'))
    expect(names.some((n) => n.startsWith('history-'))).toBe(false)
  })
})
