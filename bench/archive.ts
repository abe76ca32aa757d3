// `npm run bench:archive`: archive releases at scale.
// 1. Crawl: the fixture site (9 languages, 60 current and 40 older articles each, found back
//    through the listing's pages) crawled into a source folder, with no pause between requests
//    (the polite pause, 1 s per host, bounds a real crawl to about 2 pages a second): pages a
//    second, and the memory it held.
// 2. Delta: a 50,000-article archive (BENCH_COUNT to change), and a later one with 2,500 articles
//    changed and 2,500 added; the pack's size and the time to make it.
// 3. Apply: the built HTTP host on the first archive receives and applies the pack while
//    `articles.list` is called back to back; the apply's time and the calls' latency.
// Goals: apply ≤ 30 s, and p99 ≤ 50 ms for the calls meanwhile.
import {
  access,
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildArchive } from '../src-main/archive/archive-build'
import { makeKeyPair, signArchive } from '../src-main/archive/archive-signing'
import { crawlSite } from '../src-main/archive/crawl/site-crawl'
import { makeDelta } from '../src-main/archive/make-delta'
import { DEFAULT_POLICY, PoliteFetcher } from '../src-main/sync/polite-fetch'
import { startFixtureSite } from '../test-support/fixture-site'
import { keysFolder } from '../test-support/release-archives'
import { startHost } from './http-host'
import { MAX_PACK_PART_CHARS } from '../src-shared/api'
import { synthesise } from '../test-support/synth/synth'
import { LANGUAGES } from '../test-support/synth/vocabulary'

const COUNT = Number(process.env.BENCH_COUNT ?? 50_000)
const CHANGED = Math.round(COUNT / 20)
const ADDED = Math.round(COUNT / 20)
// BENCH_WORK=DIR keeps the two releases there, and a later run reuses them.
const keep = process.env.BENCH_WORK
const work = keep ?? (await mkdtemp(join(tmpdir(), 'scholion-bench-archive-')))
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const pct = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!

async function benchCrawl(): Promise<void> {
  const site = await startFixtureSite({ perLanguage: 60, history: 40 })
  try {
    global.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    let peakRss = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
    const t = performance.now()
    const report = await crawlSite({
      site: site.url,
      langs: LANGUAGES,
      out: join(work, 'crawl'),
      fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, minIntervalMs: 0 }),
      userAgent: DEFAULT_POLICY.userAgent,
    })
    const elapsed = performance.now() - t
    clearInterval(sampler)
    const pages = report.indexPages + report.saved
    console.log(
      `crawl: ${report.saved} articles (${report.pictures} pictures) and ${report.indexPages} index pages in ${s(elapsed)}: ` +
        `${(pages / (elapsed / 1000)).toFixed(0)} pages/s; heap +${mb(process.memoryUsage().heapUsed - heapBefore)}, peak RSS ${mb(peakRss)}`,
    )
  } finally {
    await site.close()
  }
}

/** Changes `n` source files of `src` (a paragraph added at the end). */
async function changeSome(src: string, n: number): Promise<void> {
  let left = n
  for (const lang of LANGUAGES) {
    const files = (await readdir(join(src, lang))).filter((f) => f.endsWith('.txt')).sort()
    for (const f of files.slice(0, Math.ceil(n / LANGUAGES.length))) {
      if (left-- <= 0) return
      await appendFile(
        join(src, lang, f),
        '\n\nA paragraph the editors added in the new release.\n',
      )
    }
  }
}

