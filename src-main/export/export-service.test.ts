import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTestCore, SEED_ARTICLE, type Call } from '../../test-support/test-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-shared/annotation'
import type { Output } from '../../src-shared/api'
import { articleSchema } from '../../src-shared/schema'
import { canonicalText } from '../../src-shared/text'
import { ANNOTATIONS_DIR, openAnnotationStore } from '../annotations/annotation-store'
import { EXPORT_FLAVOURS } from '../../src-shared/export-template'
import { MARKER } from './markdown'
import { english } from '../../test-support/english'

const ARTICLE = SEED_ARTICLE
let dirs: string[] = []
let clock = Date.parse('2026-03-04T05:06:07.000Z')
beforeEach(() => {
  dirs = []
})
afterEach(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true, maxRetries: 5 })
})

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'scholion-export-'))
  dirs.push(d)
  return d
}

const open = (dataDir: string) => openTestCore(dataDir, () => new Date((clock += 1000)))

async function annotate(call: Call): Promise<Annotation[]> {
  const article = await call<Output<'articles.get'>>('articles.get', { id: ARTICLE })
  const text = canonicalText(articleSchema.nodeFromJSON(article.doc)).text
  const made: Annotation[] = []
  for (const [phrase, color, note, tags] of [
    ['driving force', 'green', 'The **motor** of history', ['theory']],
    ['Kazakhstan', 'yellow', '', ['events', 'asia']],
    ['trade union laws', 'pink', '- a list\n- of points', []],
  ] as const) {
    const start = text.indexOf(phrase)
    made.push(
      await call<Annotation>('annotations.create', {
        articleId: ARTICLE,
        start,
        end: start + phrase.length,
        color,
        note,
        tags,
      }),
    )
  }
  return made
}

const everything = async (call: Call) =>
  (await call<Output<'annotations.query'>>('annotations.query', { limit: 500 })).items
    .map(({ articleTitle: _t, lang: _l, ...a }) => a)
    .sort((a, b) => a.id.localeCompare(b.id))

