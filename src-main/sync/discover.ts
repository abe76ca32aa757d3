/// <reference lib="dom" />
// Where new articles are found when syncing: the links a source lists. Feeds (RSS 2.0, Atom, RDF,
// JSON Feed) are read by feedsmith, sitemaps (and sitemap indexes) by fast-xml-parser, neither
// expanding a DOCTYPE's entities; a listing page's links are taken when they match the source's
// article pattern. Only http(s) links survive, resolved against the document's address. Pure.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseFeed } from 'feedsmith'
import { parseHTML } from 'linkedom'
import { err, ok, type Result } from '../../src-shared/result'
import { reasonOf } from '../core/error-reason'
import { verbatim } from '../../src-shared/i18n/translate'

export interface FoundLink {
  url: string
  title: string | null
  /** ISO date when the source gives one. */
  date: string | null
}

export interface Discovered {
  kind: 'feed' | 'sitemap' | 'sitemap-index' | 'listing'
  links: FoundLink[]
}

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
})

function resolve(href: unknown, base: string): string | null {
  if (typeof href !== 'string' || !href.trim()) return null
  try {
    const url = new URL(href.trim(), base)
    return /^https?:$/.test(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const t = Date.parse(value)
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (value && typeof value === 'object' && 'value' in value)
    return text((value as { value: unknown }).value)
  return null
}

/** Keeps the first of each address, in order. */
function unique(links: (FoundLink | null)[]): FoundLink[] {
  const seen = new Set<string>()
  return links.filter((l): l is FoundLink => {
    if (!l || seen.has(l.url)) return false
    seen.add(l.url)
    return true
  })
}

function fromFeed(body: string, base: string): Result<Discovered> {
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(body)
  } catch (error) {
    return err('invalid_input', { key: 'sync.feedUnreadable', values: { reason: reasonOf(error) } })
  }
  type Item = Record<string, unknown>
  const feed = parsed.feed as { items?: Item[]; entries?: Item[] }
  const items = feed.items ?? feed.entries ?? []
  const links = items.map((item): FoundLink | null => {
    const atomLink = (item.links as { href?: string; rel?: string }[] | undefined)?.find(
      (l) => !l.rel || l.rel === 'alternate',
    )?.href
    const guid = item.guid as { value?: string; isPermaLink?: boolean } | undefined
    const url = resolve(
      item.link ?? item.url ?? atomLink ?? (guid?.isPermaLink !== false ? guid?.value : null),
      base,
    )
    if (!url) return null
    return {
      url,
      title: text(item.title),
      date: isoDate(item.pubDate ?? item.date_published ?? item.published ?? item.updated),
    }
  })
  return ok({ kind: 'feed', links: unique(links) })
}

function fromSitemap(root: Record<string, unknown>, base: string): Discovered {
  type Entry = { loc?: unknown; lastmod?: unknown }
  const index = root.sitemapindex as { sitemap?: Entry[] } | undefined
  const entries = index ? (index.sitemap ?? []) : ((root.urlset as { url?: Entry[] })?.url ?? [])
  return {
    kind: index ? 'sitemap-index' : 'sitemap',
    links: unique(
      entries.map((e) => {
        const url = resolve(e.loc, base)
        return url ? { url, title: null, date: isoDate(e.lastmod) } : null
      }),
    ),
  }
}

function fromListing(body: string, base: string, pattern: RegExp | null): Discovered {
  const { document } = parseHTML(body)
  const links = [...document.querySelectorAll('a[href]')].map((a): FoundLink | null => {
    const url = resolve(a.getAttribute('href'), base)?.split('#')[0]
    if (!url || (pattern && !pattern.test(url))) return null
    return { url, title: a.textContent?.trim() || null, date: null }
  })
  return { kind: 'listing', links: unique(links) }
}

/**
 * The article links in a source's document. `pattern` picks a listing page's article links
 * (all http(s) links without one); feeds and sitemaps are recognised by their content.
 */
export function discoverLinks(
  body: string,
  base: string,
  pattern: RegExp | null = null,
): Result<Discovered> {
  const start = body.trimStart().slice(0, 512)
  if (start.startsWith('{')) return fromFeed(body, base)
  if (/^(<\?xml|<!--|<(rss|feed|rdf:RDF|urlset|sitemapindex)\b)/i.test(start)) {
    if (/<(urlset|sitemapindex)\b/i.test(body.slice(0, 4096))) {
      let root: Record<string, unknown>
      try {
        root = xml.parse(body, true) as Record<string, unknown>
      } catch (error) {
        return err('invalid_input', {
          key: 'sync.sitemapUnreadable',
          values: { reason: reasonOf(error) },
        })
      }
      return ok(fromSitemap(root, base))
    }
    // Feed readers forgive a document cut short; a source should say it is broken.
    const wellFormed = XMLValidator.validate(body)
    if (wellFormed !== true) {
      const { msg, line } = wellFormed.err
      return err('invalid_input', {
        key: 'sync.feedMalformed',
        values: { line, reason: verbatim(msg) },
      })
    }
    return fromFeed(body, base)
  }
  if (/<html\b|<a\b/i.test(body)) return ok(fromListing(body, base, pattern))
  return err('invalid_input', { key: 'sync.notListing' })
}
