import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, PoliteFetcher, retryAfterMs, type FetchPolicy } from './polite-fetch'
import { english } from '../../test-support/english'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let server: Server | null = null
afterEach(async () => {
  server?.closeAllConnections()
  server?.close()
  server = null
})

async function serve(handler: Handler): Promise<string> {
  server = createServer(handler)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const policy = (over: Partial<FetchPolicy> = {}): FetchPolicy => ({
  ...DEFAULT_POLICY,
  minIntervalMs: 0,
  backoffMs: 1,
  timeoutMs: 2_000,
  ...over,
})
/** Records the waits instead of waiting. */
function fakeSleep() {
  const waits: number[] = []
  return { waits, sleep: async (ms: number) => void waits.push(ms) }
}

describe('PoliteFetcher', () => {
  it('names itself, then asks again conditionally and takes a 304 as unchanged', async () => {
    const seen: IncomingMessage['headers'][] = []
    const base = await serve((req, res) => {
      seen.push(req.headers)
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end()
      res.writeHead(200, {
        etag: '"v1"',
        'last-modified': 'Mon, 02 Jun 2025 10:00:00 GMT',
        'content-type': 'text/html; charset=utf-8',
      })
      res.end('<p>hello</p>')
    })
    const f = new PoliteFetcher(policy())
    const first = await f.get(`${base}/a`)
    expect(first.kind).toBe('fetched')
    if (first.kind !== 'fetched') return
    expect(new TextDecoder().decode(first.body)).toBe('<p>hello</p>')
    expect(first.contentType).toBe('text/html; charset=utf-8')
    expect(seen[0]!['user-agent']).toMatch(/^Scholion\//)
    const second = await f.get(`${base}/a`, first.cache)
    expect(second).toMatchObject({ kind: 'unchanged', how: '304' })
    expect(seen[1]).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Mon, 02 Jun 2025 10:00:00 GMT',
    })
    // A forced refresh asks without validators and fetches the body again.
    const forced = await f.get(`${base}/a`, first.cache, { force: true })
    expect(forced.kind).toBe('fetched')
    expect(seen[2]!['if-none-match']).toBeUndefined()
  })

  it('takes the same body as unchanged when the server never says 304', async () => {
    const base = await serve((_req, res) => res.end('same'))
    const f = new PoliteFetcher(policy())
    const first = await f.get(`${base}/x`)
    if (first.kind !== 'fetched') throw new Error(first.kind)
    expect(await f.get(`${base}/x`, first.cache)).toMatchObject({
      kind: 'unchanged',
      how: 'same-body',
    })
  })

  it('honours Cache-Control max-age without asking, until it runs out', async () => {
    let requests = 0
    const base = await serve((_req, res) => {
      requests++
      res.writeHead(200, { 'cache-control': 'public, max-age=60' }).end('x')
    })
    let now = 1_000_000
    const f = new PoliteFetcher(policy(), { now: () => now })
    const first = await f.get(`${base}/c`)
    if (first.kind !== 'fetched') throw new Error(first.kind)
    expect(await f.get(`${base}/c`, first.cache)).toMatchObject({ kind: 'unchanged', how: 'fresh' })
    expect(requests).toBe(1)
    now += 61_000
    await f.get(`${base}/c`, first.cache)
    expect(requests).toBe(2)
  })

  it('waits as Retry-After says on 429, backs off exponentially on 503, then gives up with a reason', async () => {
    let calls = 0
    const base = await serve((req, res) => {
      calls++
      if (req.url === '/slow' && calls < 3) return res.writeHead(429, { 'retry-after': '7' }).end()
      if (req.url === '/down') return res.writeHead(503).end()
      res.end('ok')
    })
    const a = fakeSleep()
    const f = new PoliteFetcher(policy({ backoffMs: 100, maxRetries: 3 }), { sleep: a.sleep })
    expect((await f.get(`${base}/slow`)).kind).toBe('fetched')
    expect(a.waits).toEqual([7000, 7000])
    const b = fakeSleep()
    const g = new PoliteFetcher(policy({ backoffMs: 100, maxRetries: 3 }), { sleep: b.sleep })
    {
      const got = await g.get(`${base}/down`)
      expect(got).toMatchObject({
        kind: 'failed',
        status: 503,
      })
      expect(english(got.kind === 'failed' ? got.reason : null)).toMatch(/unavailable/)
    }
    expect(b.waits).toEqual([100, 200, 400])
  })

  it('does not wait out a long Retry-After: it says when to come back', async () => {
    const base = await serve((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end())
    const now = 5_000_000
    const f = new PoliteFetcher(policy(), { now: () => now, sleep: async () => undefined })
    expect(await f.get(`${base}/`)).toMatchObject({
      kind: 'failed',
      status: 429,
      retryAt: now + 3_600_000,
    })
  })

  it('follows a few redirects, relative ones too, and refuses more, or to other schemes', async () => {
    const base = await serve((req, res) => {
      const n = Number(req.url!.slice(1))
      if (req.url === '/ftp') return res.writeHead(302, { location: 'ftp://example.org/' }).end()
      if (n > 0) return res.writeHead(301, { location: `/${n - 1}` }).end()
      res.end('landed')
    })
    const f = new PoliteFetcher(policy({ maxRedirects: 3 }))
    expect(await f.get(`${base}/3`)).toMatchObject({ kind: 'fetched', finalUrl: `${base}/0` })
    {
      const got = await f.get(`${base}/4`)
      expect(got).toMatchObject({
        kind: 'failed',
      })
      expect(english(got.kind === 'failed' ? got.reason : null)).toBe('more than 3 redirects')
    }
    {
      const got = await f.get(`${base}/ftp`)
      expect(got).toMatchObject({
        kind: 'failed',
      })
      expect(english(got.kind === 'failed' ? got.reason : null)).toMatch(/ftp/)
    }
    expect(await f.get('file:///etc/passwd')).toMatchObject({ kind: 'failed' })
  })

  it('stops reading a body over the size limit, and a server that does not answer', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/big') return res.end('x'.repeat(5000))
      if (req.url === '/stream') {
        res.writeHead(200)
        const timer = setInterval(() => res.write('y'.repeat(1000)), 5)
        res.on('close', () => clearInterval(timer))
        return
      }
      // /hang: never answers
    })
    const f = new PoliteFetcher(policy({ maxBytes: 2000, timeoutMs: 300, maxRetries: 0 }))
    {
      const got = await f.get(`${base}/big`)
      expect(got).toMatchObject({
        kind: 'failed',
      })
      expect(english(got.kind === 'failed' ? got.reason : null)).toMatch(/larger than 2 KB/)
    }
    {
      const got = await f.get(`${base}/stream`)
      expect(got).toMatchObject({
        kind: 'failed',
      })
      expect(english(got.kind === 'failed' ? got.reason : null)).toMatch(/larger/)
    }
    {
      const got = await f.get(`${base}/hang`)
      expect(got).toMatchObject({
        kind: 'failed',
      })
      expect(english(got.kind === 'failed' ? got.reason : null)).toMatch(/no answer within/)
    }
  })

  it('keeps at most two requests in flight per host, and a pause between their starts', async () => {
    let inFlight = 0
    let most = 0
    const starts: number[] = []
    const base = await serve((_req, res) => {
      inFlight++
      most = Math.max(most, inFlight)
      starts.push(Date.now())
      setTimeout(() => {
        inFlight--
        res.end('ok')
      }, 60)
    })
    const f = new PoliteFetcher(policy({ perHost: 2, minIntervalMs: 40 }))
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => f.get(`${base}/${i}`)))
    expect(results.every((r) => r.kind === 'fetched')).toBe(true)
    expect(most).toBe(2)
    // Arrivals at the server jitter on a loaded machine; the pauses add up regardless: six
    // starts 40 ms apart span at least 200 ms, and no two arrive together.
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!)
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(185)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15)
  })

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs('120', now)).toBe(120_000)
    expect(retryAfterMs('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000)
    expect(retryAfterMs('soon', now)).toBeNull()
  })
})