describe('exchange as W3C Web Annotations', () => {
  it('round-trips into a fresh data folder, identical', async () => {
    const a = await open(await tempDir())
    await annotate(a)
    const [file] = await a<Output<'export.render'>>('export.render', { format: 'jsonld' })
    const json = JSON.parse(file!.content)
    expect(json.type).toBe('AnnotationCollection')
    expect(json.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ])

    const b = await open(await tempDir())
    const preview = await b<Output<'import.preview'>>('import.preview', { content: file!.content })
    expect(preview).toMatchObject({ format: 'scholion', added: 3, updated: 0, skipped: [] })
    expect(await everything(b)).toEqual([])
    await b('import.apply', { content: file!.content })
    expect(await everything(b)).toEqual(await everything(a))
    // Importing the same file again changes nothing.
    expect(await b('import.apply', { content: file!.content })).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 3,
    })
  })

  it('carries deletions, and lets the newer change win', async () => {
    const aDir = await tempDir()
    const a = await open(aDir)
    const made = await annotate(a)
    const [first] = await a<Output<'export.render'>>('export.render', { format: 'jsonld' })
    const b = await open(await tempDir())
    await b('import.apply', { content: first!.content })

    await a('annotations.delete', { articleId: ARTICLE, id: made[0]!.id })
    await b('annotations.update', { articleId: ARTICLE, id: made[1]!.id, note: 'changed in B' })
    await a('annotations.update', { articleId: ARTICLE, id: made[2]!.id, note: 'changed in A' })
    const [second] = await a<Output<'export.render'>>('export.render', { format: 'jsonld' })
    const summary = await b<Output<'import.apply'>>('import.apply', { content: second!.content })
    expect(summary).toMatchObject({ added: 0, updated: 1, deleted: 1 })
    const inB = await everything(b)
    expect(inB.map((x) => x.id)).not.toContain(made[0]!.id)
    expect(inB.find((x) => x.id === made[1]!.id)!.note).toBe('changed in B')
    expect(inB.find((x) => x.id === made[2]!.id)!.note).toBe('changed in A')
  })

  it('reads a Hypothesis export, placing passages by their quote', async () => {
    const b = await open(await tempDir())
    const hypothesis = {
      total: 2,
      rows: [
        {
          id: 'abc123',
          created: '2025-05-01T10:00:00.000Z',
          updated: '2025-05-02T10:00:00.000Z',
          user: 'acct:reader@hypothes.is',
          uri: `scholion://article/${ARTICLE}`,
          text: 'From Hypothesis',
          tags: ['imported'],
          target: [
            {
              source: `scholion://article/${ARTICLE}`,
              selector: [
                {
                  type: 'TextQuoteSelector',
                  exact: 'multi-dimensional policy',
                  prefix: '',
                  suffix: '',
                },
              ],
            },
          ],
        },
        {
          id: 'page-note',
          created: '2025-05-01T10:00:00.000Z',
          uri: 'https://example.org/',
          text: 'x',
          target: [{ source: 'https://example.org/' }],
        },
      ],
    }
    const summary = await b<Output<'import.apply'>>('import.apply', {
      content: JSON.stringify(hypothesis),
    })
    expect(summary).toMatchObject({ format: 'hypothesis', added: 1 })
    expect(summary.skipped.map((s) => english(s.reason))).toEqual([
      expect.stringMatching(/page note/),
    ])
    const { annotations } = await b<Output<'annotations.forArticle'>>('annotations.forArticle', {
      articleId: ARTICLE,
    })
    expect(annotations[0]).toMatchObject({ note: 'From Hypothesis', tags: ['imported'] })
    expect(annotations[0]!.anchor).not.toBeNull()
  })

  it('changes nothing for malformed, truncated or hostile files, and says why', async () => {
    const dataDir = await tempDir()
    const a = await open(dataDir)
    await annotate(a)
    const before = await everything(a)
    const [file] = await a<Output<'export.render'>>('export.render', { format: 'jsonld' })
    const bad = [
      'not json at all',
      file!.content.slice(0, file!.content.length / 2),
      '{"hello": "world"}',
      '{"__proto__": {"polluted": true}, "type": "AnnotationCollection", "first": {"items": [{"id": 1}]}}',
      JSON.stringify({ type: 'Annotation', id: 'x'.repeat(10_000) }),
    ]
    for (const content of bad) {
      const r = await a<Output<'import.apply'>>('import.apply', { content }).catch(
        (e: Error) => e.message,
      )
      if (typeof r === 'string') expect(r).toMatch(/invalid_input/)
      else expect(r).toMatchObject({ added: 0, updated: 0, deleted: 0 })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await everything(a)).toEqual(before)
  })
})

