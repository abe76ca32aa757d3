// Property-based tests of every parser of outside input: whatever comes in (random text, markup
// built from the tags and markers real files use, JSON with reserved keys and deep nesting,
// bytes that are no zip), each gives a result or a clear error (an Error with a sentence, never
// a TypeError from inside), within a time budget, and nothing reaches Object.prototype. Through
// the core, an import or a pack that is refused leaves the stored annotations as they were.
import fc from 'fast-check'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnchoredAnnotation } from '../../src-shared/annotation'
import { parseDeepLink } from '../../src-shared/deep-link'
import { parseSearch } from '../../src-shared/search-query'
import { parseAnnotationFile } from '../export/web-annotation'
import { readMember, readMemberArticle } from '../groups/group-files'
import { readPack } from '../groups/group-pack'
import { importFile } from '../library/import/import-file'
import { discoverLinks } from '../sync/discover'
import { openTestApp, SEED_ARTICLE, type Call } from '../../test-support/test-core'

/** A generous budget for inputs of a few kilobytes: a parser over it is quadratic or stuck. */
const BUDGET_MS = 3_000
const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

/** Runs `f`; it may return anything or throw a plain Error with a message, within the budget. */
function wellBehaved(f: () => unknown): void {
  const t = performance.now()
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(Error)
    // An internal fault (reading a property of undefined, a stack overflow) is not a clear error;
    // a clear one is an Error, or a MessageError that says it in every language.
    expect(['Error', 'MessageError']).toContain((error as Error).constructor.name)
    expect((error as Error).message.length).toBeGreaterThan(5)
  }
  expect(performance.now() - t).toBeLessThan(BUDGET_MS)
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 }))
/** JSON values with hostile keys, nested up to a depth; sometimes a very deep chain. */
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value
const deepChain = fc
  .integer({ min: 50, max: 20_000 })
  .map(
    (n) =>
      `{"type":"AnnotationCollection","scholion:format":1,"scholion:group":{"id":"g","name":"n","created":"2026-01-01T00:00:00Z"},"@context":${'{"@context":'.repeat(n)}1${'}'.repeat(n)}}`,
  )
/** The annotation file shapes, filled with arbitrary values. */
const annotationDoc = fc.record({
  '@context': json,
  type: fc.constantFrom('AnnotationCollection', 'AnnotationPage', 'Annotation', 'x'),
  id: fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_KEYS)),
  items: fc.array(json, { maxLength: 5 }),
  first: fc.record({ items: fc.array(json, { maxLength: 5 }) }),
  rows: fc.option(fc.array(json, { maxLength: 5 })),
  'scholion:format': fc.oneof(fc.constant(1), fc.integer(), fc.string()),
  'scholion:group': json,
  'scholion:members': fc.array(json, { maxLength: 3 }),
  'scholion:member': fc.constantFrom(...HOSTILE_KEYS, 'ana'),
  'scholion:article': fc.constantFrom(...HOSTILE_KEYS, SEED_ARTICLE),
  'scholion:deleted': fc.array(json, { maxLength: 3 }),
})
const jsonText = fc.oneof(
  fc.string(),
  json.map((v) => JSON.stringify(v)),
  annotationDoc.map((v) => JSON.stringify(v)),
  deepChain,
)

const TAGS = [
  'p',
  'h1',
  'h2',
  'div',
  'article',
  'main',
  'script',
  'style',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'em',
  'strong',
  'noscript',
  'iframe',
  'svg',
  'math',
  'template',
  'time',
  'meta',
  'title',
  'br',
  'blockquote',
  'pre',
  'code',
  'form',
]
const ATTRS = [
  'href="javascript:alert(1)"',
  'onclick="x()"',
  'class="article-body"',
  'lang="el"',
  'src="data:text/html,x"',
  'datetime="2024-05-09"',
  'content="2019-01-01"',
  'dir="rtl"',
]
const html = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...TAGS), fc.constantFrom('', ...ATTRS))
        .map(([t, a]) => `<${t} ${a}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('&amp;', '&#0;', '&#x110000;', '<!--', '-->', '<![CDATA[', '<!DOCTYPE html>'),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''))
const MARKERS = [
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '```',
  '---\n',
  '![x](y)',
  '[a](javascript:x)',
  '| a | b |\n|---|---|\n',
  '**',
  '_',
  '\n\n',
  '\n',
  '<script>x</script>',
  'title: x\n',
]
const markdown = fc
  .array(fc.oneof(fc.constantFrom(...MARKERS), fc.string({ maxLength: 30 })), { maxLength: 60 })
  .map((p) => p.join(''))
const text = fc
  .array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('\n', '\n\n', '\r\n', ' ')), {
    maxLength: 80,
  })
  .map((p) => p.join(''))
