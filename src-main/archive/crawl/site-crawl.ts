// `scholion archive:crawl`: a site's articles, in the languages asked for, saved as pages into a
// source folder that archive:build reads. Where articles are found: the site's front page and
// article listing in each language, followed back through their pagination (rel="next", or the
// same listing with a higher ?page=), the sitemaps (robots.txt's and /sitemap.xml, indexes
// followed) and any feed given. Polite as sync is (the same fetcher: two requests per host,
// pauses, Retry-After, conditional requests) and obedient to robots.txt (its rules and its
// Crawl-delay). Resumable: a journal in the folder says what was saved, and a crawl run again
// goes on from there. `since` leaves out articles dated before it (and stops going back through
// a listing whose whole page is older); `max` caps how many are saved in one run.
import { parseHTML } from 'linkedom'
import { discoverLinks, type FoundLink } from '../../sync/discover'
import { pictureFetcher } from '../../sync/fetched-files'
import type { PoliteFetcher } from '../../sync/polite-fetch'
import { openJournal } from './crawl-journal'
import { readRobots } from './robots'
import { savePage } from './saved-page'
import { ENGLISH } from '../../../src-shared/i18n/catalogs'
import type { Message } from '../../../src-shared/i18n/translate'

export interface CrawlOptions {
  /** The site's address, e.g. https://inter.kke.gr */
  site: string
  langs: readonly string[]
  /** The source folder pages are saved into. */
  out: string
  fetcher: Pick<PoliteFetcher, 'get'>
  userAgent: string
  /** Leave out articles dated before this day (YYYY-MM-DD). */
  since?: string | null
  /** Save at most this many articles in this run. */
  max?: number
  /** More places to look (feeds, sitemaps, listing pages), `{lang}` standing for the language. */
  extraSeeds?: readonly string[]
  /** Index pages (listings, feeds, sitemaps) read at most, all languages together. */
  maxIndexPages?: number
  onProgress?: (event: CrawlProgress) => void
}

export interface CrawlProgress {
  phase: 'discovering' | 'saving'
  done: number
  total: number
  url: string
}

export interface CrawlReport {
  /** Index pages read (listings, feeds, sitemaps). */
  indexPages: number
  found: number
  saved: number
  /** Saved by an earlier run (the journal). */
  already: number
  /** Left out: before `since`, or beyond `max`. */
  leftOut: number
  /** Forbidden by robots.txt. */
  forbidden: number
  failed: { url: string; reason: Message }[]
  pictures: number
}

