// Child process of bench:search: the FlexSearch 0.8 baseline on the same articles and the same
// queries (in plain words: FlexSearch has no phrases, filters or exclusions). Prints one JSON line.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import FlexSearch from 'flexsearch'
import { openLibrary } from '../src-main/library/open-library'
import { docBlocks } from '../src-main/search/doc-blocks'
import type { BenchQuery } from './search-queries'

const [dir, queriesFile] = process.argv.slice(2) as [string, string]
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[]
const gc = (globalThis as { gc?: () => void }).gc
const { library } = await openLibrary(dir)
if (!library) throw new Error('archive did not open')
gc?.()
const rssBefore = process.memoryUsage().rss
const index = new FlexSearch.Index({ tokenize: 'strict' })
const ids = library.ids()
const t = performance.now()
let readMs = 0
for (let i = 0; i < ids.length; i++) {
  const r = performance.now()
  const doc = await library.docJson(ids[i]!, { blocking: true })
  const text = doc.ok ? docBlocks(doc.value).join('\n') : ''
  readMs += performance.now() - r
  index.add(i, text)
}
const buildMs = performance.now() - t - readMs
gc?.()
const indexMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20
const times: number[] = []
const found: number[] = []
for (const q of queries) index.search(q.plain, { limit: 20 })
for (const q of queries) {
  const s = performance.now()
  const hits = index.search(q.plain, { limit: 20 })
  times.push(performance.now() - s)
  found.push(hits.length)
}
console.log(JSON.stringify({ buildMs, readMs, indexMb, times, found }))
