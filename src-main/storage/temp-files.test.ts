// After a crash: the temp files of dead writers go, a replace cut between its renames is finished
// without a warning (nothing was lost), and real damage still warns.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { openJsonStore } from './json-store'
import { sweepTempFiles, tempOwner, tempTarget } from './temp-files'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-temps-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A process id that is certainly not running: one that just ended. */
const deadPid = () => Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim())
const atomicTemp = (name: string, pid: number) => `.${name}.${pid.toString(36)}a1b2c3-0.tmp`

const schema = z.object({ notes: z.array(z.string()) })
const open = () =>
  openJsonStore({
    file: join(dir, 'notes.json'),
    label: 'store.settings',
    schema,
    defaults: () => ({ notes: [] as string[] }),
    version: 1,
  })
const envelope = (notes: string[]) => `${JSON.stringify({ version: 1, data: { notes } })}\n`

describe('temp files', () => {
  it('knows whose they are and what they were for', () => {
    expect(tempOwner('.notes.json.2s4a1b2c3-5.tmp')).toBe(parseInt('2s4', 36))
    expect(tempTarget('.notes.json.2s4a1b2c3-5.tmp')).toBe('notes.json')
    expect(tempOwner('abc.jsonld.4242.tmp')).toBe(4242)
    expect(tempOwner('doc.json.4242.k3j2.tmp')).toBe(4242)
    expect(tempOwner('my-notes.tmp')).toBeNull()
  })

  it("removes dead writers' temps, keeps the living's and those a missing file needs", async () => {
    const dead = deadPid()
    await mkdir(join(dir, 'annotations'))
    await writeFile(join(dir, 'notes.json'), envelope(['a']))
    await writeFile(join(dir, 'annotations', 'x.json'), '{}')
    const stale = [
      atomicTemp('notes.json', dead),
      join('annotations', atomicTemp('x.json', dead)),
      join('annotations', `y.jsonld.${dead}.tmp`),
    ]
    const kept = [
      atomicTemp('notes.json', process.pid),
      // Its file is missing: the store needs it to finish the replace.
      atomicTemp('gone.json', dead),
      'not-ours.tmp',
    ]
    for (const f of [...stale, ...kept]) await writeFile(join(dir, f), 'x')
    expect(await sweepTempFiles(dir)).toBe(3)
    const left = [...(await readdir(dir)), ...(await readdir(join(dir, 'annotations')))]
    for (const f of kept) expect(left).toContain(f)
    for (const f of stale) expect(left).not.toContain(f.split('/').pop())
  })
})

describe('a store replace cut by a crash', () => {
  it('is finished on open without a warning when the new version was complete', async () => {
    const store = await open()
    await store.update((d) => {
      d.notes.push('first')
    })
    await store.update((d) => {
      d.notes.push('second')
    })
    // The crash: the file was moved to .bak, the new version is complete in its temp file.
    await rename(join(dir, 'notes.json'), join(dir, 'notes.json.bak'))
    await writeFile(
      join(dir, atomicTemp('notes.json', deadPid())),
      envelope(['first', 'second', 'third']),
    )
    const again = await open()
    expect(again.data.notes).toEqual(['first', 'second', 'third'])
    expect(again.notices).toEqual([])
    expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8')).data.notes).toHaveLength(3)
  })

  it('still warns when the file is gone with no complete new version (real damage)', async () => {
    const store = await open()
    await store.update((d) => {
      d.notes.push('first')
    })
    await store.update((d) => {
      d.notes.push('second')
    })
    await rm(join(dir, 'notes.json'))
    // A temp cut short is no new version.
    await writeFile(join(dir, atomicTemp('notes.json', deadPid())), '{"version":1,"da')
    const again = await open()
    expect(again.data.notes).toEqual(['first'])
    expect(again.notices.map((n) => n.code)).toEqual(['store_restored'])
  })
})
