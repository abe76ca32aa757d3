import { readFileSync } from 'node:fs'
import { TextDecoder } from 'node:util'
import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../../src-shared/text'
import { decodeText } from './decode-text'
import { importHtml } from './import-html'
import { OLD_PAGES_HEADINGS } from './site-chrome'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

/** Every string value anywhere in a JSON document, for looking for what must not be there. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

/** Encodes text in a single-byte encoding, by inverting the decoder's table. */
function encode(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label)
  const table = new Map<string, number>()
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(Uint8Array.of(b)), b)
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f))
}

const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head>${head}<title>T</title></head><body><article>${body}</article></body></html>`

describe('importHtml on the site’s pages', () => {
  it('reads an English page: metadata, structure, translation links, no site chrome', () => {
    const r = importHtml({ html: fixture('kke-en.html') })
    expect(r).toMatchObject({
      title: 'KKE and TKP laid wreath at Treptower Park in Berlin despite bans',
      lang: 'en',
      date: '2024-05-10',
      section: 'International Relations',
      slug: 'KKE-and-TKP-laid-wreath-at-Treptower-Park-in-Berlin-despite-bans',
      sourceUrl:
        'https://inter.kke.gr/en/articles/KKE-and-TKP-laid-wreath-at-Treptower-Park-in-Berlin-despite-bans/',
      translationUrls: [
        'https://inter.kke.gr/de/articles/KKE-und-TKP-legten-Kranz-im-Treptower-Park-nieder/',
      ],
    })
    expect(r.dropped).toContain('site box "Links to the old web pages"')
    const types = r.doc.content.content.map((n) => n.type.name)
    expect(types[0]).toBe('heading')
    expect(r.doc.firstChild!.attrs.level).toBe(1)
    expect(types).toEqual(
      expect.arrayContaining(['paragraph', 'heading', 'blockquote', 'bullet_list', 'dateline']),
    )
    const { text } = canonicalText(r.doc)
    for (const chrome of ['Links to the old web pages', 'new page format', 'inter.kke.gr', 'Home'])
      expect(text).not.toContain(chrome)
    for (const gone of ['Subscribe', 'Central Committee', 'tracker', 'color: red'])
      expect(text).not.toContain(gone)
    // Typeset in the page's language, quotes paired across the emphasis.
    expect(text).toContain('said that “the peoples owe their freedom to the Red Army” – and')
    expect(text).toContain('The wreath at the monument')
  })

  it('takes out the Spanish box (bold heading, a sentence without “KKE”, a line of links)', () => {
    const r = importHtml({ html: fixture('kke-es.html') })
    expect(r.lang).toBe('es')
    expect(r.title).toBe('Movilización contra el despliegue de una fragata al Mar Rojo')
    expect(r.date).toBe('2024-02-19')
    const { text } = canonicalText(r.doc)
    expect(text).not.toMatch(/Enlaces|nuevo formato|es\.kke\.gr/)
    expect(text).toContain('la fragata «Hydra» que')
    expect(r.doc.child(1).textContent).toMatch(/^El domingo 18 de febrero/)
  })

  it.each(Object.entries(OLD_PAGES_HEADINGS))(
    'takes out the box headed in %s',
    (lang, headings) => {
      for (const heading of headings) {
        const html = page(
          lang,
          `<div><h3>${heading}</h3><p>A sentence about the move to a new format, pointing at links:</p><ul><li><a href="http://a/">a</a></li></ul></div><h1>Title here</h1><p>${'Body words of the article. '.repeat(20)}</p>`,
        )
        const { text } = canonicalText(importHtml({ html }).doc)
        expect(text).not.toContain(heading)
        expect(text).not.toContain('new format')
        expect(text).toContain('Body words of the article.')
      }
    },
  )

  it('takes out a box in a wording no table holds, by its shape (a Russian page)', () => {
    const html = page(
      'ru',
      `<div><h3>Ссылки на прежние страницы КПГ</h3><p>Фраза, написанная для теста, о новом виде сайтов КПГ:</p><ul><li><a href="http://a/">a</a></li></ul></div><h1>Заголовок для теста</h1><p>${'Слова статьи, написанные для теста. '.repeat(20)}</p>`,
    )
    const r = importHtml({ html })
    expect(r.title).toBe('Заголовок для теста')
    const { text } = canonicalText(r.doc)
    expect(text).not.toMatch(/прежние страницы|новом виде/)
    expect(text).toContain('Слова статьи, написанные для теста.')
  })

  it('keeps a title and a first paragraph ending in a colon that do not name the party', () => {
    const html = page(
      'en',
      `<h1>A short title</h1><p>The statement, written for this test, reads as follows:</p><p>${'A quoted sentence written for the test. '.repeat(10)}</p>`,
    )
    const { text } = canonicalText(importHtml({ html }).doc)
    expect(text).toContain('A short title')
    expect(text).toContain('reads as follows:')
  })

  it.each([
    [
      'en',
      '<p>MEPs of the KKE</p><h1>A title written for the test</h1><p>By Maria Test, member of the CC</p>',
      '<p>04.10.2023</p>',
      { section: 'MEPs of the KKE', author: 'Maria Test', date: '2023-10-04' },
    ],
    [
      'ru',
      '<p>ЗАЯВЛЕНИЕ БЮРО ПЕЧАТИ</p><h1>Заголовок, написанный для теста</h1>',
      '<p>Опубликовано в газете «Ризоспастис», 14 апреля 2018 года</p>',
      {
        section: 'ЗАЯВЛЕНИЕ БЮРО ПЕЧАТИ',
        author: null,
        date: '2018-04-14',
        publication: 'газете «Ризоспастис»'.replace(/[«»]/g, ''),
      },
    ],
    [
      'el',
      '<h1>Τίτλος γραμμένος για τη δοκιμή</h1><p>Γράφει ο Κώστας Δοκιμής</p>',
      '<p>Αθήνα, Πέμπτη 24 Γενάρη 2002</p>',
      { section: null, author: 'Κώστας Δοκιμής', date: '2002-01-24' },
    ],
  ])('reads a %s page’s label, byline and date lines as metadata', (lang, head, tail, meta) => {
    const body = `<p>${'Sentences of the article, written for the test. '.repeat(12)}</p>`
    const r = importHtml({ html: page(lang, `${head}${body}${tail}`) })
    expect(r).toMatchObject(meta)
    const types: string[] = []
    r.doc.forEach((n) => types.push(n.type.name))
    expect(types[0]).toBe('heading')
    expect(types.filter((t) => t === 'heading')).toHaveLength(1)
    expect(types).toContain('dateline')
    if (meta.section) expect(canonicalText(r.doc).text).not.toContain(meta.section)
  })

  it('keeps a short article whole when the box shares its container', () => {
    const html = page(
      'en',
      `<h4>Links to the old web pages of KKE</h4><p>The international sites of KKE gradually move to a new page format. You can find them following these links:</p><p><a href="http://old/">old</a></p><h1>Short</h1><p>Only one short paragraph of news.</p>`,
    )
    const r = importHtml({ html })
    expect(canonicalText(r.doc).text).toContain('Only one short paragraph of news.')
    expect(canonicalText(r.doc).text).not.toContain('old web pages')
  })
})

describe('importHtml on hostile and bad input', () => {
  it('keeps no script, handler, javascript: or data: URL, frame, form or remote load', () => {
    const r = importHtml({ html: fixture('hostile.html') })
    const json = JSON.stringify(r.doc.toJSON())
    for (const bad of [
      'alert',
      'javascript',
      'data:',
      'vbscript',
      'evil.example',
      'hunter2',
      'onerror',
      'onload',
      'frame text',
      'object text',
      'noscript',
      'template text',
    ])
      expect(json.toLowerCase()).not.toContain(bad)
    const hrefs = strings(r.doc.toJSON()).filter((v) => /^[a-z]+:/i.test(v))
    // A picture's relative path is kept as a local one: only an archive build reads it, from
    // the page's own folder; the reader never loads it.
    expect(hrefs).toEqual(['https://example.org/ok', 'local:x'])
    const { text } = canonicalText(r.doc)
    expect(text).toContain('Plain words at the start')
    expect(text).toContain('The last paragraph of the hostile page')
    expect(text).toContain('Styled italic words.')
  })

  it('says why a page without an article cannot be imported', () => {
    expect(() => importHtml({ html: page('en', '') })).toThrow(/No article text/)
    expect(() => importHtml({ html: 'just some words', lang: null })).toThrow(/language/)
    expect(() =>
      importHtml({
        html: '<html lang="en"><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>',
      }),
    ).toThrow(/No article text/)
  })

  it('reads malformed HTML (unclosed tags, stray ends) without losing text', () => {
    const html = `<html lang="de"><title>Kaputt</title><body><h1>Kaputt<p>Erster Absatz ohne Ende <b>fett <i>kursiv</b> weiter</i><p>Zweiter "Absatz"</div></span><p>Dritter`
    const r = importHtml({ html })
    const { text } = canonicalText(r.doc)
    expect(r.title).toBe('Kaputt')
    expect(text).toContain('Erster Absatz ohne Ende fett kursiv weiter')
    expect(text).toContain('Zweiter „Absatz“')
    expect(text).toContain('Dritter')
  })
})

describe('importHtml languages and encodings', () => {
  it.each([
    ['windows-1253', 'el', 'Κομμουνιστικό Κόμμα Ελλάδας: η πάλη συνεχίζεται'],
    ['iso-8859-7', 'el', 'Η εργατική τάξη και ο αγώνας της'],
    ['windows-1251', 'ru', 'Коммунистическая партия Греции о войне'],
    ['koi8-r', 'ru', 'Заявление Пресс-службы ЦК КПГ'],
  ])('decodes a %s page declared in its <meta>', (encoding, lang, title) => {
    const html = `<html lang="${lang}"><head><meta charset="${encoding}"><title>${title}</title></head><body><h1>${title}</h1><p>${title}. ${title}. ${title}.</p></body></html>`
    const text = decodeText(encode(html, encoding), { html: true })
    const r = importHtml({ html: text })
    expect(r.title).toBe(title)
    expect(r.lang).toBe(lang)
  })

  it('takes the language from the address first, then the lang attribute, then the file name', () => {
    const body = '<h1>Titre</h1><p>Un texte assez long pour être un article.</p>'
    expect(
      importHtml({ html: page('en', body), url: 'https://fr.kke.gr/fr/articles/Titre/' }).lang,
    ).toBe('fr')
    expect(importHtml({ html: page('it', body) }).lang).toBe('it')
    expect(importHtml({ html: `<html><body>${body}</body></html>`, lang: 'fr' }).lang).toBe('fr')
  })

  it('imports an Arabic page with its text intact', () => {
    const title = 'بيان الحزب الشيوعي اليوناني'
    const html = `<html lang="ar" dir="rtl"><body><h1>${title}</h1><p>إن الطبقة العاملة في اليونان تناضل ضد الحرب الإمبريالية.</p></body></html>`
    const r = importHtml({ html })
    expect(r.title).toBe(title)
    expect(canonicalText(r.doc).text).toContain('الطبقة العاملة')
  })
})

describe('importHtml figures', () => {
  it('keeps a figure’s caption, what its picture shows and where it came from', () => {
    const r = importHtml({
      html:
        '<html lang="en"><head><title>Rally</title></head><body><article><h1>Rally</h1>' +
        '<p>Thousands marched through the centre of the city against the war and the bases.</p>' +
        '<figure><img src="https://cdn.example/march.jpg" alt="Marchers with red banners">' +
        '<figcaption>The march on <em>Syntagma</em> square</figcaption></figure>' +
        '<figure><img src="https://cdn.example/x.jpg" alt="A banner"></figure>' +
        '<figure><img src="https://cdn.example/y.jpg"></figure>' +
        '<figure><img alt="Nowhere"></figure>' +
        '<p>The rally ended with a call to the next strike, and the crowd sang as it left.</p>' +
        '</article></body></html>',
    })
    const figures = r.doc.content.content.filter((b) => b.type.name === 'figure')
    expect(figures.map((f) => [f.attrs.alt, f.textContent, f.attrs.source])).toEqual([
      [
        'Marchers with red banners',
        'The march on Syntagma square',
        'https://cdn.example/march.jpg',
      ],
      ['A banner', '', 'https://cdn.example/x.jpg'],
      ['', '', 'https://cdn.example/y.jpg'],
      ['Nowhere', '', ''],
    ])
    expect(figures[0]!.child(1).marks.map((m) => m.type.name)).toEqual(['em'])
    // Only a stored picture is ever shown: none is named yet.
    expect(figures.map((f) => f.attrs.image)).toEqual(['', '', '', ''])
  })
})

describe('importHtml: pictures', () => {
  const body = (inner: string) =>
    `<h1>Pictures of the strike</h1><p>${'The workers of the port stood together for their contract. '.repeat(6)}</p>${inner}<p>${'They won a rise for every shift, and the city stood with them. '.repeat(5)}</p>`
  const figures = (html: string, url?: string) =>
    importHtml({ html, ...(url ? { url } : {}) })
      .doc.toJSON()
      .content.filter((b: { type: string }) => b.type === 'figure')
      .map((b: { attrs: object; content?: { text: string }[] }) => ({
        ...b.attrs,
        caption: b.content?.map((c) => c.text).join('') ?? '',
      }))

  it('keeps where each picture came from, made absolute against the page address', () => {
    const html = page(
      'en',
      body(
        `<figure><img src="/media/port.jpg" alt="The port at dawn"><figcaption>Piraeus</figcaption></figure>` +
          `<figure><img data-src="https://cdn.site.test/lazy.png" src="data:image/gif;base64,R0lGOD"></figure>`,
      ),
    )
    expect(figures(html, 'https://inter.kke.gr/en/articles/Pictures/')).toEqual([
      {
        alt: 'The port at dawn',
        source: 'https://inter.kke.gr/media/port.jpg',
        image: '',
        width: 0,
        height: 0,
        caption: 'Piraeus',
      },
      expect.objectContaining({ source: 'https://cdn.site.test/lazy.png' }),
    ])
  })

  it('makes a picture outside a figure into one, after the text it stood in', () => {
    const html = page(
      'en',
      body(
        `<p><a href="https://x.test/big.jpg"><img src="https://x.test/a.jpg" alt="Alone"></a></p>` +
          `<p>Text before <img src="https://x.test/b.jpg" alt="Inline"> and after it.</p>`,
      ),
    )
    const doc = importHtml({ html, url: 'https://inter.kke.gr/en/articles/P/' }).doc.toJSON()
    const kinds = doc.content.map((b: { type: string; attrs?: { alt?: string } }) =>
      b.type === 'figure' ? `figure:${b.attrs!.alt}` : b.type,
    )
    expect(kinds).toEqual([
      'heading',
      'paragraph',
      'figure:Alone',
      'paragraph',
      'figure:Inline',
      'paragraph',
    ])
    expect(canonicalText(importHtml({ html }).doc).text).toContain('Text before and after it.')
  })

  it('never keeps a script address, and keeps a relative one from disk as a local path', () => {
    const html = page(
      'en',
      body(
        `<figure><img src="javascript:alert(1)" alt="a"></figure>` +
          `<figure><img src="file:///etc/passwd" alt="b"></figure>` +
          `<figure><img src="Strike_files/crowd.jpg" alt="c"></figure>` +
          `<figure><img src="data:text/html,<script>alert(1)</script>" alt="d"></figure>`,
      ),
    )
    expect(figures(html).map((f: { source: string }) => f.source)).toEqual([
      '',
      '',
      'local:Strike_files/crowd.jpg',
      '',
    ])
    // Fetched, the same relative path is an address on the site.
    expect(figures(html, 'https://inter.kke.gr/en/articles/S/')[2].source).toBe(
      'https://inter.kke.gr/en/articles/S/Strike_files/crowd.jpg',
    )
  })
})
