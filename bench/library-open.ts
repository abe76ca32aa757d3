// Child process of bench:library: opens an archive in a fresh process (so the memory it adds is
// the archive's alone) and times list queries. Prints its report lines.
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../src-main/library/open-library'
import { percentiles } from './stats'

const dir = process.argv[2]!
const gc = (globalThis as { gc?: () => void }).gc

function time(f: () => unknown): number {
  const t = performance.now()
  f()
  return performance.now() - t
}

gc?.()
const rssBefore = process.memoryUsage().rss
let t = performance.now()
const { library } = await openLibrary(dir)
const openMs = performance.now() - t
if (!library) throw new Error('archive did not open')
gc?.()
const addedMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024

const base = { offset: 0, limit: 100, sort: 'date-desc' as const }
const firstPageMs = time(() => library.list(base))
const firstQueryMs = time(() => library.list({ ...base, query: 'κόμμα' }))
const firstTitleSortMs = time(() => library.list({ ...base, sort: 'title' }))
const queries = [
  { ...base },
  { ...base, lang: 'el' },
  { ...base, lang: 'ar', sort: 'date-asc' as const },
  { ...base, year: 2014 },
  { ...base, lang: 'de', year: 2020 },
  { ...base, query: 'κόμμα' },
  { ...base, query: 'workers', sort: 'title' as const },
  { ...base, sort: 'title' as const, offset: 25_000 },
  { ...base, query: 'ιστορία', lang: 'el', year: 2010 },
  { ...base, offset: 40_000 },
  { ...base, section: library.list(base).sections[0]?.section ?? 'none' },
  { ...base, status: 'own' as const },
]
const samples: number[] = []
for (let round = 0; round < 20; round++)
  for (const q of queries) samples.push(time(() => library.list(q)))
t = performance.now()
await library.verify()
const verifySeconds = (performance.now() - t) / 1000

console.log(
  `  open archive           ${openMs.toFixed(0)} ms, +${addedMb.toFixed(0)} MB RSS   goal ≤ 300 ms, ≤ 150 MB`,
)
console.log(`  first page (date)      ${firstPageMs.toFixed(2)} ms`)
console.log(
  `  first title filter     ${firstQueryMs.toFixed(0)} ms (folded titles made once; warmed in the background after open)`,
)
console.log(
  `  first title sort       ${firstTitleSortMs.toFixed(0)} ms (locale order made once, then kept)`,
)
console.log(
  `  filter / sort / facet  ${percentiles(samples, 2)} over ${samples.length} queries   goal p95 ≤ 30 ms`,
)
console.log(`  background check       ${verifySeconds.toFixed(1)} s for every document's sha256`)
