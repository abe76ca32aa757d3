// Child process of bench:search: SQLite FTS5 (the WebAssembly build, @sqlite.org/sqlite-wasm;
// Calibre's full-text search is FTS5) on the same articles and the same queries, as far as FTS5
// can say them: words, phrases, prefixes and a language column; typos go in as typed. The table
// is contentless (only the index is kept, as ours), in memory, ranked by bm25. Prints one JSON
// line: build time, memory, the time and the result count of each query.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../src-main/library/open-library'
import { docBlocks } from '../src-main/search/doc-blocks'
import type { BenchQuery } from './search-queries'

interface Db {
  exec(sql: string | { sql: string; bind?: unknown[] }): void
  prepare(sql: string): Stmt
  close(): void
}
interface Stmt {
  bind(values: unknown[]): Stmt
  step(): boolean
  get(column: number): number
  reset(): Stmt
  finalize(): void
}
interface Sqlite3 {
  version: { libVersion: string }
  oo1: { DB: new (name: string, mode: string) => Db }
}

const [dir, queriesFile] = process.argv.slice(2) as [string, string]
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as BenchQuery[]
const gc = (globalThis as { gc?: () => void }).gc

// The package is built for browsers: it reads `self` and `location` when it loads, and is given
// its .wasm file's bytes instead of fetching them.
const jswasm = join(
  dirname(createRequire(import.meta.url).resolve('@sqlite.org/sqlite-wasm/package.json')),
  'sqlite-wasm',
  'jswasm',
)
const g = globalThis as Record<string, unknown>
g.self = globalThis
g.location = pathToFileURL(join(jswasm, 'sqlite3.mjs'))
const init = (await import(pathToFileURL(join(jswasm, 'sqlite3.mjs')).href)) as {
  default: (options: Record<string, unknown>) => Promise<Sqlite3>
}
// It warns on stderr that it has no browser storage (OPFS); in memory is what is wanted.
const warn = console.warn
console.warn = () => undefined
const sqlite3 = await init.default({
  wasmBinary: readFileSync(join(jswasm, 'sqlite3.wasm')),
  print: () => undefined,
  printErr: () => undefined,
})
console.warn = warn

const { library } = await openLibrary(dir)
if (!library) throw new Error('archive did not open')
gc?.()
const rssBefore = process.memoryUsage().rss
const db = new sqlite3.oo1.DB(':memory:', 'c')
db.exec(
  "CREATE VIRTUAL TABLE articles USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')",
)
db.exec('PRAGMA cache_size = -262144')
const ids = library.ids()
const insert = db.prepare('INSERT INTO articles(rowid, body) VALUES (?, ?)')
let readMs = 0
const t = performance.now()
db.exec('BEGIN')
for (let i = 0; i < ids.length; i++) {
  const r = performance.now()
  const doc = await library.docJson(ids[i]!, { blocking: true })
  const text = [library.summary(ids[i]!)!.title, ...(doc.ok ? docBlocks(doc.value) : [])].join('\n')
  readMs += performance.now() - r
  insert.bind([i + 1, text]).step()
  insert.reset()
}
db.exec('COMMIT')
insert.finalize()
// What FTS5 keeps after a bulk load: its b-tree segments merged into one, as ours are few.
db.exec("INSERT INTO articles(articles) VALUES ('optimize')")
const buildMs = performance.now() - t - readMs
gc?.()
const indexMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20

/** The query in FTS5's syntax: words quoted (so no word is taken for an operator), phrases and
 * prefixes kept; a language filter is applied to the ranked rows. */
function fts(q: BenchQuery): { match: string; lang: string | null } {
  const lang = /\blang:(\S+)/.exec(q.query)?.[1] ?? null
  const rest = q.query.replace(/\blang:\S+/, '').trim()
  if (rest.startsWith('"')) return { match: rest, lang }
  const parts = rest.split(/\s+/).map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`))
  return { match: parts.join(' '), lang }
}

const plain = db.prepare('SELECT rowid FROM articles WHERE articles MATCH ? ORDER BY rank LIMIT 20')
// The language of each row, from the catalog (a contentless table returns no columns).
const langOf = ids.map((id) => library.summary(id)!.lang)
const filtered = (match: string, lang: string): number => {
  const s = db.prepare('SELECT rowid FROM articles WHERE articles MATCH ? ORDER BY rank')
  let n = 0
  s.bind([match])
  while (s.step()) if (langOf[s.get(0) - 1] === lang && ++n >= 20) break
  s.finalize()
  return n
}

function run(q: BenchQuery): number {
  const { match, lang } = fts(q)
  if (lang) return filtered(match, lang)
  let n = 0
  plain.bind([match])
  while (plain.step()) n++
  plain.reset()
  return n
}
for (const q of queries) run(q) // warm-up, as the others
const times: number[] = []
const found: number[] = []
for (const q of queries) {
  const s = performance.now()
  const n = run(q)
  times.push(performance.now() - s)
  found.push(n)
}
plain.finalize()
const afterMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20
db.close()
console.log(
  JSON.stringify({
    version: sqlite3.version.libVersion,
    buildMs,
    readMs,
    indexMb,
    afterMb,
    times,
    found,
  }),
)
