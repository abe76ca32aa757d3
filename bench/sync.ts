// `npm run bench:sync`: syncing from the fixture site on loopback. Prints
// - 1,000 new articles from a sitemap: fetched (two at a time, as the polite policy allows per
//   host, with no pause between requests since the host is this machine), read by the page
//   importer with the site's rules, written to the user's library and indexed for search;
//   the time and the peak RSS of the process (goals ≤ 30 s and ≤ 300 MB);
// - the same sync again, where nothing changed (the sitemap answers 304): goal ≤ 2 s;
// - a full sync of the site's faults (a page that never answers, a 500, one cut short, a 64 MB
//   one, a redirect loop…) named by four sources, with the default timeouts and retries: each
//   page is asked once in the run; goal ≤ 90 s.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../src-main/core/create-core'
import { BUNDLED_ARCHIVE } from '../test-support/test-core'

const COUNT = Number(process.env.BENCH_ARTICLES ?? 1000)
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

// The site runs in a process of its own, so that the RSS measured is Scholion's alone.
const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'scripts/fixture-site.ts', '--languages', 'en', '--per-language', `${COUNT}`],
  { stdio: ['pipe', 'pipe', 'inherit'] },
)
const siteUrl = await new Promise<string>((done, fail) => {
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString()
    const match = /Fixture site on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
    if (match) done(match[1]!)
  })
  child.once('exit', (code) => fail(new Error(`the fixture site exited (${code})`)))
})
const site = {
  url: siteUrl,
  close: async () => {
    child.kill('SIGINT')
  },
}
const dataDir = await mkdtemp(join(tmpdir(), 'scholion-bench-sync-'))
try {
  const core = await createCore({
    dataDir,
    archiveDir: BUNDLED_ARCHIVE,
    host: 'http',
    version: 'bench',
    verifyArchive: false,
    watchGroups: false,
    maxNewPerSource: COUNT,
    fetchPolicy: { minIntervalMs: 0 },
  })
  const saved = await core.handlers['sync.saveSources']({
    sources: [
      {
        id: 'fixture',
        name: 'Fixture site',
        url: `${site.url}/sitemap-en.xml`,
        pattern: null,
        enabled: true,
        intervalMinutes: 60,
      },
    ],
  })
  if (!saved.ok) throw new Error(saved.error.message)

  global.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const t0 = performance.now()
  const first = await core.handlers['sync.run']({ sources: ['fixture'] })
  const took = performance.now() - t0
  clearInterval(sampler)
  if (!first.ok) throw new Error(first.error.message)
  const r = first.value.sources[0]!
  console.log(
    `First sync: ${r.added.length} new, ${r.failed.length} failed, in ${(took / 1000).toFixed(1)} s ` +
      `(goal ≤ 30 s); RSS ${mb(before)} before, peak ${mb(peak)} (goal ≤ 300 MB)`,
  )
  if (r.failed.length) console.log(`  failed: ${r.failed[0]!.url}: ${r.failed[0]!.reason}`)

  const t1 = performance.now()
  const second = await core.handlers['sync.run']({ sources: ['fixture'] })
  const again = performance.now() - t1
  if (!second.ok) throw new Error(second.error.message)
  const s = second.value.sources[0]!
  console.log(
    `Sync again, nothing changed: ${s.added.length} new, unchanged ${s.unchanged}, in ${Math.round(again)} ms (goal ≤ 2000 ms)`,
  )

  // The faults, named by four sources, with the real policy's timeouts (20 s) and retries.
  const faultsDir = await mkdtemp(join(tmpdir(), 'scholion-bench-sync-faults-'))
  const faultCore = await createCore({
    dataDir: faultsDir,
    archiveDir: BUNDLED_ARCHIVE,
    host: 'http',
    version: 'bench',
    verifyArchive: false,
    watchGroups: false,
  })
  const four = ['a', 'b', 'c', 'd'].map((id) => ({
    id: `faults-${id}`,
    name: `Faults ${id}`,
    url: `${site.url}/faults/?from=${id}`,
    pattern: '/faults/articles/[^/]+/$',
    enabled: true,
    intervalMinutes: 60,
  }))
  const listed = await faultCore.handlers['sync.saveSources']({ sources: four })
  if (!listed.ok) throw new Error(listed.error.message)
  const t2 = performance.now()
  const faults = await faultCore.handlers['sync.run']({
    sources: four.map((f) => f.id),
    full: true,
  })
  if (!faults.ok) throw new Error(faults.error.message)
  const failed = faults.value.sources.flatMap((x) => x.failed)
  console.log(
    `Full sync of the faults, named by 4 sources: ${failed.length} failures listed once each ` +
      `(${failed.filter((f) => f.alsoIn?.length === 3).length} with the 3 other sources named), ` +
      `in ${((performance.now() - t2) / 1000).toFixed(1)} s (goal ≤ 90 s)`,
  )
  await faultCore.flush()
  await rm(faultsDir, { recursive: true, force: true })
  await core.flush()
} finally {
  await site.close()
  await rm(dataDir, { recursive: true, force: true })
}
