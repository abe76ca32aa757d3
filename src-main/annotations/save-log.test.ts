// The save log and what the notebook shows first, across ends: a line cut short by a crash is
// left out, another running process's log is applied but not removed, the head of the notebook
// follows every save and answers the first page before the files are read.
import { spawn } from 'node:child_process'
import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ANNOTATIONS_DIR, openAnnotationStore } from './annotation-store'
import { HEAD_SIZE, headOf, noteChange } from './notebook-head'
import { openSaveLog } from './save-log'
import { plainAnnotation } from '../../test-support/plain-annotation'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-save-log-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5 }))

const annotation = plainAnnotation

describe('the save log', () => {
  it('leaves out a last line cut short, and keeps a running process’s log', async () => {
    const dir = join(dataDir, 'log')
    await rm(dir, { recursive: true, force: true })
    await import('node:fs/promises').then((fs) => fs.mkdir(dir))
    // A process that runs (a sleeping child) and one that is gone.
    const child = spawn('sleep', ['30'])
    try {
      await writeFile(join(dir, `.save-log-${child.pid}-1.jsonl`), '{"n":1}\n')
      await writeFile(join(dir, '.save-log-999999-1.jsonl'), '{"n":2}\n{"n":3}\n{"n":')
      const { log, pending, files } = await openSaveLog(dir, (j) => j as { n: number })
      expect(pending.map((p) => p.n).sort()).toEqual([1, 2, 3])
      expect(files).toEqual(['.save-log-999999-1.jsonl'])
      await log.append({ n: 4 })
      const drop = await log.rotate()
      await drop()
      const names = await readdir(dir)
      expect(names).toContain(`.save-log-${child.pid}-1.jsonl`)
      await log.close()
    } finally {
      child.kill()
    }
  })
})

describe('what the notebook shows first', () => {
  it('follows puts and deletes, and keeps the newest', () => {
    let head = headOf([])
    for (let i = 0; i < HEAD_SIZE + 10; i++) {
      head = noteChange(head, { put: annotation(`n${i}`, 'a', i), existed: false })
    }
    expect(head.total).toBe(HEAD_SIZE + 10)
    expect(head.newest).toHaveLength(HEAD_SIZE)
    expect(head.newest[0]!.id).toBe(`n${HEAD_SIZE + 9}`)
    // An old one changed: not among the newest, and not counted twice.
    head = noteChange(head, { put: annotation('n0', 'a', 0), existed: true })
    expect(head.total).toBe(HEAD_SIZE + 10)
    expect(head.newest.some((a) => a.id === 'n0')).toBe(false)
    head = noteChange(head, { deleted: `n${HEAD_SIZE + 9}` })
    expect(head.total).toBe(HEAD_SIZE + 9)
    expect(head.newest[0]!.id).toBe(`n${HEAD_SIZE + 8}`)
  })

  it('answers the first page before the files are read, and is exact after', async () => {
    const store = await openAnnotationStore(dataDir)
    for (let i = 0; i < 30; i++) await store.put(annotation(`a${i}`, `article-${i % 4}`, i))
    await store.remove('article-0', 'a0')
    await store.close()

    const again = await openAnnotationStore(dataDir)
    expect(again.loaded()).toBe(false)
    expect(again.head()).toMatchObject({ total: 29 })
    expect(
      again
        .head()!
        .newest.map((a) => a.id)
        .slice(0, 3),
    ).toEqual(['a29', 'a28', 'a27'])
    expect((await again.all()).length).toBe(29)
    expect(again.loaded()).toBe(true)
    await again.close()
  })

  it('is made again by a full read after a run that ended without its checkpoint', async () => {
    const store = await openAnnotationStore(dataDir)
    await store.put(annotation('a1', 'article-a', 1))
    await store.close()
    // A second run whose saves reached only the log (it died before its checkpoint).
    const log = (await readdir(join(dataDir, ANNOTATIONS_DIR))).length
    expect(log).toBeGreaterThan(0)
    await appendFile(
      join(dataDir, ANNOTATIONS_DIR, '.save-log-999998-1.jsonl'),
      `${JSON.stringify({ kind: 'put', annotation: annotation('a2', 'article-a', 2) })}\n`,
    )
    const again = await openAnnotationStore(dataDir)
    expect(again.head()).toBeNull()
    expect((await again.all()).map((a) => a.id).sort()).toEqual(['a1', 'a2'])
    expect(again.head()).toMatchObject({ total: 2 })
    await again.close()
  })
})
