// Saving survives being killed: a child process saves up to 20,000 annotations and is killed with
// SIGKILL at a random moment, 20 times over the same folder. Every annotation the child
// reported saved must be there afterwards, and the store must always open without a reset.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openAnnotationStore } from './annotation-store'

const WRITER = new URL('../../test-support/annotation-writer.ts', import.meta.url).pathname
const RUNS = 20
let dataDir: string
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-crash-'))
})
afterAll(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5 }))

/** Runs the writer, kills it after `killAfterMs`, and resolves with the ids it acknowledged. */
function runWriter(
  run: number,
  killAfterMs: number,
): Promise<{ acked: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, dataDir, String(run), '20000'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let errors = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code && code !== 0) return reject(new Error(`writer failed: ${errors}`))
      // Only whole lines count: a line cut by the kill was not acknowledged.
      const acked = out
        .split('\n')
        .slice(0, -1)
        .map((l) => l.replace(/^ack /, ''))
      resolve({ acked, killed: signal === 'SIGKILL' })
    })
  })
}

it('loses no acknowledged annotation when killed at random moments', async () => {
  const acknowledged = new Set<string>()
  let kills = 0
  for (let run = 0; run < RUNS; run++) {
    // Startup takes a few hundred ms; kill anywhere from startup to well into the saves.
    const { acked, killed } = await runWriter(run, 300 + Math.random() * 2500)
    if (killed) kills++
    for (const id of acked) acknowledged.add(id)

    const store = await openAnnotationStore(dataDir)
    const ids = new Set((await store.all()).map((a) => a.id))
    const lost = [...acknowledged].filter((id) => !ids.has(id))
    expect(lost, `run ${run}: lost ${lost.length}`).toEqual([])
    expect(store.notices.filter((n) => n.code === 'store_reset')).toEqual([])
  }
  expect(kills).toBeGreaterThan(RUNS / 2)
  expect(acknowledged.size).toBeGreaterThan(0)
}, 180_000)
