// Fetching from the sites the way a well-behaved reader should (the sync issue's rules): at most
// two requests at a time per host and a pause between them, conditional requests (ETag,
// Last-Modified), Cache-Control's max-age honoured, 429 and 503 retried after Retry-After or an
// exponential backoff, a timeout, a size limit, a redirect limit, http(s) only, and a
// User-Agent naming the app. A body that hashes as before counts as unchanged, for servers that
// never answer 304; `force` skips all of that for a full refresh. Never throws: every request
// ends as an outcome saying what happened.
import { createHash } from 'node:crypto'
import { MessageError, reasonOf } from '../core/error-reason'
import { type Message } from '../../src-shared/i18n/translate'

export interface FetchPolicy {
  userAgent: string
  /** Per attempt, headers and body together. */
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
  /** Requests in flight at once to one host. */
  perHost: number
  /** Least time between the starts of two requests to one host. */
  minIntervalMs: number
  /** Retries of a 429, 503 or network failure. */
  maxRetries: number
  backoffMs: number
  /** A Retry-After longer than this is not waited for: the outcome says when to come back. */
  maxWaitMs: number
}

export const DEFAULT_POLICY: FetchPolicy = {
  userAgent: 'Scholion/0.1 (offline reader; +https://github.com/scholion)',
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  perHost: 2,
  minIntervalMs: 1_000,
  maxRetries: 3,
  backoffMs: 2_000,
  maxWaitMs: 120_000,
}

/** What is remembered of a URL between syncs. */
export interface CacheEntry {
  etag?: string | null
  lastModified?: string | null
  /** sha256 of the last body. */
  bodyHash?: string | null
  /** Until when (ms since the epoch) Cache-Control says the last answer is fresh. */
  freshUntil?: number | null
}

export type FetchOutcome =
  | {
      kind: 'fetched'
      url: string
      /** After redirects. */
      finalUrl: string
      body: Uint8Array
      contentType: string | null
      cache: CacheEntry
    }
  /** Not fetched again, or fetched and the same: `how` says which. */
  | { kind: 'unchanged'; url: string; how: 'fresh' | '304' | 'same-body'; cache: CacheEntry }
  | {
      kind: 'failed'
      url: string
      reason: Message
      status?: number
      /** When the server asked to be left alone longer than we wait (ms since the epoch). */
      retryAt?: number
      /** A failure that may pass (no answer in time, a 5xx, a network fault): worth asking
       * again later. A 404 or a page too large is not. */
      transient?: boolean
    }

export interface FetchDeps {
  fetch?: typeof globalThis.fetch
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

class HostGate {
  private running = 0
  private lastStart = -Infinity
  private readonly waiting: (() => void)[] = []

  constructor(
    private readonly policy: FetchPolicy,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.policy.perHost)
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.running++
    try {
      const wait = this.lastStart + this.policy.minIntervalMs - this.now()
      this.lastStart = Math.max(this.now(), this.lastStart + this.policy.minIntervalMs)
      if (wait > 0) await this.sleep(wait)
      return await task()
    } finally {
      this.running--
      this.waiting.shift()?.()
    }
  }
}

