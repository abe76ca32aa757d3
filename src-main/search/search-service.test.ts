import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-shared/annotation'
import type { SearchResults } from '../../src-shared/search'
import { buildArchive } from '../archive/archive-build'
import { type Library } from '../library/library'
import { openLibrary } from '../library/open-library'
import { createSearchService, type SearchService } from './search-service'
import { bodyStartFor } from './segment-format'
import { english } from '../../test-support/english'

const TEXTS: Record<string, string> = {
  'struggle.en.txt': `Workers of the world unite

The working class struggle continues. Every worker knows the strike.

Published in Rizospastis, 5 March 2023
`,
  'capital.en.txt': `Capital and labour

Capital exploits labour. The class struggle is the motor of history; the party leads it.

Published in Rizospastis, 2 June 2015
`,
  'party.el.txt': `Το Κομμουνιστικό Κόμμα

Οι εργάτες και ο λαός στηρίζουν τον ΚΟΜΜΟΥΝΙΣΤΙΚΟ αγώνα. Η πάλη των τάξεων συνεχίζεται.

Published in Rizospastis, 1 May 2020
`,
  'party.ru.txt': `Коммунистическая партия

Рабочие поддерживают коммунистическую борьбу. Ёлка стояла у входа.

Published in Rizospastis, 7 November 2017
`,
  'party.ar.txt': `الحزب الشيوعي

إن العُمَّال يدعمون النضال في كل مكان. الإسلام والسياسة.
`,
  'party.de.txt': `Die Kommunistische Partei

Die Arbeiter kämpfen auf der Straße für ihre Rechte.

Published in Rizospastis, 3 October 2019
`,
  'party.tr.txt': `Komünist Parti

İşçiler ve emekçiler mücadele ediyor. Hükümete karşı eylemler sürüyor.
`,
  'strike.fr.txt': `La grève continue

Les dockers soutiennent la grève du port depuis lundi.
`,
}

let work: string
let library: Library
let search: SearchService
const annotations: Annotation[] = []

