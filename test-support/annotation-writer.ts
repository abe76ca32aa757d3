// A child process for the crash test: saves annotations one after another into the store in
// the folder given as argv[2], printing "ack <id>" only once each save has resolved, that is,
// once the store says it is on disk. The test kills it with SIGKILL at a random moment.
import { openAnnotationStore } from '../src-main/annotations/annotation-store'
import type { Annotation } from '../src-shared/annotation'

const [dataDir, run, countArg] = process.argv.slice(2)
const count = Number(countArg ?? 1000)
const store = await openAnnotationStore(dataDir!)
for (let i = 0; i < count; i++) {
  const id = `run${run}-${i}`
  const stamp = new Date().toISOString()
  const annotation: Annotation = {
    id,
    articleId: `article-${i % 5}`,
    contentHash: 'hash',
    quote: { exact: `passage ${i} of run ${run}`, prefix: 'before ', suffix: ' after' },
    position: { start: i, end: i + 20 },
    color: 'yellow',
    note: `note ${i} `.repeat(1 + (i % 7)),
    tags: [`run-${run}`],
    creator: { id: 'crash-test', name: 'Crash test' },
    created: stamp,
    modified: stamp,
  }
  await store.put(annotation)
  process.stdout.write(`ack ${id}\n`)
}
