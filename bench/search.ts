// `npm run bench:search`: search at scale. Writes a 50,000-article synthetic archive (BENCH_COUNT
// to change; BENCH_ARCHIVE=DIR to reuse one), builds its index, then in fresh processes loads
// it and runs 200 fixed mixed queries; then 1,000 small additions with segment merging and
// without (BENCH_ADDITIONS to change); and the same queries on two baselines, FlexSearch and SQLite
// FTS5 (BENCH_BASELINE=0 to skip them). Prints build time, load time, memory, p50 / p95 / p99 and the ratios, and checks
// exact single-word result counts against a brute-force scan of every article.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildArchive } from '../src-main/archive/archive-build'
import { openLibrary } from '../src-main/library/open-library'
import { exactTerm, stemTerm, words } from '../src-main/search/analyser'
import { recallOf, WORD_FORMS } from '../src-main/search/word-forms.data'
import { docBlocks } from '../src-main/search/doc-blocks'
import { buildArchiveIndex } from '../src-main/search/parallel-build'
import { createSearchService } from '../src-main/search/search-service'
import { rng, synthesise, vocabularyOf } from '../test-support/synth/synth'
import { LANGUAGES } from '../test-support/synth/vocabulary'
import { benchQueries, type QueryKind } from './search-queries'

/** Query kinds in plain words: what every peer can say as typed. */
const PLAIN_WORDS = new Set<QueryKind>(['common', 'rare', 'two words', 'language'])

interface Baseline {
  buildMs: number
  readMs: number
  indexMb: number
  times: number[]
  /** Results per query (at most 20). */
  found: number[]
}

const COUNT = Number(process.env.BENCH_COUNT ?? 50_000)
const work = await mkdtemp(join(tmpdir(), 'scholion-bench-search-'))
const ms = (n: number) => `${n.toFixed(1)} ms`
function pct(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!
}
const line = (label: string, samples: number[]) =>
  `p50 ${ms(pct(samples, 0.5))}  p95 ${ms(pct(samples, 0.95))}  p99 ${ms(pct(samples, 0.99))}`

// Word forms: how many forms of one word find one another, per language, with the stemmers as
// they come and with the corrections (src-main/search/stem-corrections.ts).
{
  const plain = await import('./search-stemmers')
  const cells: string[] = []
  for (const [lang, rows] of Object.entries(WORD_FORMS)) {
    const before = recallOf(rows, (w) => plain.snowballTerm(w, lang))
    const after = recallOf(rows, (w) => stemTerm(w, lang))
    const pctOf = (r: { pairs: number; found: number }) => ((r.found / r.pairs) * 100).toFixed(1)
    cells.push(`${lang} ${pctOf(before)}% → ${pctOf(after)}%`)
  }
  console.log(`word-form recall (stemmer as it comes → corrected): ${cells.join(', ')}`)
}

