// Child process of bench:export: one Markdown export (a file per article) in a fresh process,
// as `scholion export` runs: the store is read, every article placed, rendered and written.
// Prints its report line.
import { rm } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { openAnnotationStore } from '../src-main/annotations/annotation-store'
import { createExportService } from '../src-main/export/export-service'
import { openLibrary } from '../src-main/library/open-library'

const [archive, dataDir, folder] = process.argv.slice(2) as [string, string, string]
const { library } = await openLibrary(archive)
await rm(folder, { recursive: true, force: true })
const t0 = performance.now()
const store = await openAnnotationStore(dataDir)
const r = await createExportService(store, library).write({ format: 'md', scope: {}, folder })
if (!r.ok) throw new Error(r.error.message)
const seconds = (performance.now() - t0) / 1000
console.log(
  `${'Markdown, one file per article, fresh process'.padEnd(44)} ${seconds.toFixed(2)} s (${r.value.written.length} files; the store read from disk, code not yet warm)`,
)