try {
  await benchCrawl()

  const old = join(work, 'release-1')
  const next = join(work, 'release-2')
  const keyFile = join(work, 'release.key.pem')
  let t = performance.now()
  if (!(await exists(join(next, 'manifest.json')))) {
    const made = makeKeyPair()
    await mkdir(work, { recursive: true })
    await writeFile(keyFile, made.privateKey)
    await keysFolder(join(work, 'keys'), made)
    const src = join(work, 'src')
    await synthesise({ count: COUNT, seed: 42, out: src })
    const release = (out: string, at: string) =>
      buildArchive({
        from: [src],
        out,
        name: 'bench',
        release: at,
        workers: availableParallelism(),
      })
    await release(old, '2026-01-01T00:00:00.000Z')
    await signArchive(old, made.privateKey)
    console.log(
      `(first release of ${COUNT.toLocaleString('en')} articles built in ${s(performance.now() - t)})`,
    )
    t = performance.now()
    await changeSome(src, CHANGED)
    await synthesise({ count: ADDED, seed: 43, out: src, huge: 0 })
    await release(next, '2026-02-01T00:00:00.000Z')
    console.log(`(second release built in ${s(performance.now() - t)})`)
  } else console.log(`(the releases in ${work} are used again)`)
  const key = { privateKey: await readFile(keyFile, 'utf8') }
  const keys = join(work, 'keys')
  const pack = join(work, 'bench.scholion-archive')
  t = performance.now()
  const delta = await makeDelta({ from: old, to: next, out: pack, privateKey: key.privateKey })
  console.log(
    `delta: ${delta.added.length} added, ${delta.changed.length} changed, ${delta.removed.length} removed; ` +
      `${delta.files} files, ${mb(delta.bytes)}, made in ${s(performance.now() - t)}`,
  )

  const host = await startHost([
    '--archive',
    old,
    '--release-keys',
    keys,
    '--data-dir',
    join(work, 'data'),
  ])
  try {
    // Latency before anything is sent, for comparison; then during each step.
    const samples: { at: number; ms: number }[] = []
    let running = true
    const poll = (async () => {
      while (running) {
        const started = performance.now()
        await host.call('articles.list', { offset: 0, limit: 50 })
        samples.push({ at: started, ms: performance.now() - started })
        await new Promise((r) => setTimeout(r, 5))
      }
    })()
    await new Promise((r) => setTimeout(r, 3000))
    t = performance.now()
    const bytes = await readFile(pack)
    // In parts as the page sends them (send-pack.ts).
    const part = Math.floor((MAX_PACK_PART_CHARS / 4) * 3) - 1024
    let upload: string | null = null
    let received: { upload: string } | null = null
    let lastPartAt = 0
    for (let at = 0; at < bytes.length; at += part) {
      if (at + part >= bytes.length) lastPartAt = performance.now() - t
      const r = await host.call('archive.receivePack', {
        upload,
        data: bytes.subarray(at, at + part).toString('base64'),
        last: at + part >= bytes.length,
      })
      if (!r.ok) throw new Error(r.error?.message)
      received = r.value as { upload: string }
      upload = received.upload
    }
    const checkedIn = performance.now() - t
    const applied = await host.call('archive.applyPack', { upload: received!.upload })
    if (!applied.ok) throw new Error(applied.error?.message)
    const total = performance.now() - t
    running = false
    await poll
    const during = (from: number, to: number) =>
      samples
        .filter((x) => x.at >= t + from && x.at < t + to)
        .map((x) => x.ms)
        .sort((a, b) => a - b)
    const line = (label: string, xs: number[]) =>
      xs.length
        ? `${label} p50 ${pct(xs, 0.5).toFixed(1)} / p99 ${pct(xs, 0.99).toFixed(1)} ms (${xs.length} calls)`
        : `${label} —`
    console.log(
      `articles.list by step: ${[
        line('idle', during(-3000, 0)),
        line('receiving', during(0, lastPartAt)),
        line('staging', during(lastPartAt, checkedIn)),
        line('applying', during(checkedIn, total)),
      ].join('; ')}`,
    )
    const sorted = during(0, total)
    console.log(
      `apply: received in ${s(lastPartAt)}, checked and staged in ${s(checkedIn - lastPartAt)}, applied in ${s(total - checkedIn)}, ${s(total)} in all (goal ≤ 30 s); ` +
        `articles.list meanwhile (${sorted.length} calls): p50 ${pct(sorted, 0.5).toFixed(1)} ms, p95 ${pct(sorted, 0.95).toFixed(1)} ms, ` +
        `p99 ${pct(sorted, 0.99).toFixed(1)} ms (goal ≤ 50 ms)`,
    )
  } finally {
    await host.stop()
  }
} finally {
  if (!keep) await rm(work, { recursive: true, force: true })
  else await rm(join(work, 'data'), { recursive: true, force: true })
}
