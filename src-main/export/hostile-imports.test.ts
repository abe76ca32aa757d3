// Annotation files and packs as a hostile or broken tool would write them: nesting deep enough
// to overflow a recursive walk, a million broken items. Each gives a clear error or a bounded
// answer, and the store is unchanged.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../src-shared/api'
import { openTestApp, type Call } from '../../test-support/test-core'

let dir: string
let call: Call
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scholion-hostile-import-'))
  call = (await openTestApp(dir, () => new Date('2026-06-01T10:00:00Z'))).call
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

describe('importing hostile annotation files', () => {
  it('refuses a deeply nested @context with invalid_input, for imports and packs', async () => {
    const content = `{"@context":${nested(100_000)},"type":"AnnotationCollection","items":[]}`
    await expect(call('import.preview', { content })).rejects.toThrow(
      /^invalid_input: .*nests more than 64 levels deep/,
    )
    const pack = `{"scholion:format":1,"scholion:group":${nested(100_000)}}`
    await expect(call('groups.importPack', { content: pack })).rejects.toThrow(
      /^invalid_input: .*nests more than 64 levels deep/,
    )
    await expect(call('app.info', {})).resolves.toBeTruthy()
  })

  it('answers a file of 300,000 broken items with the first 200 and the count', async () => {
    const items = Array.from({ length: 300_000 }, (_, i) => ({ type: 'Annotation', id: `x${i}` }))
    const content = JSON.stringify({ type: 'AnnotationCollection', items })
    const summary = await call<ImportSummary>('import.apply', { content })
    expect(summary.skippedCount).toBe(300_000)
    expect(summary.skipped).toHaveLength(200)
    expect(summary.added).toBe(0)
    expect(JSON.stringify(summary).length).toBeLessThan(100_000)
    const notes = await call<{ total: number }>('annotations.query', {})
    expect(notes.total).toBe(0)
  })
})
