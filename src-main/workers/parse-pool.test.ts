// The parse thread's budget: a job over its time is stopped, one over its memory ends its
// thread, each with a sentence, and the next job runs in a fresh thread.
import { afterEach, describe, expect, it } from 'vitest'
import { createParsePool, type ParsePool } from './parse-pool'
import { english } from '../../test-support/english'

let pool: ParsePool | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
})

const text = (s: string) => ({ name: 'a.en.txt', bytes: new TextEncoder().encode(s) })
const article = 'A title\n\nThe first paragraph of the article, which ends here.\n'

describe('the parse pool', () => {
  it('imports in its thread and answers plain data', async () => {
    pool = createParsePool()
    const imported = await pool.importFile(text(article))
    expect(imported.entry.title).toBe('A title')
    expect(imported.entry.doc).toMatchObject({ type: 'doc' })
    const parsed = await pool.parseAnnotationFile('{"nope":1}')
    expect('error' in parsed && english(parsed.error)).toContain('no annotations Scholion can read')
  })

  it('gives the thrown reason of a file that cannot be read', async () => {
    pool = createParsePool()
    await expect(
      pool.importFile({ name: 'x.epub', bytes: new Uint8Array([1, 2, 3]) }),
    ).rejects.toThrow(/not a readable EPUB/)
    expect((await pool.importFile(text(article))).entry.title).toBe('A title')
  })

  it('stops a job over its time, and the next job runs', async () => {
    pool = createParsePool({ timeoutMs: 50, maxMemoryMb: 512 })
    const big = `Title\n\n${'word '.repeat(2_000_000)}`
    await expect(pool.importFile(text(big))).rejects.toThrow(/took over 0 s; it was stopped/)
    pool = createParsePool({ timeoutMs: 30_000, maxMemoryMb: 512 })
    expect((await pool.importFile(text(article))).entry.title).toBe('A title')
  })

  it('ends a job over its memory without ending the app', async () => {
    pool = createParsePool({ timeoutMs: 60_000, maxMemoryMb: 64 })
    const big = `Title\n\n${'Many words in many paragraphs.\n\n'.repeat(400_000)}`
    await expect(pool.importFile(text(big))).rejects.toThrow(/needed more than 64 MB of memory/)
    // The same pool starts a fresh thread for the next job.
    const small = await pool.importFile(text(article))
    expect(small.entry.title).toBe('A title')
  })
})
