// `npm run bench:export`: exporting 20,000 annotations across 2,000 articles, as Markdown (one
// file per article, then again with nothing changed), as one combined Markdown file, as CSV and
// as JSON-LD, from a synthetic multilingual archive: in a new process (as the CLI runs), with a
// fresh store in this process, and in the app (annotations loaded already). Goal: Markdown ≤ 3 s. BENCH_PARTS=1 also
// times the parts (loading the store, reading the articles, placing passages, rendering).
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Annotation } from '../src-shared/annotation'
import { articleSchema } from '../src-shared/schema'
import { canonicalText } from '../src-shared/text'
import {
  ANNOTATIONS_DIR,
  fileNameFor,
  openAnnotationStore,
} from '../src-main/annotations/annotation-store'
import { describeRange } from '../src-main/annotations/anchoring'
import { createExportService } from '../src-main/export/export-service'
import { buildArchive } from '../src-main/archive/archive-build'
import { openLibrary } from '../src-main/library/open-library'
import { synthesise, rng } from '../test-support/synth/synth'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000)
const PER_ARTICLE = 10

const root = await mkdtemp(join(tmpdir(), 'scholion-bench-export-'))
try {
  const src = join(root, 'src')
  const archive = join(root, 'archive')
  const dataDir = join(root, 'data')
  await synthesise({ count: ARTICLES, seed: 7, out: src, huge: 0 })
  await buildArchive({ from: [src], out: archive })
  const { library } = await openLibrary(archive)
  if (!library) throw new Error('archive did not open')

  // Ten real passages per article, written straight into the article files.
  const random = rng(3)
  const dir = join(dataDir, ANNOTATIONS_DIR)
  await mkdir(dir, { recursive: true })
  const page = library.list({ offset: 0, limit: 500, sort: 'date-desc' })
  const ids: string[] = []
  for (let offset = 0; offset < page.total; offset += 500) {
    ids.push(...library.list({ offset, limit: 500, sort: 'date-desc' }).items.map((i) => i.id))
  }
  let made = 0
  for (const id of ids) {
    const got = await library.get(id)
    if (!got.ok) continue
    const text = canonicalText(articleSchema.nodeFromJSON(got.value.doc)).text
    const annotations: Annotation[] = []
    for (let i = 0; i < PER_ARTICLE; i++) {
      const start = Math.floor(random() * Math.max(1, text.length - 200))
      const end = start + 20 + Math.floor(random() * 150)
      const s = describeRange(text, start, end)
      const stamp = new Date(Date.UTC(2026, 0, 1) + made * 60_000).toISOString()
      annotations.push({
        id: `bench-${made++}`,
        articleId: id,
        contentHash: got.value.meta.contentHash,
        quote: s.quote,
        position: s.position,
        color: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5]!,
        note: i % 2 ? `A note with **emphasis** and a [link](https://example.org/${i}).` : '',
        tags: i % 3 ? ['theory'] : ['history', 'strikes'],
        creator: { id: 'bench', name: 'Bench' },
        created: stamp,
        modified: stamp,
      })
    }
    await writeFile(
      join(dir, fileNameFor(id)),
      JSON.stringify({ version: 1, data: { articleId: id, annotations, tombstones: [] } }),
    )
  }
  console.log(
    `${made.toLocaleString('en')} annotations across ${ids.length.toLocaleString('en')} articles`,
  )

  const time = async (label: string, run: () => Promise<unknown>) => {
    const t0 = performance.now()
    const out = await run()
    console.log(`${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(2)} s`)
    return out
  }
  if (process.env.BENCH_PARTS) {
    const { collectNotes } = await import('../src-main/export/article-notes')
    let t = performance.now()
    const store = await openAnnotationStore(dataDir)
    const all = await store.all()
    console.log(`load store ${(performance.now() - t).toFixed(0)} ms`)
    t = performance.now()
    for (const id of ids) await library.get(id)
    console.log(`library.get x${ids.length} ${(performance.now() - t).toFixed(0)} ms`)
    t = performance.now()
    await collectNotes(all, library, {})
    console.log(`collectNotes ${(performance.now() - t).toFixed(0)} ms`)
    t = performance.now()
    const ex = createExportService(store, library)
    await ex.render({ format: 'md', scope: {} })
    console.log(`render md (incl. collect) ${(performance.now() - t).toFixed(0)} ms`)
  }
  // As the CLI runs it: a new process, so nothing is loaded or warm yet.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/export-fresh.ts', archive, dataDir, join(root, 'fresh')],
    { stdio: 'inherit' },
  )
  // A fresh store each time, as a new process would have: loading the files is part of the job.
  const exporter = async () => createExportService(await openAnnotationStore(dataDir), library)
  const folder = join(root, 'out')
  await time('Markdown, one file per article (first time)', async () => {
    const r = await (await exporter()).write({ format: 'md', scope: {}, folder })
    if (!r.ok || r.value.written.length !== ids.length) throw new Error('export failed')
  })
  await time('Markdown again, nothing changed', async () => {
    const r = await (await exporter()).write({ format: 'md', scope: {}, folder })
    if (!r.ok || r.value.unchanged.length !== ids.length)
      throw new Error('re-export not idempotent')
  })
  await time('Markdown, one combined file', async () => {
    await (await exporter()).write({ format: 'md', scope: {}, combined: true, folder })
  })
  // In the app the annotations are loaded already (the library's first listing loads them), so
  // an export there starts from a loaded store. Three runs, each into a new folder.
  const loaded = await openAnnotationStore(dataDir)
  await loaded.all()
  const inApp = createExportService(loaded, library)
  for (let run = 1; run <= 3; run++) {
    await time(`Markdown, one file per article, in the app (run ${run})`, async () => {
      const r = await inApp.write({ format: 'md', scope: {}, folder: join(root, `app-${run}`) })
      if (!r.ok || r.value.written.length !== ids.length) throw new Error('export failed')
    })
  }
  await time('CSV', async () => (await exporter()).write({ format: 'csv', scope: {}, folder }))
  await time('JSON-LD', async () =>
    (await exporter()).write({ format: 'jsonld', scope: {}, folder }),
  )
  const size = (await readFile(join(folder, 'scholion-annotations.jsonld'))).length
  console.log(`(JSON-LD file: ${(size / 1e6).toFixed(1)} MB)`)
} finally {
  await rm(root, { recursive: true, force: true })
}
