// Child process of bench:search: segment merging. Over the archive's index, 1,000 small
// additions (five articles each, as a sync brings them: here, new versions of the archive's
// articles) are indexed one after another, with merging on and with it off; then the 200
// queries run on each, and on the index as built (no additions): the merged index and the one
// as built take turns, query by query, three times. Prints one JSON line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../src-main/library/open-library'
import { indexableArticles } from '../src-main/search/index-files'
import { createSearchService } from '../src-main/search/search-service'
import type { BenchQuery } from './search-queries'

const [dir, queriesFile] = process.argv.slice(2) as [string, string]
const ADDITIONS = Number(process.env.BENCH_ADDITIONS ?? 1_000)
const PER_ADDITION = 5
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[]
const { library } = await openLibrary(dir)
if (!library) throw new Error('archive did not open')

const dataDirs: string[] = []
const service = (merge: boolean) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scholion-bench-merge-'))
  dataDirs.push(dataDir)
  return createSearchService({
    library,
    dataDir,
    annotations: async () => [],
    verify: false,
    merge,
  })
}

type Search = ReturnType<typeof service>

/** Times each query on each index, the indexes taking turns query by query (so that a pause
 * of the machine falls on all alike), in `rounds` rounds after a warm-up round. */
async function interleaved(indexes: Search[], snippets: number, rounds: number) {
  const times = indexes.map((): number[] => [])
  for (let round = 0; round <= rounds; round++)
    for (const q of queries)
      for (const [i, search] of indexes.entries()) {
        const started = performance.now()
        const r = await search.query({
          query: q.query,
          offset: 0,
          limit: 20,
          snippets,
          notesLimit: 10,
        })
        if (round > 0) times[i]!.push(performance.now() - started)
        if (!r.ok) throw new Error(r.error.message)
      }
  return times
}

// The articles added: spread over the archive, every language.
const ids = library.ids()
const step = Math.max(1, Math.floor(ids.length / (ADDITIONS * PER_ADDITION)))
const batches = Array.from({ length: ADDITIONS }, (_, b) =>
  Array.from(
    { length: PER_ADDITION },
    (_, k) => ids[((b * PER_ADDITION + k) * step) % ids.length]!,
  ),
)

async function withAdditions(merge: boolean) {
  const search = service(merge)
  await search.index!.idle()
  const started = performance.now()
  for (const batch of batches) {
    const articles = []
    for await (const a of indexableArticles(library!, batch)) articles.push(a)
    await search.index!.addArticles(articles)
  }
  const addedMs = performance.now() - started
  await search.index!.idle()
  const settledMs = performance.now() - started
  return { search, addedMs, settledMs, segments: search.index!.segmentCount }
}

// Without merging first: the first additions also pay for a cold start (the parse thread, the
// files read), which would otherwise count against merging. A thousand segments are slow to
// ask: one round.
const u = await withAdditions(false)
const [uPlain] = await interleaved([u.search], 0, 1)
const [uSnippets] = await interleaved([u.search], 10, 1)
u.search.close()
const m = await withAdditions(true)
const fresh = service(true)
await fresh.index!.idle()
const [freshPlain, mergedPlain] = await interleaved([fresh, m.search], 0, 3)
const [freshSnippets, mergedSnippets] = await interleaved([fresh, m.search], 10, 3)
const result = {
  additions: ADDITIONS,
  perAddition: PER_ADDITION,
  fresh: { segments: fresh.index!.segmentCount, plain: freshPlain, withSnippets: freshSnippets },
  merged: {
    segments: m.segments,
    addedMs: m.addedMs,
    settledMs: m.settledMs,
    plain: mergedPlain,
    withSnippets: mergedSnippets,
  },
  unmerged: { segments: u.segments, addedMs: u.addedMs, plain: uPlain, withSnippets: uSnippets },
}
fresh.close()
m.search.close()
console.log(JSON.stringify(result))
for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
process.exit(0) // the parse thread of the additions
