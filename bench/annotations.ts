// `npm run bench:annotations`: how long saving one annotation takes (from the call to its being
// durably on disk: its line in the save log flushed; the article files are written at
// checkpoints, every 500 saves, while saving goes on) with 0, 10,000 and 100,000 annotations already in the store, spread over
// articles as a reading group's library would be (about 50 per annotated article). Prints
// p50 / p99 / max per size; the goal is p99 ≤ 10 ms and flat as the store grows. Also shows
// the cost for one article annotated very heavily (1,000 annotations in one file).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Annotation } from '../src-shared/annotation'
import {
  ANNOTATIONS_DIR,
  fileNameFor,
  openAnnotationStore,
} from '../src-main/annotations/annotation-store'
import { syntheticAnnotation } from './synthetic-annotation'
import { createAnnotationService } from '../src-main/annotations/annotation-service'

const notebookQuery = { offset: 0, limit: 100, sort: 'newest' as const }

const SAVES = Number(process.env.BENCH_SAVES ?? 1200)
const PER_ARTICLE = 50

function annotation(articleId: string, n: number): Annotation {
  return syntheticAnnotation(articleId, n, {
    note:
      n % 3
        ? ''
        : 'A note with **some** Markdown, a [link](https://example.org) and a list:\n- one\n- two',
    creator: { id: '2d5f6a9e-0000-4000-8000-000000000000', name: 'Reader' },
    created: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
  })
}

/** Writes `total` annotations straight into article files, as earlier sessions would have. */
async function prefill(dataDir: string, total: number, perArticle: number): Promise<string[]> {
  const dir = join(dataDir, ANNOTATIONS_DIR)
  await mkdir(dir, { recursive: true })
  const articles: string[] = []
  for (let made = 0, a = 0; made < total; a++) {
    const articleId = `en-article-${a}`
    const n = Math.min(perArticle, total - made)
    const data = {
      articleId,
      annotations: Array.from({ length: n }, (_, i) => annotation(articleId, i)),
    }
    await writeFile(
      join(dir, fileNameFor(articleId)),
      `${JSON.stringify({ version: 1, data }, null, 2)}\n`,
    )
    articles.push(articleId)
    made += n
  }
  return articles
}

async function measure(label: string, total: number, perArticle = PER_ARTICLE): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'scholion-bench-annotations-'))
  try {
    const articles = await prefill(dataDir, total, perArticle)
    const store = await openAnnotationStore(dataDir)
    const t0 = performance.now()
    const loaded = (await store.all()).length
    const loadMs = performance.now() - t0
    const times: number[] = []
    for (let i = 0; i < SAVES; i++) {
      // Mostly into articles already annotated, sometimes a first one for a new article.
      const articleId =
        articles.length && i % 10 ? articles[(i * 7919) % articles.length]! : `en-new-${i}`
      const a = annotation(articleId, 100_000 + i)
      const start = performance.now()
      await store.put(a)
      times.push(performance.now() - start)
    }
    // The article files are written at checkpoints (every 500 saves, during the run, and here).
    const c0 = performance.now()
    await store.idle()
    const checkpointMs = performance.now() - c0
    await store.close()
    // The notebook's first page from a cold start (a fresh process would open the store and ask
    // at once): served from what the store keeps of the newest, while the rest loads.
    const cold = performance.now()
    const reopened = await openAnnotationStore(dataDir)
    const service = createAnnotationService({
      store: reopened,
      library: null,
      identity: () => ({ id: 'bench', name: '' }),
      now: () => new Date(),
    })
    const first = await service.query(notebookQuery)
    const firstMs = performance.now() - cold
    if (!first.ok || first.value.items.length !== Math.min(100, total + SAVES)) {
      throw new Error('the notebook’s first page is wrong')
    }
    await reopened.all()
    const whole = await service.query(notebookQuery)
    const wholeMs = performance.now() - cold
    if (!whole.ok || whole.value.partial) throw new Error('the notebook never became whole')
    await reopened.close()
    const sorted = [...times].sort((x, y) => x - y)
    const at = (q: number) => sorted[Math.ceil(q * sorted.length) - 1]!.toFixed(2)
    console.log(
      `${label.padEnd(36)} save p50 ${at(0.5)} ms  p99 ${at(0.99)} ms  max ${sorted.at(-1)!.toFixed(2)} ms` +
        `   (last checkpoint ${checkpointMs.toFixed(0)} ms; notebook load of ${loaded}: ${loadMs.toFixed(0)} ms;` +
        ` cold notebook: first page ${firstMs.toFixed(0)} ms, all ${wholeMs.toFixed(0)} ms)`,
    )
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

console.log(`${SAVES} saves per size, each durably on disk (fsync) before the next`)
await measure('0 annotations in the store', 0)
await measure('10,000 annotations in the store', 10_000)
await measure('100,000 annotations in the store', 100_000)
await measure('one article with 1,000 annotations', 1_000, 1_000)
