// `npm run bench:groups`: study groups at the size the issue names. A group folder holds 10
// members × 5,000 annotations (100 articles × 50 each, with replies); prints
// - merging it all from cold (joining: reading every member's files, checking every item,
//   keeping a copy, and merging them into what the notebook lists), goal ≤ 1 s;
// - a look at the folder when nothing changed (what polling costs);
// - how long a change in a member's file takes to be seen by another instance that watches the
//   folder (from the write to the version moving, which the open reader waits on), goal ≤ 2 s.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { err } from '../src-shared/result'
import { openAnnotationStore } from '../src-main/annotations/annotation-store'
import { ARTICLES_DIR, MEMBERS_DIR, articleFileName } from '../src-main/groups/group-files'
import { openGroupService } from '../src-main/groups/group-service'
import { writeFileAtomic } from '../src-main/storage/atomic-write'
import { percentiles } from './stats'
import { ARTICLES, MEMBERS, PER_ARTICLE, articleFile, makeFolder, memberId } from './group-folder'
import { verbatim } from '../src-shared/i18n/translate'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20)

async function open(dataDir: string, watch: boolean) {
  const store = await openAnnotationStore(dataDir)
  return openGroupService({
    dataDir,
    store,
    library: null,
    texts: async () => err('unavailable', verbatim('no archive in this benchmark')),
    identity: () => ({ id: 'bench-reader', name: 'Reader', colour: '#be185d' }),
    now: () => new Date(),
    watch,
  })
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'scholion-bench-groups-'))
  try {
    const folder = await makeFolder(root)
    console.log(
      `Group folder: ${MEMBERS} members × ${ARTICLES * PER_ARTICLE} annotations ` +
        `(${ARTICLES} articles each, 5 replies per article)`,
    )

    const merges: number[] = []
    const polls: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const dataDir = join(root, `reader-${run}`)
      const groups = await open(dataDir, false)
      const t0 = performance.now()
      const joined = await groups.join(folder)
      const others = groups.allOthers()
      merges.push(performance.now() - t0)
      if (!joined.ok) throw new Error(joined.error.message)
      if (others.length !== MEMBERS * ARTICLES * PER_ARTICLE) {
        throw new Error(`merged ${others.length} annotations`)
      }
      const t1 = performance.now()
      await groups.refresh()
      polls.push(performance.now() - t1)
      await groups.flush()
      groups.close()
    }
    console.log(
      `Merge from cold (join, read, copy, merge): ${percentiles(merges, 0)}  (goal ≤ 1000 ms)`,
    )
    console.log(`A look at the unchanged folder (polling): ${percentiles(polls, 1)}`)

    // Another instance watches; one member's file changes.
    const groups = await open(join(root, 'watcher'), true)
    const joined = await groups.join(folder)
    if (!joined.ok) throw new Error(joined.error.message)
    const seen: number[] = []
    for (let i = 0; i < CHANGES; i++) {
      const since = groups.version()
      const stamp = new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString()
      const file = join(folder, MEMBERS_DIR, memberId(i % MEMBERS), ARTICLES_DIR)
      const t0 = performance.now()
      await writeFileAtomic(
        join(file, articleFileName(`en-article-${i}`)),
        articleFile(i % MEMBERS, i, stamp),
      )
      const version = await groups.changes(since, 10_000)
      const took = performance.now() - t0
      if (version === since) throw new Error('the change was not seen within 10 s')
      seen.push(took)
      await new Promise((done) => setTimeout(done, 150))
    }
    await groups.flush()
    groups.close()
    console.log(
      `A member's change seen by a watching instance: ${percentiles(seen, 0)}  (goal ≤ 2000 ms)`,
    )
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

await main()
