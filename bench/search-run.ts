// Child process of bench:search: opens the index of an archive in a fresh process (so the
// memory it adds is its own), then runs the queries and prints one JSON line of results.
import { readFileSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../src-main/library/open-library'
import { createSearchService } from '../src-main/search/search-service'
import type { BenchQuery } from './search-queries'

const [dir, queriesFile] = process.argv.slice(2) as [string, string]
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[]
const gc = (globalThis as { gc?: () => void }).gc
const { library } = await openLibrary(dir)
if (!library) throw new Error('archive did not open')
void library.catalogHash // computed with the library, not counted as index loading
gc?.()
const rssBefore = process.memoryUsage().rss
const dataDir = mkdtempSync(join(tmpdir(), 'scholion-bench-search-'))
const t = performance.now()
const search = createSearchService({
  library,
  dataDir,
  annotations: async () => [],
  verify: false,
})
await search.index!.opened
const loadMs = performance.now() - t
if (search.status().state !== 'ready') throw new Error(`index not ready: ${search.status().reason}`)
gc?.()
const loadedMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20

async function runAll(snippets: number) {
  const out: { ms: number; total: number; corrected: boolean }[] = []
  for (const q of queries) {
    const started = performance.now()
    const r = await search.query({ query: q.query, offset: 0, limit: 20, snippets, notesLimit: 10 })
    const ms = performance.now() - started
    if (!r.ok) throw new Error(r.error.message)
    out.push({ ms, total: r.value.articles.total, corrected: r.value.corrected.length > 0 })
  }
  return out
}
await runAll(0) // warm-up: the first run pages the index in
const plain = await runAll(0)
const withSnippets = await runAll(10)
const afterMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20
search.close()
rmSync(dataDir, { recursive: true, force: true })
console.log(JSON.stringify({ loadMs, loadedMb, afterMb, plain, withSnippets }))
