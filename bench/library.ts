// `npm run bench:library`: the library at scale. Writes a synthetic archive (50,000 articles by
// default, BENCH_COUNT to change), builds it, then opens it and times list queries, printing
// build time, open time, added memory and p50 / p95 of filter, sort and facet queries.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildArchive } from '../src-main/archive/archive-build'
import { synthesise } from '../test-support/synth/synth'

const COUNT = Number(process.env.BENCH_COUNT ?? 50_000)
const work = await mkdtemp(join(tmpdir(), 'scholion-bench-library-'))
try {
  const src = join(work, 'src')
  const out = join(work, 'archive')
  let t = performance.now()
  await synthesise({ count: COUNT, seed: 42, out: src })
  const synthSeconds = (performance.now() - t) / 1000
  t = performance.now()
  // As `archive:build` does: one thread per core for importing and for the search index.
  let importSeconds = 0
  let archiveSeconds = 0
  const report = await buildArchive({
    from: [src],
    out,
    workers: availableParallelism(),
    onProgress: (done, total) => {
      if (done === total) importSeconds = (performance.now() - t) / 1000
    },
    // The first word of the index: the archive itself (documents, catalog, manifest) is done.
    onIndexProgress: () => {
      archiveSeconds ||= (performance.now() - t) / 1000
    },
  })
  const buildSeconds = (performance.now() - t) / 1000

  console.log(`bench:library (${COUNT.toLocaleString('en')} synthetic articles, this machine)`)
  console.log(`  synthesise sources     ${synthSeconds.toFixed(1)} s`)
  console.log(
    `  build archive          ${archiveSeconds.toFixed(1)} s (${report.imported.length} imported, ${report.skipped.length} skipped; text, Markdown and saved pages, ${availableParallelism()} threads)   goal ≤ 120 s at 50k`,
  )
  console.log(`    of which importing   ${importSeconds.toFixed(1)} s`)
  console.log(
    `  search index           ${(buildSeconds - archiveSeconds).toFixed(1)} s more (archive:build ships it; bench:search measures it in detail)`,
  )
  // Opening is measured in a fresh process, so the memory it adds is the archive's alone.
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/library-open.ts', out], {
    stdio: 'inherit',
  })
} finally {
  await rm(work, { recursive: true, force: true })
}
