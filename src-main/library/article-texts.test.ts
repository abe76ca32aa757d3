import { describe, expect, it } from 'vitest'
import { ok } from '../../src-shared/result'
import { createArticleTexts } from './article-texts'
import type { Library } from './library'

/** A library of one article whose text can be replaced by a new version. */
function oneArticle(text: string) {
  let version = { hash: 'a'.repeat(64), text }
  let reads = 0
  const library = {
    summary: (id: string) => (id === 'x' ? { contentHash: version.hash } : null),
    docJson: async () => {
      reads++
      return ok({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: version.text }] }],
      })
    },
  } as unknown as Library
  return {
    library,
    reads: () => reads,
    newVersion(next: string) {
      version = { hash: 'b'.repeat(64), text: next }
    },
  }
}

describe('the texts of recent articles', () => {
  it('reads an article once for a burst of calls', async () => {
    const a = oneArticle('The first version of the text.')
    const textOf = createArticleTexts(a.library)
    for (let i = 0; i < 5; i++) await textOf('x')
    expect(a.reads()).toBe(1)
  })

  it('reads the new text as soon as the article has a new version', async () => {
    const a = oneArticle('The first version of the text.')
    const textOf = createArticleTexts(a.library)
    const before = await textOf('x')
    expect(before.ok && before.value.text).toContain('first version')
    a.newVersion('A second, corrected version of the text.')
    const after = await textOf('x')
    expect(after.ok && after.value).toEqual({
      contentHash: 'b'.repeat(64),
      text: expect.stringContaining('second, corrected version'),
    })
    expect(a.reads()).toBe(2)
  })
})
