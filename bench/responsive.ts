// `npm run bench:responsive`: does the app keep answering while it reads big outside input?
// The built HTTP host runs in a process of its own; `app.info` is called back to back (each
// call waits for the answer) while
// - a 19 MB plain-text file is added (read in the parse thread),
// - a group folder of 1,000 member files (10 members × 100 articles × 50 annotations) is joined,
// - a 20 MB annotation file is previewed for import.
// Prints the latency of `app.info` during each, and how long each took. Goal: p99 ≤ 50 ms.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { makeFolder } from './group-folder'
import { syntheticAnnotation } from './synthetic-annotation'
import { startHost, type Host } from './http-host'

function percentile(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!
}

/** Runs `work` while calling app.info back to back; prints the latencies. */
async function measure(host: Host, label: string, work: () => Promise<unknown>): Promise<void> {
  const samples: number[] = []
  let running = true
  const poll = (async () => {
    while (running) {
      const t = performance.now()
      await host.call('app.info', {})
      samples.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 5))
    }
  })()
  const t0 = performance.now()
  const result = (await work()) as { ok: boolean; error?: { message: string } }
  const took = performance.now() - t0
  running = false
  await poll
  const sorted = samples.sort((a, b) => a - b)
  const ms = (n: number) => `${n.toFixed(1)} ms`
  console.log(
    `${label}: took ${(took / 1000).toFixed(1)} s (${result.ok ? 'ok' : `error: ${result.error?.message}`}); ` +
      `app.info ×${sorted.length}: p50 ${ms(percentile(sorted, 0.5))}  p95 ${ms(percentile(sorted, 0.95))}  ` +
      `p99 ${ms(percentile(sorted, 0.99))}  max ${ms(sorted.at(-1)!)}`,
  )
}

const root = await mkdtemp(join(tmpdir(), 'scholion-bench-responsive-'))
const host = await startHost(['--data-dir', join(root, 'data')])
try {
  await host.call('settings.update', { identity: { name: 'Bench', colour: '#be185d' } })
  await measure(
    host,
    'idle (baseline, 2 s)',
    () => new Promise((r) => setTimeout(() => r({ ok: true }), 2000)),
  )

  const paragraph =
    'The workers of the world have one interest against the monopolies and their state, and it is that interest which the party serves'
  const parts = ['A very long article for the benchmark']
  let size = 0
  for (let i = 0; size < 19 * 1024 * 1024; i++) {
    const p = `${paragraph} (${i}).`
    parts.push(p)
    size += p.length + 2
  }
  const data = Buffer.from(parts.join('\n\n')).toString('base64')
  await measure(host, 'adding a 19 MB text file', () =>
    host.call('library.addFiles', { files: [{ name: 'long.en.txt', data }] }),
  )

  const folder = await makeFolder(root)
  await measure(host, 'joining a group of 1,000 member files', () =>
    host.call('groups.join', { folder }),
  )

  const items = []
  for (let n = 0; JSON.stringify(items).length < 20 * 1024 * 1024 && n < 100_000; n += 1000) {
    for (let k = n; k < n + 1000; k++) {
      const a = syntheticAnnotation(`en-article-${k % 100}`, k, {
        creator: { id: 'bench', name: 'Bench' },
        created: '2026-01-01T00:00:00.000Z',
      })
      items.push({
        type: 'Annotation',
        id: `urn:uuid:${a.id}`,
        body: { type: 'TextualBody', value: a.note || 'A note.' },
        target: {
          source: `https://inter.kke.gr/en/articles/${k % 100}/`,
          selector: { type: 'TextQuoteSelector', exact: a.quote.exact },
        },
      })
    }
  }
  const content = JSON.stringify({ type: 'AnnotationCollection', first: { items } })
  await measure(
    host,
    `previewing a ${(content.length / 1024 / 1024).toFixed(0)} MB annotation file`,
    () => host.call('import.preview', { content }),
  )
} finally {
  await host.stop()
  await rm(root, { recursive: true, force: true })
}