try {
  let archive = process.env.BENCH_ARCHIVE
  if (!archive) {
    archive = join(work, 'archive')
    const t = performance.now()
    await synthesise({ count: COUNT, seed: 42, out: join(work, 'src') })
    await buildArchive({ from: [join(work, 'src')], out: archive })
    console.log(`(synthetic archive written in ${((performance.now() - t) / 1000).toFixed(0)} s)`)
  }
  const { library } = await openLibrary(archive)
  if (!library) throw new Error(`no archive in ${archive}`)
  const workers = availableParallelism()
  let t = performance.now()
  await buildArchiveIndex(library, join(archive, 'search'), { workers })
  const buildSeconds = (performance.now() - t) / 1000

  // Phrases come from real article text: two neighbouring words of an article in that language.
  const byLang = new Map<string, string[]>()
  for (const id of library.ids()) {
    const lang = library.summary(id)!.lang
    const list = byLang.get(lang) ?? []
    if (list.length < 50) list.push(id)
    byLang.set(lang, list)
  }
  const texts = new Map<string, string[]>()
  for (const [lang, ids] of byLang) {
    const all: string[] = []
    for (const id of ids.slice(0, 20)) {
      const doc = await library.docJson(id)
      if (doc.ok) all.push(...words(docBlocks(doc.value).slice(3, 6).join(' ')))
    }
    texts.set(lang, all)
  }
  const queries = benchQueries((lang, r) => {
    const all = texts.get(lang)!
    const at = Math.floor(r() * (all.length - 2))
    return `${all[at]} ${all[at + 1]}`
  })
  const queriesFile = join(work, 'queries.json')
  await writeFile(queriesFile, JSON.stringify(queries))

  const child = (script: string) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', script, archive, queriesFile],
        {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      ),
    ) as unknown
  const ours = child('bench/search-run.ts') as {
    loadMs: number
    loadedMb: number
    afterMb: number
    plain: { ms: number; total: number; corrected: boolean }[]
    withSnippets: { ms: number }[]
  }
  const plainMs = ours.plain.map((q) => q.ms)

  console.log(
    `bench:search (${library.count.toLocaleString('en')} synthetic articles, ${workers} cores)`,
  )
  console.log(`  Scholion index`)
  console.log(
    `    build                  ${buildSeconds.toFixed(1)} s with ${workers} threads   goal ≤ 60 s`,
  )
  console.log(`    load                   ${ms(ours.loadMs)}   goal ≤ 150 ms`)
  console.log(
    `    memory                 ${ours.loadedMb.toFixed(0)} MB loaded, ${ours.afterMb.toFixed(0)} MB after the queries   goal ≤ 400 MB`,
  )
  console.log(`    200 queries            ${line('', plainMs)}   goal p95 ≤ 8 ms, p99 ≤ 25 ms`)
  console.log(
    `    … with 10 snippets     ${line(
      '',
      ours.withSnippets.map((q) => q.ms),
    )}   (as the search box asks)`,
  )
  const kinds = [...new Set(queries.map((q) => q.kind))] as QueryKind[]
  for (const kind of kinds) {
    const rows = ours.plain.filter((_, i) => queries[i]!.kind === kind)
    const found = rows.filter((q) => q.total > 0).length
    const fixed = rows.filter((q) => q.corrected).length
    console.log(
      `      ${kind.padEnd(12)} ${line(
        '',
        rows.map((q) => q.ms),
      )}   ${found}/${rows.length} found${kind === 'typo' ? `, ${fixed} through near spellings` : ''}`,
    )
  }

  // Segment merging: 1,000 small additions, merged and not, against the index as built.
  {
    type Run = { segments: number; plain: number[]; withSnippets: number[] }
    const m = child('bench/search-merge.ts') as {
      additions: number
      perAddition: number
      fresh: Run
      merged: Run & { addedMs: number; settledMs: number }
      unmerged: Run & { addedMs: number }
    }
    const p95 = (r: Run) => pct(r.plain, 0.95)
    const s95 = (r: Run) => pct(r.withSnippets, 0.95)
    const vs = (r: Run) =>
      `p95 ${ms(p95(r))} (${((p95(r) / p95(m.fresh) - 1) * 100).toFixed(0)}%), with 10 snippets ${ms(s95(r))} (${((s95(r) / s95(m.fresh) - 1) * 100).toFixed(0)}%)`
    console.log(
      `  Segment merging (${m.additions.toLocaleString('en')} additions of ${m.perAddition} articles each, one after another; the merged index and the one as built answer in turn, 3 rounds)`,
    )
    console.log(
      `    as built               ${m.fresh.segments} segments   p95 ${ms(p95(m.fresh))}, with 10 snippets ${ms(s95(m.fresh))}`,
    )
    console.log(
      `    merged                 ${m.merged.segments} segments   ${vs(m.merged)}   goal within 20%`,
    )
    console.log(
      `                           additions ${(m.merged.addedMs / 1000).toFixed(1)} s, merges done ${((m.merged.settledMs - m.merged.addedMs) / 1000).toFixed(1)} s after`,
    )
    console.log(
      `    not merged             ${m.unmerged.segments} segments   ${vs(m.unmerged)}   additions ${(m.unmerged.addedMs / 1000).toFixed(1)} s`,
    )
  }

  if (process.env.BENCH_BASELINE !== '0') {
    const flex = child('bench/search-flex.ts') as Baseline
    const lite = child('bench/search-sqlite.ts') as Baseline & { version: string }
    const peers: [string, Baseline][] = [
      ['FlexSearch 0.8', flex],
      [`SQLite ${lite.version} FTS5 (WebAssembly)`, lite],
    ]
    for (const [name, peer] of peers) {
      console.log(`  ${name} baseline (same articles, the same queries as far as it can say them)`)
      console.log(
        `    build                  ${(peer.buildMs / 1000).toFixed(1)} s in one thread (reading the articles not counted)`,
      )
      console.log(`    memory                 ${peer.indexMb.toFixed(0)} MB`)
      console.log(`    200 queries            ${line('', peer.times)}`)
      // The fair comparison: the plain-word queries (no phrase, prefix or typo) the peer answers.
      const asked = queries
        .map((q, i) => i)
        .filter((i) => PLAIN_WORDS.has(queries[i]!.kind) && peer.found[i]! > 0)
      const oursP95 = pct(
        asked.map((i) => plainMs[i]!),
        0.95,
      )
      const peerP95 = pct(
        asked.map((i) => peer.times[i]!),
        0.95,
      )
      console.log(
        `    plain-word queries it answers (${asked.length}): p95 ${ms(peerP95)}, Scholion ${ms(oursP95)}   goal Scholion ≤ it`,
      )
      console.log(
        `    Ratios (Scholion / it): build ${(buildSeconds / (peer.buildMs / 1000)).toFixed(2)}, memory ${(ours.afterMb / peer.indexMb).toFixed(2)}, p95 ${(pct(plainMs, 0.95) / pct(peer.times, 0.95)).toFixed(2)}, p99 ${(pct(plainMs, 0.99) / pct(peer.times, 0.99)).toFixed(2)}, plain-word p95 ${(oursP95 / peerP95).toFixed(2)}`,
      )
    }
  }

  // Recall: exact single-word result counts against a scan of every article.
  const r = rng(7)
  const probe = LANGUAGES.flatMap((lang) => {
    const v = vocabularyOf(lang)
    return [v[5 + Math.floor(r() * 50)]!, v[2_000 + Math.floor(r() * 18_000)]!]
  })
  const wanted = new Map(probe.map((w) => [exactTerm(w), 0]))
  t = performance.now()
  for (const id of library.ids()) {
    const doc = await library.docJson(id, { blocking: true })
    const seen = new Set<string>()
    const text = [library.summary(id)!.title, ...(doc.ok ? docBlocks(doc.value) : [])].join(' ')
    for (const w of words(text)) {
      const e = exactTerm(w)
      if (wanted.has(e) && !seen.has(e)) {
        seen.add(e)
        wanted.set(e, wanted.get(e)! + 1)
      }
    }
  }
  const search = createSearchService({
    library,
    dataDir: join(work, 'data'),
    annotations: async () => [],
    verify: false,
  })
  await search.index!.opened
  let equal = 0
  for (const w of probe) {
    const res = await search.query({
      query: `"${w}"`,
      offset: 0,
      limit: 0,
      snippets: 0,
      notesLimit: 0,
    })
    if (res.ok && res.value.articles.total === wanted.get(exactTerm(w))) equal++
    else
      console.log(
        `    MISMATCH "${w}": index ${res.ok ? res.value.articles.total : '?'}, scan ${wanted.get(exactTerm(w))}`,
      )
  }
  search.close()
  console.log(
    `  Recall: ${equal}/${probe.length} exact single-word counts equal a brute-force scan (${((performance.now() - t) / 1000).toFixed(0)} s scan)   goal 100%`,
  )
} finally {
  await rm(work, { recursive: true, force: true })
}
