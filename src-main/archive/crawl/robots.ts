// A site's robots.txt, as the crawl obeys it (robots-parser reads it): which addresses it may
// fetch, how long to wait between requests (Crawl-delay), and the sitemaps it names. No
// robots.txt (a 404) allows everything; one that cannot be fetched for another reason (a 5xx, no
// answer) allows nothing, as the robots exclusion standard asks (RFC 9309, 2.3.1.4).
import robotsParser from 'robots-parser'
import type { PoliteFetcher } from '../../sync/polite-fetch'

export interface Robots {
  allowed(url: string): boolean
  /** Crawl-delay in milliseconds, when given. */
  delayMs: number | null
  sitemaps: string[]
  /** Why nothing is allowed, when the file could not be read. */
  unreachable: boolean
}

export async function readRobots(
  site: string,
  fetcher: Pick<PoliteFetcher, 'get'>,
  userAgent: string,
): Promise<Robots> {
  const url = new URL('/robots.txt', site).href
  const got = await fetcher.get(url, {}, { force: true, maxBytes: 512 * 1024 })
  if (got.kind === 'failed') {
    const missing = got.status !== undefined && got.status >= 400 && got.status < 500
    return {
      allowed: () => missing,
      delayMs: null,
      sitemaps: [],
      unreachable: !missing,
    }
  }
  const text = got.kind === 'fetched' ? Buffer.from(got.body).toString('utf8') : ''
  const robots = robotsParser(url, text)
  // Rules name the product token, not the whole User-Agent string.
  const agent = userAgent.split('/')[0]!
  const delay = robots.getCrawlDelay(agent)
  return {
    allowed: (target) => robots.isAllowed(target, agent) !== false,
    delayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay, 60) * 1000 : null,
    sitemaps: robots.getSitemaps(),
    unreachable: false,
  }
}
