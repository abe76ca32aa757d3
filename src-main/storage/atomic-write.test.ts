import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { writeFileAtomic } from './atomic-write'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-atomic-'))
})
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }))

it('replaces the file whole and leaves no temp file behind', async () => {
  const file = join(dir, 'a.json')
  await writeFile(file, 'old')
  await writeFileAtomic(file, 'new content')
  expect(await readFile(file, 'utf8')).toBe('new content')
  expect(await readdir(dir)).toEqual(['a.json'])
})

it('fails cleanly, leaving the old file, when the folder does not exist', async () => {
  await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow()
  expect(await readdir(dir)).toEqual([])
})