/** Retry-After as milliseconds from now: seconds, or an HTTP date. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

function maxAge(cacheControl: string | null): number | null {
  if (!cacheControl || /no-store|no-cache/i.test(cacheControl)) return null
  const match = /max-age\s*=\s*(\d+)/i.exec(cacheControl)
  return match ? Number(match[1]) * 1000 : null
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes)
    throw new MessageError({ key: 'sync.tooLarge', values: { kb: Math.ceil(maxBytes / 1024) } })
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new MessageError({ key: 'sync.tooLarge', values: { kb: Math.ceil(maxBytes / 1024) } })
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}

export class PoliteFetcher {
  private readonly gates = new Map<string, HostGate>()
  private readonly fetch: typeof globalThis.fetch
  private readonly now: () => number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(
    private readonly policy: FetchPolicy = DEFAULT_POLICY,
    deps: FetchDeps = {},
  ) {
    this.fetch = deps.fetch ?? globalThis.fetch
    this.now = deps.now ?? Date.now
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
  }

  private gate(url: URL): HostGate {
    let gate = this.gates.get(url.host)
    if (!gate) this.gates.set(url.host, (gate = new HostGate(this.policy, this.now, this.sleep)))
    return gate
  }

  /** Fetches `url`, conditionally unless `force`; `cache` is what the last fetch remembered. */
  async get(
    url: string,
    cache: CacheEntry = {},
    { force = false, maxBytes }: { force?: boolean; maxBytes?: number } = {},
  ): Promise<FetchOutcome> {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return { kind: 'failed', url, reason: { key: 'sync.badAddress' } }
    }
    if (!/^https?:$/.test(target.protocol))
      return { kind: 'failed', url, reason: { key: 'sync.httpOnly' } }
    if (!force && cache.freshUntil && cache.freshUntil > this.now())
      return { kind: 'unchanged', url, how: 'fresh', cache }

    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(
        url,
        target,
        cache,
        force,
        maxBytes ?? this.policy.maxBytes,
      )
      if (outcome.kind !== 'retry') return outcome
      const wait = outcome.waitMs ?? this.policy.backoffMs * 2 ** attempt
      if (attempt >= this.policy.maxRetries || wait > this.policy.maxWaitMs) {
        return {
          kind: 'failed',
          url,
          reason: outcome.reason,
          transient: true,
          ...(outcome.status ? { status: outcome.status } : {}),
          ...(outcome.waitMs !== null ? { retryAt: this.now() + outcome.waitMs } : {}),
        }
      }
      await this.sleep(wait)
    }
  }

  private timedOut(url: string): FetchOutcome {
    return {
      kind: 'failed',
      url,
      reason: { key: 'sync.noAnswer', values: { seconds: this.policy.timeoutMs / 1000 } },
      transient: true,
    }
  }

  private async attempt(
    url: string,
    start: URL,
    cache: CacheEntry,
    force: boolean,
    maxBytes: number,
  ): Promise<
    FetchOutcome | { kind: 'retry'; reason: Message; status?: number; waitMs: number | null }
  > {
    let current = start
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { 'user-agent': this.policy.userAgent }
      // Validators belong to the address asked for, not to where it redirects.
      if (!force && hops === 0) {
        if (cache.etag) headers['if-none-match'] = cache.etag
        if (cache.lastModified) headers['if-modified-since'] = cache.lastModified
      }
      const signal = AbortSignal.timeout(this.policy.timeoutMs)
      let response: Response
      let body: Uint8Array | Error | null = null
      try {
        // The host's slot is held until the body is read: that is the request.
        response = await this.gate(current).run(async () => {
          const r = await this.fetch(current, { headers, redirect: 'manual', signal })
          if (r.status >= 200 && r.status < 300)
            body = await readLimited(r, maxBytes).catch((e: unknown) => e as Error)
          else await r.body?.cancel().catch(() => undefined)
          return r
        })
      } catch (error) {
        // A timeout is not tried again in this run: each try would hold the run for the whole
        // timeout. The next run asks again (sync remembers failures, with a backoff).
        if ((error as Error).name === 'TimeoutError') return this.timedOut(url)
        return {
          kind: 'retry',
          reason: { key: 'sync.unreachable', values: { reason: reasonOf(error) } },
          waitMs: null,
        }
      }
      const { status } = response
      if (status >= 300 && status < 400 && status !== 304) {
        const location = response.headers.get('location')
        if (!location)
          return {
            kind: 'failed',
            url,
            reason: { key: 'sync.redirectNowhere', values: { status } },
          }
        if (hops >= this.policy.maxRedirects)
          return {
            kind: 'failed',
            url,
            reason: { key: 'sync.tooManyRedirects', values: { max: this.policy.maxRedirects } },
          }
        const next = new URL(location, current)
        if (!/^https?:$/.test(next.protocol))
          return {
            kind: 'failed',
            url,
            reason: { key: 'sync.redirectScheme', values: { scheme: next.protocol } },
          }
        current = next
        continue
      }
      if (status === 304)
        return { kind: 'unchanged', url, how: '304', cache: this.remember(cache, response) }
      if (status === 429 || status === 503) {
        return {
          kind: 'retry',
          status,
          reason: { key: status === 429 ? 'sync.slowDown' : 'sync.unavailable' },
          waitMs: retryAfterMs(response.headers.get('retry-after'), this.now()),
        }
      }
      if (status < 200 || status >= 300)
        return {
          kind: 'failed',
          url,
          status,
          reason: { key: 'sync.answered', values: { status: String(status) } },
          ...(status >= 500 || status === 408 ? { transient: true } : {}),
        }
      const read = body as Uint8Array | Error | null
      if (read instanceof Error) {
        return read.name === 'TimeoutError'
          ? this.timedOut(url)
          : { kind: 'failed', url, reason: reasonOf(read) }
      }
      const data = read ?? new Uint8Array()
      const bodyHash = createHash('sha256').update(data).digest('hex')
      const next = { ...this.remember(cache, response), bodyHash }
      if (!force && cache.bodyHash === bodyHash)
        return { kind: 'unchanged', url, how: 'same-body', cache: next }
      return {
        kind: 'fetched',
        url,
        finalUrl: current.href,
        body: data,
        contentType: response.headers.get('content-type'),
        cache: next,
      }
    }
  }

  private remember(cache: CacheEntry, response: Response): CacheEntry {
    const age = maxAge(response.headers.get('cache-control'))
    return {
      etag: response.headers.get('etag') ?? cache.etag ?? null,
      lastModified: response.headers.get('last-modified') ?? cache.lastModified ?? null,
      bodyHash: cache.bodyHash ?? null,
      freshUntil: age !== null ? this.now() + age : null,
    }
  }
}
