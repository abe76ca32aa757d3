import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article, ArticlePage, SyncReport, SyncSource } from '../../src-shared/api'
import { openTestCore, type Call } from '../../test-support/test-core'
import { english } from '../../test-support/english'

let work: string
let call: Call
let server: Server
let base: string
const hits = new Map<string, number>()
const now = () => new Date('2026-02-03T04:05:06Z')

const article = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title} | KKE</title></head><body>
  <div><h4>Links to the old web pages of KKE</h4><p>The international sites of KKE gradually move to a new page format:</p></div>
  <article><h1>${title}</h1><p>${body}</p><script>steal()</script><p>05.06.2025</p></article></body></html>`

const PAGES: Record<string, { type: string; body: string | Buffer; etag?: string }> = {
  '/en/': {
    type: 'text/html',
    etag: '"list-1"',
    body: `<html><body><nav><a href="/en/">Home</a></nav>
      <a href="/en/articles/First-article/">First</a>
      <a href="/en/articles/Second-article/">Second</a>
      <a href="/en/articles/Empty-page/">Empty</a>
      <a href="/en/articles/Gone/">Gone</a>
      <a href="https://elsewhere.example/en/articles/Not-ours/">Elsewhere</a></body></html>`,
  },
  '/en/articles/First-article/': {
    type: 'text/html; charset=utf-8',
    body: article(
      'en',
      'The first article',
      'Workers of the port went on strike against the new law.',
    ),
  },
  '/en/articles/Second-article/': {
    type: 'text/html; charset=windows-1253',
    // Greek text in windows-1253, declared only by the server's header.
    body: Buffer.from(
      [...article('el', 'Το δεύτερο άρθρο', 'Οι εργάτες του λιμανιού απεργούν.')].map((ch) => {
        const code = ch.charCodeAt(0)
        return code < 0x80 ? code : code >= 0x0391 && code <= 0x03ce ? code - 0x0391 + 0xc1 : 0x3f
      }),
    ),
  },
  '/en/articles/Empty-page/': {
    type: 'text/html',
    body: '<html lang="en"><body><nav>menu</nav></body></html>',
  },
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-sync-'))
  hits.clear()
  server = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1)
    const page = PAGES[req.url!]
    if (!page) return res.writeHead(404).end()
    if (page.etag && req.headers['if-none-match'] === page.etag) return res.writeHead(304).end()
    res.writeHead(200, { 'content-type': page.type, ...(page.etag ? { etag: page.etag } : {}) })
    res.end(page.body)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  call = await openTestCore(work, now)
})
afterEach(async () => {
  server.closeAllConnections()
  server.close()
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

const local = (): Omit<SyncSource, 'builtIn'> => ({
  id: 'local',
  name: 'Local site',
  url: `${base}/en/`,
  pattern: '^http://127\\.0\\.0\\.1:\\d+/en/articles/[^/]+/$',
  enabled: true,
  intervalMinutes: 60,
})

describe('sync', () => {
  it('starts with the site in each language, English on', async () => {
    const sources = await call<SyncSource[]>('sync.sources', {})
    expect(sources.map((s) => s.id)).toContain('kke-el')
    expect(sources.filter((s) => s.enabled).map((s) => s.id)).toEqual(['kke-en'])
  })

  it('adds the new articles a source lists, says why others failed, and asks politely next time', async () => {
    const saved = await call<SyncSource[]>('sync.saveSources', { sources: [local()] })
    // Built-in sources left out come back, turned off.
    expect(saved.find((s) => s.id === 'kke-en')).toMatchObject({ enabled: false, builtIn: true })
    const report = await call<SyncReport>('sync.run', {})
    expect(report.sources).toHaveLength(1)
    const [local1] = report.sources
    expect(local1!.error).toBeNull()
    expect(local1!.added.map((a) => a.title).sort()).toEqual([
      'The first article',
      'Το δεύτερο άρθρο',
    ])
    const failed = local1!.failed.map((f) => ({ ...f, reason: english(f.reason) }))
    expect(failed.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
      { url: `${base}/en/articles/Empty-page/`, reason: expect.stringMatching(/No article text/) },
      { url: `${base}/en/articles/Gone/`, reason: 'the site answered 404' },
    ])
    // The articles are in the library, as the user's, read like saved pages.
    const own = await call<ArticlePage>('articles.list', { status: 'own' })
    expect(own.total).toBe(2)
    const first = own.items.find((a) => a.title === 'The first article')!
    expect(first).toMatchObject({
      sourceUrl: `${base}/en/articles/First-article/`,
      date: '2025-06-05',
    })
    const doc = await call<Article>('articles.get', { id: first.id })
    expect(JSON.stringify(doc.doc)).not.toMatch(/steal|old web pages/)

    // Again: the listing answers 304, and nothing is fetched twice.
    const before = new Map(hits)
    const again = await call<SyncReport>('sync.run', {})
    expect(again.sources[0]).toMatchObject({ unchanged: true, added: [], failed: [] })
    expect(hits.get('/en/articles/First-article/')).toBe(before.get('/en/articles/First-article/'))
    expect((await call<ArticlePage>('articles.list', { status: 'own' })).total).toBe(2)
  })

  it('reports a source that cannot be reached, and a pattern that is not one', async () => {
    await call('sync.saveSources', {
      sources: [{ ...local(), url: `${base}/nothing-here/` }],
    })
    const report = await call<SyncReport>('sync.run', {})
    expect(english(report.sources[0]!.error)).toMatch(/404/)
    await expect(
      call('sync.saveSources', { sources: [{ ...local(), pattern: '([' }] }),
    ).rejects.toThrow(/invalid_input: The pattern of “Local site” is not a regular expression/)
  })
})
