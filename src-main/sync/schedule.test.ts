import { describe, expect, it } from 'vitest'
import type { SyncReport } from '../../src-shared/api'
import { dueSources, startAutoSync } from './schedule'
import type { SyncService } from './sync-service'
import { builtInSources } from './sources'

describe('dueSources', () => {
  it('takes the enabled sources never synced, or synced longer ago than their interval', () => {
    const [en, el] = builtInSources()
    const sources = [
      { ...en!, enabled: true, intervalMinutes: 60 },
      { ...el!, enabled: true, intervalMinutes: 60 },
      { ...el!, id: 'off', enabled: false },
      { ...el!, id: 'never', enabled: true },
    ]
    const now = new Date('2026-03-01T12:00:00Z')
    const lastRun = {
      [en!.id]: '2026-03-01T10:59:00Z', // 61 minutes ago
      [el!.id]: '2026-03-01T11:30:00Z', // 30 minutes ago
      off: '2020-01-01T00:00:00Z',
    }
    expect(dueSources(sources, lastRun, now)).toEqual([en!.id, 'never'])
  })
})

describe('startAutoSync', () => {
  const source = { ...builtInSources()[0]!, url: 'http://127.0.0.1/list', enabled: true }
  const report: SyncReport = {
    finished: '2026-03-01T12:00:00.000Z',
    sources: [
      {
        id: source.id,
        name: source.name,
        added: [{ id: 'en-x', title: 'X' }],
        known: 0,
        failed: [],
        error: null,
        unchanged: false,
        updated: [],
      },
    ],
  }
  const fakeSync = (runs: (readonly string[] | undefined)[]) =>
    ({
      sources: () => [source],
      lastRuns: () => ({}),
      run: async (ids?: readonly string[]) => {
        runs.push(ids)
        return report
      },
    }) as unknown as SyncService
  const settle = () => new Promise((r) => setTimeout(r, 100))

  it('runs the due sources when online, and tells of what was added', async () => {
    const runs: (readonly string[] | undefined)[] = []
    const told: number[] = []
    const stop = startAutoSync({
      sync: fakeSync(runs),
      isOnline: () => true,
      onAdded: (_r, n) => told.push(n),
      firstDelayMs: 0,
    })
    await settle()
    stop()
    expect(runs).toEqual([[source.id]])
    expect(told).toEqual([1])
  })

  it('skips the round quietly when offline', async () => {
    const runs: (readonly string[] | undefined)[] = []
    const stop = startAutoSync({ sync: fakeSync(runs), isOnline: () => false, firstDelayMs: 0 })
    await settle()
    stop()
    expect(runs).toEqual([])
  })
})
