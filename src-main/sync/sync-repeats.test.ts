// A page that never answers, named by four sources: asked once in a run and listed once with
// every source that named it; not asked again until its backoff is over; asked at once by a
// full refresh.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SyncReport, SyncSource } from '../../src-shared/api'
import { startFixtureSite, type FixtureSite } from '../../test-support/fixture-site'
import { openTestApp, type Call } from '../../test-support/test-core'
import { retryDelayMs } from './run-fetches'
import { english } from '../../test-support/english'

let work: string
let site: FixtureSite
let call: Call
let clock = Date.parse('2026-06-01T00:00:00Z')
const SLOW = '/faults/articles/slow/'

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-sync-repeats-'))
  site = await startFixtureSite({ perLanguage: 2, languages: ['en'] })
  ;({ call } = await openTestApp(work, () => new Date(clock), {
    watchGroups: false,
    fetchPolicy: { minIntervalMs: 0, backoffMs: 1, maxRetries: 3, timeoutMs: 800 },
  }))
  const builtIn = (await call<SyncSource[]>('sync.sources', {})).map(
    ({ builtIn: _b, last: _l, ...s }) => ({ ...s, enabled: false }),
  )
  const named = ['one', 'two', 'three', 'four'].map((id) => ({
    id,
    name: `Source ${id}`,
    url: `${site.url}/faults/?from=${id}`,
    pattern: '/faults/articles/slow/$',
    enabled: true,
    intervalMinutes: 60,
  }))
  await call('sync.saveSources', { sources: [...builtIn, ...named] })
})
afterEach(async () => {
  await site.close()
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

describe('a page that fails, named by several sources', () => {
  it('is asked once a run, listed once, and waits out a backoff across runs', async () => {
    const first = await call<SyncReport>('sync.run', {})
    expect(site.hits.get(SLOW)).toBe(1)
    const failures = first.sources.flatMap((s) => s.failed)
    expect(failures.map((f) => ({ ...f, reason: english(f.reason) }))).toEqual([
      {
        url: expect.stringContaining(SLOW),
        reason: 'no answer within 0.8 s',
        alsoIn: ['Source two', 'Source three', 'Source four'],
      },
    ])
    expect(first.sources[0]!.failed).toHaveLength(1)

    // A minute later: not asked, and said why.
    clock += 60_000
    const second = await call<SyncReport>('sync.run', {})
    expect(site.hits.get(SLOW)).toBe(1)
    expect(english(second.sources[0]!.failed[0]!.reason)).toMatch(
      // The time is the reader's own (2026-06-01 00:15 UTC, a day earlier west of Greenwich).
      /^it failed once before \(no answer within 0.8 s\); it is asked again after (May 31|Jun 1), 2026 /,
    )

    // After the backoff: asked again, once; the next wait is longer.
    clock += retryDelayMs(1)
    await call<SyncReport>('sync.run', {})
    expect(site.hits.get(SLOW)).toBe(2)
    clock += retryDelayMs(1)
    await call<SyncReport>('sync.run', {})
    expect(site.hits.get(SLOW)).toBe(2)

    // A full refresh asks at once.
    await call<SyncReport>('sync.run', { full: true })
    expect(site.hits.get(SLOW)).toBe(3)
  }, 30_000)

  it('waits longer after each failure, and a day at most', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([15, 30, 60, 120].map((m) => m * 60_000))
    expect(retryDelayMs(30)).toBe(24 * 60 * 60_000)
  })
})