async function run(query: string, extra: Partial<{ limit: number; snippets: number }> = {}) {
  const r = await search.query({
    query,
    offset: 0,
    limit: 20,
    snippets: 5,
    notesLimit: 10,
    ...extra,
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
const ids = (r: SearchResults) => r.articles.hits.map((h) => h.id).sort()
/** A query on another service, without snippets or notes. */
const ask = (s: SearchService, query: string) =>
  s.query({ query, offset: 0, limit: 10, snippets: 0, notesLimit: 0 })

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-search-'))
  await mkdir(join(work, 'src'))
  for (const [name, text] of Object.entries(TEXTS)) await writeFile(join(work, 'src', name), text)
  await buildArchive({ from: [join(work, 'src')], out: join(work, 'archive') })
  library = (await openLibrary(join(work, 'archive'))).library!
  search = createSearchService({
    library,
    dataDir: join(work, 'data'),
    annotations: async () => annotations,
  })
  await search.index!.idle()
})
afterAll(async () => {
  search.close()
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

describe('search over the bundled index', () => {
  it('opens the index archive:build wrote, without rebuilding', () => {
    const count = Object.keys(TEXTS).length
    expect(search.status()).toMatchObject({ state: 'ready', done: count, total: count })
  })

  it('matches stems in each language, whatever the accents and case', async () => {
    expect(ids(await run('worker'))).toEqual(['en-struggle'])
    expect(ids(await run('κομμουνιστικο'))).toEqual(['el-party'])
    expect(ids(await run('εργατων'))).toEqual(['el-party'])
    expect(ids(await run('коммунистической'))).toEqual(['ru-party'])
    expect(ids(await run('елка'))).toEqual(['ru-party'])
    expect(ids(await run('العمال'))).toEqual(['ar-party'])
    expect(ids(await run('الاسلام'))).toEqual(['ar-party'])
    expect(ids(await run('strasse'))).toEqual(['de-party'])
    expect(ids(await run('isci'))).toEqual(['tr-party'])
  })

  it('finds the other forms of a word: a Turkish noun by its root, a verb whose stem alternates', async () => {
    for (const query of ['hükümetler', 'hukumetin', 'eylem', 'eylemin']) {
      const hit = (await run(query)).articles.hits[0]
      expect([query, hit?.id]).toEqual([query, 'tr-party'])
      const s = hit!.snippet!
      const marked = s.marks.map(([a, b]) => s.text.slice(a, b))
      expect(marked.some((w) => /^(Hükümete|eylemler)$/.test(w))).toBe(true)
    }
    const hit = (await run('soutenir')).articles.hits[0]
    expect(hit?.id).toBe('fr-strike')
    expect(hit!.snippet!.marks.map(([a, b]) => hit!.snippet!.text.slice(a, b))).toEqual([
      'soutiennent',
    ])
  })

  it('requires every word, and reads phrases, prefixes, exclusions and OR', async () => {
    expect(ids(await run('class struggle'))).toEqual(['en-capital', 'en-struggle'])
    expect(ids(await run('"working class"'))).toEqual(['en-struggle'])
    expect(ids(await run('"class working"'))).toEqual([])
    expect(ids(await run('struggle -strike'))).toEqual(['en-capital'])
    expect(ids(await run('strike OR exploits'))).toEqual(['en-capital', 'en-struggle'])
    expect(ids(await run('kommun*'))).toEqual(['de-party'])
    expect(ids(await run('κομμουνιστ*'))).toEqual(['el-party'])
  })

  it('filters by language and date, and sorts by date on demand', async () => {
    expect(ids(await run('party lang:de'))).toEqual([])
    expect(ids(await run('partei lang:de'))).toEqual(['de-party'])
    expect(ids(await run('struggle date:2023'))).toEqual(['en-struggle'])
    expect(ids(await run('struggle before:2020'))).toEqual(['en-capital'])
    const byDate = await run('lang:en,el,ru sort:date')
    expect(byDate.articles.hits.map((h) => h.date)).toEqual([
      '2023-03-05',
      '2020-05-01',
      '2017-11-07',
      '2015-06-02',
    ])
  })

  it('ranks by relevance: the article about the word first', async () => {
    const r = await run('capital')
    expect(r.articles.hits[0]!.id).toBe('en-capital')
  })

  it('tolerates a typo in a longer word when the exact search finds nothing', async () => {
    const r = await run('struggel')
    expect(ids(r)).toEqual(['en-capital', 'en-struggle'])
    expect(r.corrected).toEqual([{ word: 'struggel', similar: ['struggle'] }])
    expect((await run('strik')).corrected).toEqual([{ word: 'strik', similar: ['strike'] }])
  })

  it('marks the matched words in titles and snippets, with the offset of the match', async () => {
    const r = await run('κομμουνιστικο')
    const hit = r.articles.hits[0]!
    expect(hit.titleMarks.map(([a, b]) => hit.title.slice(a, b))).toEqual(['Κομμουνιστικό'])
    const s = hit.snippet!
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['ΚΟΜΜΟΥΝΙΣΤΙΚΟ'])
    expect(s.offset).toBeGreaterThan(0)
  })

  it('reports problems in the query and answers nothing for an empty one', async () => {
    expect((await run('colour:beige')).problems).toHaveLength(1)
    expect((await run('   ')).articles.total).toBe(0)
  })
})

describe('searching notes', () => {
  beforeAll(() => {
    const base = {
      type: 'highlight',
      author: { id: 'me', name: '' },
      created: '2024-01-01T00:00:00.000Z',
      modified: '2024-01-01T00:00:00.000Z',
      contentHash: 'x',
      position: { start: 0, end: 5 },
    }
    annotations.push(
      {
        ...base,
        id: 'n1',
        articleId: 'el-party',
        quote: { exact: 'Οι εργάτες και ο λαός', prefix: '', suffix: '' },
        note: 'Σημαντικό για τη συζήτηση',
        tags: ['theory'],
        color: 'yellow',
      } as unknown as Annotation,
      {
        ...base,
        id: 'n2',
        articleId: 'en-capital',
        quote: { exact: 'Capital exploits labour', prefix: '', suffix: '' },
        note: '',
        tags: ['economics'],
        color: 'green',
        created: '2024-02-01T00:00:00.000Z',
      } as unknown as Annotation,
    )
  })

  it('finds notes by quote, note and tag words, with marks', async () => {
    const r = await run('εργατων')
    expect(r.notes.hits.map((h) => h.annotation.id)).toEqual(['n1'])
    const hit = r.notes.hits[0]!
    expect(hit.quoteMarks.map(([a, b]) => hit.annotation.quote.exact.slice(a, b))).toEqual([
      'εργάτες',
    ])
    expect(hit.annotation.articleTitle).toBe('Το Κομμουνιστικό Κόμμα')
    expect((await run('economics')).notes.hits.map((h) => h.annotation.id)).toEqual(['n2'])
    expect((await run('exploit')).notes.total).toBe(1)
  })

  it('filters articles and notes by tag, colour and has:notes', async () => {
    expect((await run('has:notes')).notes.hits.map((h) => h.annotation.id)).toEqual(['n1'])
    expect((await run('colour:green')).notes.hits.map((h) => h.annotation.id)).toEqual(['n2'])
    expect(ids(await run('tag:theory'))).toEqual(['el-party'])
    expect(ids(await run('labour tag:economics'))).toEqual(['en-capital'])
    expect(ids(await run('labour tag:theory'))).toEqual([])
  })
})

describe('index lifecycle', () => {
  it('finds exactly the articles a brute-force scan finds, word by word', async () => {
    const { docBlocks } = await import('./doc-blocks')
    const { exactTerm, words } = await import('./analyser')
    const texts = new Map<string, Set<string>>()
    for (const id of library.ids()) {
      const doc = await library.docJson(id)
      const summary = library.summary(id)!
      const all = [summary.title, ...docBlocks(doc.ok ? doc.value : null)].join(' ')
      texts.set(id, new Set(words(all).map(exactTerm)))
    }
    const vocabulary = new Set([...texts.values()].flatMap((s) => [...s]))
    expect(vocabulary.size).toBeGreaterThan(80)
    for (const word of vocabulary) {
      const expected = [...texts]
        .filter(([, s]) => s.has(word))
        .map(([id]) => id)
        .sort()
      expect([word, ids(await run(`"${word}"`, { snippets: 0 }))]).toEqual([word, expected])
    }
  })

  it('rebuilds a damaged index in the background and answers meanwhile', async () => {
    const dir = join(work, 'archive', 'search')
    const [segment] = (await readdir(dir)).filter((f) => f.endsWith('.seg'))
    const bytes = await readFile(join(dir, segment!))
    bytes[bytes.length - 3]! ^= 0xff // a flipped byte in the postings
    await writeFile(join(dir, segment!), bytes)
    const notices: string[] = []
    const damaged = createSearchService({
      library,
      dataDir: join(work, 'data-damaged'),
      annotations: async () => [],
      rebuildChunk: 2,
      onNotice: (m) => m && notices.push(english(m)),
    })
    try {
      await damaged.index!.opened
      // The background check finds the damage and rebuilds into the data folder.
      await expect.poll(() => notices.join(), { timeout: 5000 }).toMatch(/seg-000\.seg is damaged/)
      await damaged.index!.idle()
      await expect.poll(() => damaged.status().state, { timeout: 5000 }).toBe('ready')
      const r = await ask(damaged, 'worker')
      expect(r.ok && r.value.articles.hits.map((h) => h.id)).toEqual(['en-struggle'])
      expect(
        (await readdir(join(work, 'data-damaged', 'search', 'base'))).filter((f) =>
          f.endsWith('.seg'),
        ),
      ).toHaveLength(4)
    } finally {
      damaged.close()
    }
  })

  it('starts a rebuild when a query finds damaged postings, and still answers', async () => {
    const dir = join(work, 'archive', 'search')
    const [segment] = (await readdir(dir)).filter((f) => f.endsWith('.seg'))
    const bytes = await readFile(join(dir, segment!))
    const header = JSON.parse(bytes.subarray(12, 12 + bytes.readUInt32LE(8)).toString()) as {
      ranges: { stemPostings: [number, number] }
    }
    const postings = bodyStartFor(bytes.readUInt32LE(8)) + header.ranges.stemPostings[0]
    for (let i = postings; i < bytes.length; i++) bytes[i] = 0xff
    await writeFile(join(dir, segment!), bytes)
    const notices: string[] = []
    const s = createSearchService({
      library,
      dataDir: join(work, 'data-query-damage'),
      annotations: async () => [],
      verify: false, // no background check: the query is what finds the damage
      onNotice: (m) => m && notices.push(english(m)),
    })
    try {
      await s.index!.opened
      expect(s.status().state).toBe('ready')
      const first = await ask(s, 'worker')
      expect(first.ok).toBe(true)
      expect(notices.join()).toMatch(/rebuilt .*posting/)
      await s.index!.idle()
      expect(s.status().state).toBe('ready')
      const again = await ask(s, 'worker')
      expect(again.ok && again.value.articles.hits.map((h) => h.id)).toEqual(['en-struggle'])
    } finally {
      s.close()
    }
  })

  it('rebuilds when the index is missing, answering from the part already built', async () => {
    await rm(join(work, 'archive', 'search'), { recursive: true })
    const fresh = createSearchService({
      library,
      dataDir: join(work, 'data-fresh'),
      annotations: async () => [],
      rebuildChunk: 3,
    })
    try {
      await fresh.index!.opened
      expect(fresh.status()).toMatchObject({ state: 'building', total: Object.keys(TEXTS).length })
      const early = await ask(fresh, 'party')
      expect(early.ok && early.value.index.state).toBe('building')
      await fresh.index!.idle()
      expect(fresh.status().state).toBe('ready')
      const r = await ask(fresh, 'worker')
      expect(r.ok && r.value.articles.hits.map((h) => h.id)).toEqual(['en-struggle'])
    } finally {
      fresh.close()
    }
    // The next start opens the rebuilt index from the data folder.
    const again = createSearchService({
      library,
      dataDir: join(work, 'data-fresh'),
      annotations: async () => [],
    })
    try {
      await again.index!.opened
      expect(again.status().state).toBe('ready')
    } finally {
      again.close()
    }
  })

  it('indexes added articles, a newer version hiding the older', async () => {
    const s = createSearchService({
      library,
      dataDir: join(work, 'data-fresh'),
      annotations: async () => [],
    })
    try {
      await s.index!.idle()
      await s.index!.addArticles([
        {
          id: 'en-struggle',
          lang: 'en',
          date: '2024-01-01',
          section: null,
          title: 'Revised',
          blocks: ['A new text about cooperatives.'],
        },
        {
          id: 'en-new',
          lang: 'en',
          date: '2024-02-01',
          section: 'News',
          title: 'Fresh',
          blocks: ['Cooperatives grow.'],
        },
      ])
      const q = (query: string) => ask(s, query)
      const coop = await q('cooperative')
      expect(coop.ok && coop.value.articles.hits.map((h) => h.id).sort()).toEqual([
        'en-new',
        'en-struggle',
      ])
      const old = await q('strike')
      expect(old.ok && old.value.articles.total).toBe(0)
      const news = await q('section:news')
      expect(news.ok && news.value.articles.hits.map((h) => h.id)).toEqual(['en-new'])
    } finally {
      s.close()
    }
  })
})
