import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTestApp, openTestCore, SEED_ARTICLE } from '../../test-support/test-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnchoredAnnotation, Annotation } from '../../src-shared/annotation'
import type { Output } from '../../src-shared/api'
import { articleSchema } from '../../src-shared/schema'
import { canonicalText } from '../../src-shared/text'
import { ANNOTATIONS_DIR, fileNameFor } from './annotation-store'
import { english } from '../../test-support/english'

const ARTICLE = SEED_ARTICLE
let dataDir: string
let clock = 0
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-annotations-'))
  clock = Date.parse('2026-03-04T05:06:07.000Z')
})
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5 }))

const open = () => openTestCore(dataDir, () => new Date((clock += 1000)))
const openApp = () => openTestApp(dataDir, () => new Date((clock += 1000)))

async function articleText(): Promise<string> {
  const call = await open()
  const article = await call<Output<'articles.get'>>('articles.get', { id: ARTICLE })
  return canonicalText(articleSchema.nodeFromJSON(article.doc)).text
}

function rangeOf(text: string, phrase: string) {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`no “${phrase}” in the article`)
  return { start, end: start + phrase.length }
}

describe('annotations', () => {
  it('are made from a range, saved, and placed again after a restart', async () => {
    const text = await articleText()
    const call = await open()
    const made = await call<AnchoredAnnotation>('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'driving force'),
      color: 'green',
      note: 'See **Marx**',
      tags: ['theory', 'theory', ' history '],
    })
    expect(made).toMatchObject({
      articleId: ARTICLE,
      quote: { exact: 'driving force' },
      color: 'green',
      note: 'See **Marx**',
      tags: ['theory', 'history'],
      creator: { id: expect.any(String), name: '' },
    })
    expect(made.quote.prefix).toBe(text.slice(made.position.start - 32, made.position.start))

    const again = await open()
    const { annotations } = await again<Output<'annotations.forArticle'>>(
      'annotations.forArticle',
      { articleId: ARTICLE },
    )
    expect(annotations).toHaveLength(1)
    expect(annotations[0]!.anchor).toEqual({ ...made.position, confidence: 1 })
  })

  it('come with the article when it is asked for with them, placed the same', async () => {
    const text = await articleText()
    const call = await open()
    await call('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'driving force'),
      color: 'blue',
    })
    const alone = await call<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    const article = await call<Output<'articles.get'>>('articles.get', {
      id: ARTICLE,
      annotations: true,
    })
    expect(article.annotations).toEqual(alone)
    expect(article.annotations!.annotations).toHaveLength(1)
    const plain = await call<Output<'articles.get'>>('articles.get', { id: ARTICLE })
    expect(plain).not.toHaveProperty('annotations')
  })

  it('are changed, deleted and restored exactly', async () => {
    const text = await articleText()
    const call = await open()
    const made = await call<Annotation>('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'class struggle'),
      color: 'yellow',
    })
    const changed = await call<Annotation>('annotations.update', {
      articleId: ARTICLE,
      id: made.id,
      color: 'pink',
      note: 'changed',
      tags: ['a'],
    })
    expect(changed).toMatchObject({ color: 'pink', note: 'changed', tags: ['a'] })
    expect(changed.modified > made.modified).toBe(true)
    const removed = await call<Annotation>('annotations.delete', {
      articleId: ARTICLE,
      id: made.id,
    })
    expect(removed).toEqual(changed)
    expect(
      (
        await call<Output<'annotations.forArticle'>>('annotations.forArticle', {
          articleId: ARTICLE,
        })
      ).annotations,
    ).toEqual([])
    await call('annotations.restore', { annotation: removed })
    const back = await call<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    expect(back.annotations.map(({ anchor: _, ...a }) => a)).toEqual([changed])
  })

  it('are attached to another passage keeping their note, tags, id and creation, and put back on undo', async () => {
    const text = await articleText()
    const call = await open()
    const { anchor, ...made } = await call<AnchoredAnnotation>('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'class struggle'),
      color: 'blue',
      note: 'keep me',
      tags: ['kept'],
    })
    expect(anchor).toMatchObject(rangeOf(text, 'class struggle'))
    const moved = await call<AnchoredAnnotation>('annotations.reanchor', {
      articleId: ARTICLE,
      id: made.id,
      ...rangeOf(text, 'driving force'),
    })
    expect(moved).toMatchObject({
      id: made.id,
      note: 'keep me',
      tags: ['kept'],
      color: 'blue',
      created: made.created,
      quote: { exact: 'driving force' },
      anchor: { ...rangeOf(text, 'driving force'), confidence: 1 },
    })
    expect(moved.modified > made.modified).toBe(true)
    // After a restart it is placed where it was attached.
    const again = await open()
    const placed = await again<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    expect(placed.annotations.map((a) => [a.id, a.anchor?.start])).toEqual([
      [made.id, rangeOf(text, 'driving force').start],
    ])
    // Undo puts it back exactly as it was.
    await again('annotations.restore', { annotation: made })
    const undone = await again<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    expect(undone.annotations.map(({ anchor: _, ...a }) => a)).toEqual([made])
    // An empty or outside range, or an annotation that is gone, is refused with a reason.
    await expect(
      again('annotations.reanchor', { articleId: ARTICLE, id: made.id, start: 5, end: 5 }),
    ).rejects.toThrow(/invalid_input/)
    await expect(
      again('annotations.reanchor', { articleId: ARTICLE, id: made.id, start: 0, end: 10 ** 7 }),
    ).rejects.toThrow(/not in this article/)
    await expect(
      again('annotations.reanchor', { articleId: ARTICLE, id: 'nope', start: 0, end: 5 }),
    ).rejects.toThrow(/no longer exists/)
  })

  it('refuse ranges outside the text and unknown articles, with a reason', async () => {
    const call = await open()
    await expect(
      call('annotations.create', { articleId: ARTICLE, start: 5, end: 10_000_000, color: 'blue' }),
    ).rejects.toThrow(/invalid_input/)
    await expect(
      call('annotations.create', { articleId: 'nope', start: 0, end: 4, color: 'blue' }),
    ).rejects.toThrow(/not_found/)
    await expect(
      call('annotations.update', { articleId: ARTICLE, id: 'missing', note: 'x' }),
    ).rejects.toThrow(/not_found/)
  })

  it('are listed in the notebook with filters, counts and sorting', async () => {
    const text = await articleText()
    const call = await open()
    const make = (phrase: string, color: string, tags: string[]) =>
      call<Annotation>('annotations.create', {
        articleId: ARTICLE,
        ...rangeOf(text, phrase),
        color,
        tags,
      })
    const a = await make('driving force', 'green', ['theory'])
    const b = await make('Kazakhstan', 'yellow', ['theory', 'events'])
    await make('trade union laws', 'yellow', ['law'])

    const all = await call<Output<'annotations.query'>>('annotations.query', {})
    expect(all.total).toBe(3)
    expect(all.items[0]!.articleTitle).toMatch(/^The class struggle/)
    expect(all.items[0]!.lang).toBe('en')
    expect(all.tags).toEqual([
      { tag: 'theory', count: 2 },
      { tag: 'events', count: 1 },
      { tag: 'law', count: 1 },
    ])
    const theory = await call<Output<'annotations.query'>>('annotations.query', {
      tag: 'theory',
      sort: 'oldest',
    })
    expect(theory.items.map((i) => i.id)).toEqual([a.id, b.id])
    // Facets count what the other filters leave.
    expect(theory.colors).toEqual(
      expect.arrayContaining([
        { color: 'green', count: 1 },
        { color: 'yellow', count: 1 },
      ]),
    )
    const yellowTheory = await call<Output<'annotations.query'>>('annotations.query', {
      tag: 'theory',
      color: 'yellow',
    })
    expect(yellowTheory.items.map((i) => i.id)).toEqual([b.id])
    const words = await call<Output<'annotations.query'>>('annotations.query', {
      query: 'KAZAKHSTAN',
    })
    expect(words.items.map((i) => i.id)).toEqual([b.id])
    const byArticle = await call<Output<'annotations.query'>>('annotations.query', {
      sort: 'article',
    })
    const starts = byArticle.items.map((i) => i.position.start)
    expect(starts).toEqual([...starts].sort((x, y) => x - y))
    const none = await call<Output<'annotations.query'>>('annotations.query', {
      from: '2030-01-01',
    })
    expect(none.total).toBe(0)
    expect(await call('annotations.tags', {})).toEqual(all.tags)
  })

  it('mark their article in the library’s “with notes” filter', async () => {
    const text = await articleText()
    const call = await open()
    const none = await call<Output<'articles.list'>>('articles.list', { status: 'annotated' })
    expect(none.total).toBe(0)
    await call('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'Kazakhstan'),
      color: 'blue',
    })
    const again = await open()
    const some = await again<Output<'articles.list'>>('articles.list', { status: 'annotated' })
    expect(some.items.map((a) => a.id)).toEqual([ARTICLE])
    expect(some.status.annotated).toBe(1)
  })

  it('keep one small file per article', async () => {
    const text = await articleText()
    const { call, core } = await openApp()
    await call('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'Kazakhstan'),
      color: 'blue',
    })
    // Saves reach their article's file at a checkpoint (a pause, or quitting).
    await core.flush()
    const files = await readdir(join(dataDir, ANNOTATIONS_DIR))
    expect(files).toContain(fileNameFor(ARTICLE))
    const onDisk = JSON.parse(
      await readFile(join(dataDir, ANNOTATIONS_DIR, fileNameFor(ARTICLE)), 'utf8'),
    )
    expect(onDisk).toMatchObject({ version: 1, data: { articleId: ARTICLE } })
  })

  it('come back from the last good copy when their file is damaged, with a notice', async () => {
    const text = await articleText()
    const { call, core } = await openApp()
    const first = await call<Annotation>('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'Kazakhstan'),
      color: 'blue',
    })
    // Each save reaches the file at its own checkpoint: the file, then its last good copy.
    await core.flush()
    await call('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'driving force'),
      color: 'blue',
    })
    await core.flush()
    const file = join(dataDir, ANNOTATIONS_DIR, fileNameFor(ARTICLE))
    await writeFile(file, '{"version":1,"data":{"articleId":"en-the-cl')

    const again = await open()
    const got = await again<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    // The last good copy holds the first annotation; the damaged file is kept aside.
    expect(got.annotations.map((a) => a.id)).toEqual([first.id])
    expect(got.notices.map((n) => [n.code, english(n.message)])).toEqual([
      ['store_restored', expect.stringMatching(/damaged/)],
    ])
    const kept = (await readdir(join(dataDir, ANNOTATIONS_DIR))).filter((n) =>
      n.includes('.corrupt-'),
    )
    expect(kept).toHaveLength(1)
  })

  it('stay listed as orphans, quote and note, when their passage is gone', async () => {
    const text = await articleText()
    const call = await open()
    const made = await call<Annotation>('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'Kazakhstan'),
      color: 'blue',
      note: 'keep me',
    })
    // As if made on an older version whose passage the current text no longer has.
    const older: Annotation = {
      ...made,
      id: 'from-an-older-version',
      contentHash: 'older',
      quote: {
        exact: 'a sentence that was cut from the article',
        prefix: 'Once ',
        suffix: ' here.',
      },
      position: { start: 10, end: 51 },
    }
    await call('annotations.restore', { annotation: older })
    const { annotations } = await call<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    expect(annotations.map((a) => [a.id, a.anchor === null])).toEqual([
      [made.id, false],
      ['from-an-older-version', true],
    ])
    expect(annotations[1]).toMatchObject({ note: 'keep me', quote: older.quote })
    expect(annotations[0]!.changed).toBeUndefined()
  })

  it('say when they are placed on a passage whose words changed, and not for typesetting', async () => {
    const text = await articleText()
    const call = await open()
    const made = await call<Annotation>('annotations.create', {
      articleId: ARTICLE,
      ...rangeOf(text, 'the ‘driving force’ of social development'),
      color: 'blue',
    })
    // As if made on a version where one word was different, and one with straight quotes.
    const slip = made.quote.exact.replace('social', 'societal')
    const typeset = made.quote.exact.replace(/[‘’]/g, "'")
    for (const [id, exact] of [
      ['one-word-changed', slip],
      ['straight-quotes', typeset],
    ] as const) {
      await call('annotations.restore', {
        annotation: { ...made, id, contentHash: 'older', quote: { ...made.quote, exact } },
      })
    }
    const { annotations } = await call<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    const byId = new Map(annotations.map((a) => [a.id, a]))
    expect(byId.get('one-word-changed')).toMatchObject({
      changed: true,
      anchor: { start: made.position.start },
    })
    expect(byId.get('straight-quotes')!.anchor).not.toBeNull()
    expect(byId.get('straight-quotes')!.changed).toBeUndefined()
    expect(byId.get(made.id)!.changed).toBeUndefined()
  })
})
