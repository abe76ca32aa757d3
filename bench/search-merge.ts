// Child process of bench:search: segment merging. Over the archive's index, 1,000 small
// additions (five articles each, as a sync brings them: here, new versions of the archive's
// articles) are indexed one after another, with merging on and with it off; then the 200
// queries run on each, and on the index as built (no additions). Prints one JSON line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../src-main/library/open-library'
import { indexableArticles } from '../src-main/search/index-files'
import { createSearchService, type SearchService } from '../src-main/search/search-service'
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

async function times(search: SearchService, snippets: number): Promise<number[]> {
  const run = async () => {
    const out: number[] = []
    for (const q of queries) {
      const started = performance.now()
      const r = await search.query({
        query: q.query,
        offset: 0,
        limit: 20,
        snippets,
        notesLimit: 10,
      })
      out.push(performance.now() - started)
      if (!r.ok) throw new Error(r.error.message)
    }
    return out
  }
  await run() // warm-up, as in search-run.ts
  return run()
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
  const segments = search.index!.segmentCount
  const plain = await times(search, 0)
  const withSnippets = await times(search, 10)
  search.close()
  return { addedMs, settledMs, segments, plain, withSnippets }
}

// Without merging first: the first additions also pay for a cold start (the parse thread, the
// files read), which would otherwise count against merging.
const unmerged = await withAdditions(false)
const merged = await withAdditions(true)
const fresh = service(true)
await fresh.index!.idle()
const freshSegments = fresh.index!.segmentCount
const freshPlain = await times(fresh, 0)
const freshSnippets = await times(fresh, 10)
fresh.close()
console.log(
  JSON.stringify({
    additions: ADDITIONS,
    perAddition: PER_ADDITION,
    fresh: { segments: freshSegments, plain: freshPlain, withSnippets: freshSnippets },
    merged,
    unmerged,
  }),
)
for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
process.exit(0) // the parse thread of the additions