describe('Markdown export into a folder', () => {
  it('updates files in place: idempotent, and keeps what the user wrote below the marker', async () => {
    const a = await open(await tempDir())
    await annotate(a)
    const folder = await tempDir()
    const first = await a<Output<'export.write'>>('export.write', { format: 'md', folder })
    expect(first.written).toEqual([`${ARTICLE}.md`])
    const file = join(folder, `${ARTICLE}.md`)
    const content = await readFile(file, 'utf8')
    expect(content).toMatch(/^---\ntitle: /)
    expect(content).toContain('> driving force')
    expect(content).toContain('#theory')

    const again = await a<Output<'export.write'>>('export.write', { format: 'md', folder })
    expect(again).toMatchObject({ written: [], unchanged: [`${ARTICLE}.md`] })

    await writeFile(file, `${content}\nMy own conclusions.\n`)
    await a('annotations.update', {
      articleId: ARTICLE,
      id: (await everything(a))[0]!.id,
      note: 'A new note',
    })
    await a('export.write', { format: 'md', folder })
    const updated = await readFile(file, 'utf8')
    expect(updated).toContain('A new note')
    expect(updated.split(MARKER)[1]).toBe('\n\nMy own conclusions.\n')
    expect(await readdir(folder)).toEqual([`${ARTICLE}.md`])
  })

  it.each(EXPORT_FLAVOURS)(
    'in the %s flavour, exporting again changes nothing, keeps the user’s blocks and block ids',
    async (flavour) => {
      const a = await open(await tempDir())
      await annotate(a)
      await a('annotations.update', {
        articleId: ARTICLE,
        id: (await everything(a))[0]!.id,
        tags: ['class struggle', 'theory'],
      })
      const folder = await tempDir()
      const first = await a<Output<'export.write'>>('export.write', {
        format: 'md',
        folder,
        flavour,
      })
      expect(first.written).toEqual([`${ARTICLE}.md`])
      expect(first.tagsChanged).toEqual([{ from: 'class struggle', to: 'class-struggle' }])
      const file = join(folder, `${ARTICLE}.md`)
      const content = await readFile(file, 'utf8')
      const mine = flavour === 'logseq' ? '- My own block\n' : 'My own conclusions.\n'
      await writeFile(file, `${content}${mine}`)
      const again = await a<Output<'export.write'>>('export.write', {
        format: 'md',
        folder,
        flavour,
      })
      expect(again).toMatchObject({ written: [], unchanged: [`${ARTICLE}.md`] })
      expect(await readFile(file, 'utf8')).toBe(`${content}${mine}`)
      // A change to a note rewrites our part; the block ids stay, the user's part is kept.
      const ids = (text: string) =>
        [...text.matchAll(/(?:id:: |\^)([0-9a-f-]{36})/g)].map((m) => m[1])
      await a('annotations.update', {
        articleId: ARTICLE,
        id: (await everything(a))[1]!.id,
        note: 'Changed since',
      })
      await a('export.write', { format: 'md', folder, flavour })
      const updated = await readFile(file, 'utf8')
      expect(updated).toContain('Changed since')
      expect(updated.endsWith(mine)).toBe(true)
      expect(ids(updated)).toEqual(ids(content))
      if (flavour !== 'markdown') expect(ids(content)).toHaveLength(3)
    },
  )

  it('leaves alone a file of the same name that Scholion did not write', async () => {
    const a = await open(await tempDir())
    await annotate(a)
    const folder = await tempDir()
    await writeFile(join(folder, `${ARTICLE}.md`), '# My own file\n')
    const result = await a<Output<'export.write'>>('export.write', { format: 'md', folder })
    expect(result.skipped).toEqual([expect.objectContaining({ name: `${ARTICLE}.md` })])
    expect(await readFile(join(folder, `${ARTICLE}.md`), 'utf8')).toBe('# My own file\n')
  })

  it('writes CSV with a header and quoted cells', async () => {
    const a = await open(await tempDir())
    await annotate(a)
    const [csv] = await a<Output<'export.render'>>('export.render', { format: 'csv' })
    const lines = csv!.content.replace(/^\ufeff/, '').split('\r\n')
    expect(lines[0]).toBe(
      'id,article_id,article_title,language,paragraph,quote,note,tags,colour,created,modified,creator,link,source',
    )
    expect(csv!.content).toContain('"\'- a list\n- of points"') // no formula
    // A header and three rows: the line break inside a quoted cell does not end a record.
    expect(lines.filter(Boolean)).toHaveLength(4)
  })
})

describe('a batch cut short', () => {
  it('is completed from its journal when the store next opens', async () => {
    const dataDir = await tempDir()
    const a = await open(dataDir)
    const [made] = await annotate(a)
    const journal = {
      ops: [
        { kind: 'put', annotation: { ...made!, id: 'from-the-journal', note: 'journaled' } },
        { kind: 'delete', articleId: ARTICLE, id: made!.id, deleted: '2026-06-01T00:00:00.000Z' },
      ],
    }
    await writeFile(join(dataDir, ANNOTATIONS_DIR, '.batch-journal.json'), JSON.stringify(journal))
    const store = await openAnnotationStore(dataDir)
    const ids = (await store.list(ARTICLE)).map((x) => x.id)
    expect(ids).toContain('from-the-journal')
    expect(ids).not.toContain(made!.id)
    expect(store.notices).toEqual([expect.objectContaining({ code: 'batch_completed' })])
    expect(await readdir(join(dataDir, ANNOTATIONS_DIR))).not.toContain('.batch-journal.json')
  })
})