const xml = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<?xml version="1.0"?>',
        '<rss version="2.0">',
        '<channel>',
        '<item>',
        '<link>',
        '</link>',
        '</item>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '<entry>',
        '<link href="/x"/>',
        '<urlset>',
        '<url>',
        '<loc>',
        '</loc>',
        '<sitemapindex>',
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>',
        '&a;',
        '<![CDATA[x]]>',
      ),
      fc.webUrl(),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 40 },
  )
  .map((p) => p.join(''))
const bytes = fc.uint8Array({ maxLength: 2048 })
const encode = (s: string) => new TextEncoder().encode(s)

describe('every parser of outside input, on arbitrary input', () => {
  it('saved pages, Markdown, plain text and EPUB (importFile)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          html.map((s) => ({ name: 'page.html', bytes: encode(s) })),
          markdown.map((s) => ({ name: 'notes.md', bytes: encode(s) })),
          text.map((s) => ({ name: 'article.en.txt', bytes: encode(s) })),
          text.map((s) => ({ name: 'article.txt', bytes: encode(s) })),
          bytes.map((b) => ({ name: 'book.epub', bytes: b })),
          bytes.map((b) => ({ name: 'page.htm', bytes: b })),
        ),
        (file) => wellBehaved(() => importFile(file, { guessLanguage: true })),
      ),
      { numRuns: RUNS },
    )
  })

  it('feeds, sitemaps and listing pages (discoverLinks)', () => {
    fc.assert(
      fc.property(fc.oneof(xml, html, jsonText), (body) =>
        wellBehaved(() => {
          const found = discoverLinks(body, 'https://inter.kke.gr/en/')
          expect(typeof found.ok).toBe('boolean')
        }),
      ),
      { numRuns: RUNS },
    )
  })

  it('Web Annotation and Hypothesis files, group member files and packs', () => {
    fc.assert(
      fc.property(jsonText, (content) =>
        wellBehaved(() => {
          const parsed = parseAnnotationFile(content)
          expect('error' in parsed ? typeof parsed.error : typeof parsed.items).not.toBe(
            'undefined',
          )
          const pack = readPack(content)
          expect('error' in pack || pack.shares instanceof Map).toBe(true)
          for (const who of ['ana', ...HOSTILE_KEYS]) {
            expect(typeof readMember(content, who).ok).toBe('boolean')
            expect(typeof readMemberArticle(content, who, 'group').ok).toBe('boolean')
          }
        }),
      ),
      { numRuns: RUNS },
    )
  })

  it('the search query language and deep links', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.constantFrom(
                '"',
                '*',
                '-',
                'OR',
                'lang:',
                'date:2019..',
                'tag:',
                'colour:',
                'section:',
                'has:notes',
                'sort:date',
                ' ',
                '(',
                ')',
                'κόμμα',
                '__proto__',
              ),
              { maxLength: 30 },
            )
            .map((p) => p.join('')),
        ),
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `scholion://article/${s}#para-${s}`),
          fc.constantFrom('scholion://article/%E0%A4%A#annotation-x', 'scholion://__proto__/'),
        ),
        (query, link) =>
          wellBehaved(() => {
            expect(parseSearch(query)).toBeTruthy()
            expect(parseDeepLink(link)).toBeTruthy()
          }),
      ),
      { numRuns: RUNS },
    )
  })

  it('left Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
  })
})

describe('through the core: what is refused changes nothing stored', () => {
  let dir: string
  let call: Call
  let before: string

  const stored = async () =>
    JSON.stringify(
      await call<{ annotations: AnchoredAnnotation[] }>('annotations.forArticle', {
        articleId: SEED_ARTICLE,
      }),
    )

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scholion-fuzz-core-'))
    ;({ call } = await openTestApp(dir, () => new Date('2026-06-01T10:00:00Z'), {
      watchGroups: false,
    }))
    await call('settings.update', { identity: { name: 'Fuzz', colour: '#0e7490' } })
    await call('annotations.create', { articleId: SEED_ARTICLE, start: 5, end: 25, color: 'blue' })
    before = await stored()
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('imports and packs of arbitrary content', async () => {
    await fc.assert(
      fc.asyncProperty(jsonText, async (content) => {
        for (const method of ['import.apply', 'groups.importPack']) {
          const outcome = await call(method, { content }).then(
            () => 'taken',
            (error: Error) => error.message,
          )
          if (outcome !== 'taken') {
            expect(outcome).toMatch(/^invalid_input: /)
            expect(await stored()).toBe(before)
          }
        }
        await expect(call('app.info', {})).resolves.toBeTruthy()
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    )
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
  }, 120_000)
})
