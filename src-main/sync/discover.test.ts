import { describe, expect, it } from 'vitest'
import { discoverLinks } from './discover'

const BASE = 'https://inter.kke.gr/en/rss/'
const links = (body: string, pattern: RegExp | null = null) => {
  const r = discoverLinks(body, BASE, pattern)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('discoverLinks', () => {
  it('reads RSS 2.0, resolving relative links and keeping titles and dates', () => {
    const d = links(`<?xml version="1.0"?><rss version="2.0"><channel><title>KKE</title>
      <item><title>One</title><link>/en/articles/One/</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>
      <item><title>Bad</title><link>javascript:alert(1)</link></item>
      <item><title>Dup</title><link>https://inter.kke.gr/en/articles/One/</link></item>
      <item><guid isPermaLink="true">https://inter.kke.gr/en/articles/Two/</guid></item>
    </channel></rss>`)
    expect(d.kind).toBe('feed')
    expect(d.links).toEqual([
      {
        url: 'https://inter.kke.gr/en/articles/One/',
        title: 'One',
        date: '2025-06-02T10:00:00.000Z',
      },
      { url: 'https://inter.kke.gr/en/articles/Two/', title: null, date: null },
    ])
  })

  it('reads Atom and JSON Feed', () => {
    const atom =
      links(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2025-01-01T00:00:00Z</updated>
      <entry><title>E</title><id>e1</id><link rel="alternate" href="https://x.org/e1"/><updated>2025-01-02T00:00:00Z</updated></entry></feed>`)
    expect(atom.links).toEqual([
      { url: 'https://x.org/e1', title: 'E', date: '2025-01-02T00:00:00.000Z' },
    ])
    const json = links(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [
          { id: '1', url: 'https://x.org/1', title: 'One', date_published: '2025-01-01T00:00:00Z' },
        ],
      }),
    )
    expect(json.links.map((l) => l.url)).toEqual(['https://x.org/1'])
  })

  it('reads sitemaps and sitemap indexes', () => {
    const map =
      links(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://inter.kke.gr/en/articles/A/</loc><lastmod>2025-03-04</lastmod></url>
      <url><loc>https://inter.kke.gr/en/articles/B/</loc></url></urlset>`)
    expect(map).toEqual({
      kind: 'sitemap',
      links: [
        {
          url: 'https://inter.kke.gr/en/articles/A/',
          title: null,
          date: '2025-03-04T00:00:00.000Z',
        },
        { url: 'https://inter.kke.gr/en/articles/B/', title: null, date: null },
      ],
    })
    const index = links(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://inter.kke.gr/sitemap-1.xml</loc></sitemap></sitemapindex>`,
    )
    expect(index.kind).toBe('sitemap-index')
    expect(index.links.map((l) => l.url)).toEqual(['https://inter.kke.gr/sitemap-1.xml'])
  })

  it('takes a listing page’s links that match the article pattern', () => {
    const page = `<html><body><nav><a href="/en/">Home</a></nav>
      <a href="/en/articles/First/">First</a> <a href="/en/articles/Second/#top">Second</a>
      <a href="javascript:void(0)">x</a> <a href="/en/articles/First/">again</a></body></html>`
    expect(links(page, /\/articles\/[^/]+\/$/).links).toEqual([
      { url: 'https://inter.kke.gr/en/articles/First/', title: 'First', date: null },
      { url: 'https://inter.kke.gr/en/articles/Second/', title: 'Second', date: null },
    ])
  })

  it('never expands a DOCTYPE entity, and says why a document cannot be read', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <rss version="2.0"><channel><title>&b;</title><item><title>&b;</title><link>https://x.org/1</link></item></channel></rss>`
    const d = links(bomb)
    expect(d.links[0]!.title).not.toContain('aaaaaaaaaa')
    for (const bad of ['<rss><channel><item><title>x', 'just words', '{"not": "a feed"'])
      expect(discoverLinks(bad, BASE).ok).toBe(false)
    const r = discoverLinks('plain words', BASE)
    expect(!r.ok && r.error.message).toMatch(/neither a feed, a sitemap nor a page of links/)
  })
})