interface Found {
  url: string
  lang: string
  date: string | null
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The listing pages a page links as its next (older) ones. */
export function nextPages(body: string, base: string): string[] {
  const { document } = parseHTML(body)
  const here = new URL(base)
  const pageOf = (u: URL) => Number(u.searchParams.get('page') ?? 1)
  const out = new Set<string>()
  for (const a of document.querySelectorAll('a[href], link[href]')) {
    let url: URL
    try {
      url = new URL(a.getAttribute('href') ?? '', base)
    } catch {
      continue
    }
    if (url.origin !== here.origin) continue
    url.hash = ''
    const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const samePath = url.pathname === here.pathname
    if (rel.includes('next') || (samePath && pageOf(url) === pageOf(here) + 1)) out.add(url.href)
  }
  return [...out]
}

/** The date an article is listed with: a <time datetime> in its list item. */
function listedDates(body: string, base: string): Map<string, string> {
  const { document } = parseHTML(body)
  const dates = new Map<string, string>()
  for (const a of document.querySelectorAll('a[href]')) {
    const item = a.closest('li, article, tr')
    const time = item?.querySelector('time[datetime]')?.getAttribute('datetime')
    if (!time || !/^\d{4}-\d{2}-\d{2}/.test(time)) continue
    try {
      dates.set(new URL(a.getAttribute('href') ?? '', base).href.split('#')[0]!, time.slice(0, 10))
    } catch {
      // Not an address.
    }
  }
  return dates
}

export async function crawlSite(o: CrawlOptions): Promise<CrawlReport> {
  const site = new URL(o.site).origin
  const report: CrawlReport = {
    indexPages: 0,
    found: 0,
    saved: 0,
    already: 0,
    leftOut: 0,
    forbidden: 0,
    failed: [],
    pictures: 0,
  }
  const robots = await readRobots(site, o.fetcher, o.userAgent)
  if (robots.unreachable)
    throw new Error(`${site}/robots.txt could not be read: nothing is fetched`)
  const wait = async () => {
    if (robots.delayMs) await new Promise((r) => setTimeout(r, robots.delayMs!))
  }
  const journal = await openJournal(o.out)
  const since = o.since ?? null
  const patterns = new Map(
    o.langs.map((lang) => [
      lang,
      new RegExp(`^${escapeRegExp(site)}/${lang}/(articles|m-article)/[^/?#]+/?$`),
    ]),
  )
  const langOf = (url: string) => [...patterns].find(([, re]) => re.test(url))?.[0] ?? null

  // Discovery: every index page once, breadth first.
  const queue: { url: string; lang: string | null }[] = []
  const queued = new Set<string>()
  const enqueue = (url: string, lang: string | null) => {
    if (queued.has(url) || !robots.allowed(url)) return
    queued.add(url)
    queue.push({ url, lang })
  }
  for (const lang of o.langs) {
    enqueue(`${site}/${lang}/`, lang)
    enqueue(`${site}/${lang}/articles/`, lang)
    for (const seed of o.extraSeeds ?? [])
      enqueue(new URL(seed.replaceAll('{lang}', lang), site).href, lang)
  }
  for (const map of [...robots.sitemaps, `${site}/sitemap.xml`]) enqueue(map, null)

  const found = new Map<string, Found>()
  const maxIndex = o.maxIndexPages ?? 5_000
  while (queue.length && report.indexPages < maxIndex) {
    const { url, lang } = queue.shift()!
    o.onProgress?.({ phase: 'discovering', done: report.indexPages, total: queued.size, url })
    await wait()
    const got = await o.fetcher.get(url, {}, { force: true })
    report.indexPages++
    if (got.kind !== 'fetched') continue
    const body = Buffer.from(got.body).toString('utf8')
    const discovered = discoverLinks(body, got.finalUrl, null)
    if (!discovered.ok) continue
    const { kind, links } = discovered.value
    const dates = kind === 'listing' ? listedDates(body, got.finalUrl) : new Map<string, string>()
    let articles = 0
    let dated = 0
    let older = 0
    for (const link of links as FoundLink[]) {
      if (kind === 'sitemap-index') {
        enqueue(link.url, null)
        continue
      }
      const linkLang = langOf(link.url)
      if (!linkLang) continue
      const date = (link.date ?? dates.get(link.url) ?? null)?.slice(0, 10) ?? null
      articles++
      if (date) dated++
      if (date && since && date < since) older++
      const known = found.get(link.url)
      if (!known) found.set(link.url, { url: link.url, lang: linkLang, date })
      else if (!known.date && date) known.date = date
    }
    // Back through a listing's pages while they list articles, and not all too old.
    if (kind === 'listing' && articles > 0 && !(since && dated > 0 && older === dated))
      for (const next of nextPages(body, got.finalUrl)) enqueue(next, lang)
  }
  report.found = found.size

  // Saving: newest first (undated last), each address once, the journal first consulted.
  const all = [...found.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
  const todo: Found[] = []
  for (const f of all) {
    if (!robots.allowed(f.url)) report.forbidden++
    else if (journal.saved.has(f.url)) report.already++
    else if (since && f.date && f.date < since) report.leftOut++
    else todo.push(f)
  }
  const max = o.max ?? Infinity
  report.leftOut += Math.max(0, todo.length - max)
  const chosen = todo.slice(0, max)
  const pictures = pictureFetcher(o.fetcher)
  let done = 0
  for (const f of chosen) {
    o.onProgress?.({ phase: 'saving', done, total: chosen.length, url: f.url })
    await wait()
    const got = await o.fetcher.get(f.url, {}, { force: true })
    done++
    if (got.kind !== 'fetched') {
      const reason: Message = got.kind === 'failed' ? got.reason : { key: 'sync.notListing' }
      report.failed.push({ url: f.url, reason })
      await journal.record({ kind: 'failed', url: f.url, reason: ENGLISH.message(reason) })
      continue
    }
    const page = await savePage(
      o.out,
      { url: f.url, body: got.body, contentType: got.contentType },
      f.lang,
      async (address) =>
        robots.allowed(address)
          ? pictures(address)
          : { ok: false, reason: { key: 'pictures.notPicture' } },
    )
    report.saved++
    report.pictures += page.pictures
    await journal.record({ kind: 'saved', url: f.url, file: page.file, date: f.date })
  }
  o.onProgress?.({ phase: 'saving', done, total: chosen.length, url: '' })
  return report
}
