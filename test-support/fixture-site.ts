// A local copy of the site's structure, for tests, benchmarks and demos (`npm run fixture-site`):
// on 127.0.0.1, in several languages, each with a front page of the latest articles, a listing
// of all of them, an RSS feed and a sitemap (with a sitemap index over the languages); article
// pages as the site makes them (navigation, the old-pages box in the page's language, a section,
// links to the other languages, the closing date line); some Greek and Russian pages in the old
// encodings (windows-1253, ISO-8859-7, windows-1251, KOI8-R), said by the server or by the page;
// one article that changes when `revise()` is called; ETag and Last-Modified, answered with 304;
// a robots.txt that forbids one article; with `history`, older articles only the listing's
// pages (?page=2, 3, … linked by rel="next") lead to.
// Under /faults/, what a real server does wrong: a 500, a slow drip, a body cut short, one too
// large, a redirect loop, a PDF, a wrong charset, a page with no article, one article under two
// addresses, malformed XML and an entity-expansion bomb. One English article has pictures: a good
// one, one served as text (its bytes are a PNG), one missing, one too large, one that is really a
// page of HTML, and an SVG (PICTURES_SLUG).
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TextDecoder } from 'node:util'
import { jpegHeader, png } from './pictures'
import { render } from './synth/formats'
import { Writer } from './synth/synth'
import { LANGUAGES, type SynthLang } from './synth/vocabulary'

export interface FixtureSiteOptions {
  /** Articles in each language (default 12). */
  perLanguage?: number
  languages?: readonly SynthLang[]
  seed?: number
  port?: number
  /** Older articles in each language, found only by going back through the article listing's
   * pages (ten a page, dated 2015 to 2019; default none). */
  history?: number
}

export interface FixtureSite {
  url: string
  /** Requests by path, for tests that check politeness. */
  hits: Map<string, number>
  /** Requests by path and query (listing pages differ by ?page=). */
  urls: Map<string, number>
  /** Changes the changing article (a new revision of its text). */
  revise(): void
  close(): Promise<void>
}

interface Page {
  type: string
  body: Buffer
  etag: string
  modified: string
}

const LATEST = 20
/** Listing items a page of history. */
export const HISTORY_PER_PAGE = 10
/** The article robots.txt forbids (a crawl must leave it alone). */
export const FORBIDDEN_SLUG = 'article-en-3'
export const CHANGING_SLUG = 'changing-article'
/** A paragraph of the changing article's first revision that later revisions remove. */
export const REMOVED_LATER =
  'This paragraph of the first revision is removed by the editors in the next one.'

/** The English article with pictures, and what its pictures are. */
export const PICTURES_SLUG = 'article-en-1'
export const PICTURES = {
  good: {
    path: '/pictures/harbour.png',
    alt: 'The harbour at dawn',
    caption: 'Piraeus, the container terminal',
  },
  asText: { path: '/pictures/crowd.png', alt: 'The crowd at the gate', caption: 'At the gate' },
  missing: { path: '/pictures/missing.jpg', alt: 'A lost picture', caption: 'Gone from the site' },
  huge: { path: '/pictures/huge.jpg', alt: 'A huge picture', caption: 'Too large to keep' },
  page: { path: '/pictures/page.jpg', alt: 'A page, not a picture', caption: 'Really HTML' },
  svg: { path: '/pictures/logo.svg', alt: 'A drawing', caption: 'An SVG' },
} as const

/** The figures of the article with pictures, as the site writes them. */
function pictureFigures(): string {
  return Object.values(PICTURES)
    .map(
      (p) =>
        `<figure><img src="${p.path}" alt="${p.alt}"><figcaption>${p.caption}</figcaption></figure>`,
    )
    .join('\n')
}

function addPictures(pages: Map<string, Page>, when: Date): void {
  pages.set(PICTURES.good.path, page('image/png', png(960, 540), when))
  pages.set(
    PICTURES.asText.path,
    page('text/plain', png(640, 400, [20, 60, 120], [200, 220, 240]), when),
  )
  pages.set(
    PICTURES.huge.path,
    page(
      'image/jpeg',
      Buffer.concat([jpegHeader(4000, 3000), Buffer.alloc(9 * 1024 * 1024)]),
      when,
    ),
  )
  pages.set(
    PICTURES.page.path,
    page('image/jpeg', '<!DOCTYPE html><html><body>Not here</body></html>', when),
  )
  pages.set(
    PICTURES.svg.path,
    page(
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>',
      when,
    ),
  )
}

/** Encodes text in a single-byte charset (characters it lacks become "?"). */
function encode(text: string, charset: string): Buffer {
  const decoder = new TextDecoder(charset)
  const table = new Map<string, number>()
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), b)
  return Buffer.from(
    [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) ?? 0x3f))),
  )
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function page(type: string, body: string | Buffer, modified: Date): Page {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  return {
    type,
    body: bytes,
    etag: `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`,
    modified: modified.toUTCString(),
  }
}

/** How a page of the site in `lang` is encoded: most in UTF-8, some old ones not. */
function legacy(lang: SynthLang, n: number): { charset: string; inHeader: boolean } | null {
  if (lang === 'el' && n % 4 === 1) return { charset: 'windows-1253', inHeader: true }
  if (lang === 'el' && n % 4 === 2) return { charset: 'iso-8859-7', inHeader: false }
  if (lang === 'ru' && n % 4 === 1) return { charset: 'windows-1251', inHeader: false }
  if (lang === 'ru' && n % 4 === 2) return { charset: 'koi8-r', inHeader: true }
  return null
}

export async function startFixtureSite(o: FixtureSiteOptions = {}): Promise<FixtureSite> {
  const perLanguage = o.perLanguage ?? 12
  const languages = o.languages ?? LANGUAGES
  const hits = new Map<string, number>()
  const urls = new Map<string, number>()
  const pages = new Map<string, Page>()
  const server = createServer()
  server.listen(o.port ?? 0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let revision = 1

  const w = new Writer(o.seed ?? 7)
  const start = Date.UTC(2020, 0, 1)
  const articles: { lang: SynthLang; slug: string; date: Date; path: string; title: string }[] = []
  for (const lang of languages) {
    for (let n = 0; n < perLanguage; n++) {
      const slug = n === 0 && lang === 'en' ? CHANGING_SLUG : `article-${lang}-${n}`
      const date = new Date(start + n * 86_400_000 * 3)
      const article = w.article(lang, w.between(300, 1_200), date)
      const path = `/${lang}/articles/${slug}/`
      const others = languages.filter((l) => l !== lang && n % 5 === 0 && slug !== CHANGING_SLUG)
      let html = render('html', article, {
        slug,
        section: n % 4,
        others: others.slice(0, 2),
        base,
      })
      if (slug === PICTURES_SLUG) html = html.replace(/(<h1>[^]*?<\/p>)/, `$1\n${pictureFigures()}`)
      const enc = legacy(lang, n)
      if (enc) {
        html = enc.inHeader
          ? html.replace('<meta charset="utf-8">\n', '')
          : html.replace('<meta charset="utf-8">', `<meta charset="${enc.charset}">`)
        const type = `text/html${enc.inHeader ? `; charset=${enc.charset}` : ''}`
        pages.set(path, page(type, encode(html, enc.charset), date))
      } else pages.set(path, page('text/html; charset=utf-8', html, date))
      articles.push({ lang, slug, date, path, title: article.title })
    }
  }
  const history: typeof articles = []
  for (const lang of languages) {
    for (let n = 0; n < (o.history ?? 0); n++) {
      const slug = `history-${lang}-${n}`
      const date = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000 * 20)
      const article = w.article(lang, w.between(200, 600), date)
      const path = `/${lang}/articles/${slug}/`
      pages.set(
        path,
        page(
          'text/html; charset=utf-8',
          render('html', article, { slug, section: n % 4, others: [], base }),
          date,
        ),
      )
      history.push({ lang, slug, date, path, title: article.title })
    }
  }
  const changing = pages.get(`/en/articles/${CHANGING_SLUG}/`)
  const changingText = changing?.body.toString('utf8') ?? ''
  const reviseChanging = () => {
    if (!changing) return
    const text = changingText.replace(
      '</h1>',
      // Each revision is longer than the last, so that the text after it moves; the first has a
      // paragraph the next ones remove (a note on it becomes an orphan).
      `</h1>\n<p>Revision ${revision}: the text of this article was corrected${' once more'.repeat(revision - 1)}.</p>` +
        (revision === 1 ? `\n<p>${REMOVED_LATER}</p>` : ''),
    )
    pages.set(
      `/en/articles/${CHANGING_SLUG}/`,
      page('text/html; charset=utf-8', text, new Date(Date.UTC(2026, 0, revision))),
    )
  }
  reviseChanging()

  const newest = (lang: SynthLang) =>
    articles.filter((a) => a.lang === lang).sort((a, b) => b.date.getTime() - a.date.getTime())
  const chrome = (lang: string, title: string, inner: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><nav><a href="/${lang}/">KKE</a> <a href="/${lang}/articles/">Articles</a></nav>
<main>${inner}</main><footer>Communist Party of Greece - Central Committee</footer></body></html>`
  const links = (list: typeof articles) =>
    `<ul>${list.map((a) => `<li><a href="${a.path}">${escape(a.title)}</a> <time datetime="${a.date.toISOString().slice(0, 10)}">${a.date.toISOString().slice(0, 10)}</time></li>`).join('')}</ul>`
  const older = (lang: string, page: number) =>
    `<p><a rel="next" href="/${lang}/articles/?page=${page}">Older articles</a></p>`
  const modified = new Date(Date.UTC(2026, 0, 1))
  for (const lang of languages) {
    const all = newest(lang)
    pages.set(
      `/${lang}/`,
      page('text/html; charset=utf-8', chrome(lang, 'KKE', links(all.slice(0, LATEST))), modified),
    )
    // The listing: the current articles, then (when there is history) ten older ones a page,
    // each page linking the next.
    const past = history
      .filter((a) => a.lang === lang)
      .sort((a, b) => b.date.getTime() - a.date.getTime())
    const pageCount = Math.ceil(past.length / HISTORY_PER_PAGE)
    pages.set(
      `/${lang}/articles/`,
      page(
        'text/html; charset=utf-8',
        chrome(lang, 'Articles', links(all) + (pageCount ? older(lang, 2) : '')),
        modified,
      ),
    )
    for (let p = 0; p < pageCount; p++) {
      const slice = past.slice(p * HISTORY_PER_PAGE, (p + 1) * HISTORY_PER_PAGE)
      pages.set(
        `/${lang}/articles/?page=${p + 2}`,
        page(
          'text/html; charset=utf-8',
          chrome(lang, 'Articles', links(slice) + (p + 1 < pageCount ? older(lang, p + 3) : '')),
          modified,
        ),
      )
    }
    const items = all
      .slice(0, LATEST)
      .map(
        (a) =>
          `<item><title>${escape(a.title)}</title><link>${base}${a.path}</link><pubDate>${a.date.toUTCString()}</pubDate></item>`,
      )
      .join('')
    pages.set(
      `/${lang}/feed/`,
      page(
        'application/rss+xml',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>KKE (${lang})</title><link>${base}/${lang}/</link>${items}</channel></rss>`,
        modified,
      ),
    )
    pages.set(
      `/sitemap-${lang}.xml`,
      page(
        'application/xml',
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${all.map((a) => `<url><loc>${base}${a.path}</loc></url>`).join('')}</urlset>`,
        modified,
      ),
    )
  }
  pages.set(
    '/sitemap.xml',
    page(
      'application/xml',
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${languages.map((l) => `<sitemap><loc>${base}/sitemap-${l}.xml</loc></sitemap>`).join('')}</sitemapindex>`,
      modified,
    ),
  )
  addFaults(pages, base)
  addPictures(pages, modified)
  pages.set(
    '/robots.txt',
    page(
      'text/plain',
      `User-agent: *\nDisallow: /en/articles/${FORBIDDEN_SLUG}/\nDisallow: /private/\n\nSitemap: ${base}/sitemap.xml\n`,
      modified,
    ),
  )

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!
    hits.set(path, (hits.get(path) ?? 0) + 1)
    urls.set(req.url ?? '/', (urls.get(req.url ?? '/') ?? 0) + 1)
    if (fault(path, req, res)) return
    // Listing pages are told apart by their query (?page=N); other pages ignore it.
    const p = pages.get(req.url ?? '/') ?? pages.get(path)
    if (!p) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    if (req.headers['if-none-match'] === p.etag || req.headers['if-modified-since'] === p.modified)
      return res.writeHead(304, { etag: p.etag, 'last-modified': p.modified }).end()
    res.writeHead(200, {
      'content-type': p.type,
      'content-length': p.body.length,
      etag: p.etag,
      'last-modified': p.modified,
    })
    res.end(req.method === 'HEAD' ? undefined : p.body)
  })

  return {
    url: base,
    hits,
    urls,
    revise() {
      revision++
      reviseChanging()
    },
    async close() {
      server.closeAllConnections()
      server.close()
      await once(server, 'close').catch(() => undefined)
    },
  }
}

/** The fault pages that are plain content: listed at /faults/ with the misbehaving ones. */
function addFaults(pages: Map<string, Page>, base: string): void {
  const when = new Date(Date.UTC(2025, 5, 5))
  const article = (title: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
    `<p>The dockers of the port stopped work for a collective contract, and the whole city stood with them.</p>` +
    `<p>05.06.2025</p></article></body></html>`
  const names = [
    'server-error',
    'slow',
    'truncated',
    'huge',
    'loop',
    'pdf',
    'wrong-charset',
    'no-article',
    'same-one',
    'same-two',
    'good',
  ]
  pages.set(
    '/faults/',
    page(
      'text/html',
      `<html><body>${names.map((n) => `<a href="/faults/articles/${n}/">${n}</a>`).join(' ')}</body></html>`,
      when,
    ),
  )
  pages.set(
    '/faults/articles/good/',
    page('text/html; charset=utf-8', article('A good page among bad ones'), when),
  )
  pages.set(
    '/faults/articles/same-one/',
    page('text/html', article('One article, two addresses'), when),
  )
  pages.set(
    '/faults/articles/same-two/',
    page('text/html', article('One article, two addresses'), when),
  )
  pages.set('/faults/articles/pdf/', page('application/pdf', '%PDF-1.4 not a page', when))
  pages.set(
    '/faults/articles/no-article/',
    page('text/html', '<html lang="en"><body><nav><a href="/">Home</a></nav></body></html>', when),
  )
  // Says UTF-8, is windows-1251 (and says so itself).
  pages.set(
    '/faults/articles/wrong-charset/',
    page(
      'text/html; charset=utf-8',
      encode(
        '<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Рабочий класс</title></head>' +
          '<body><article><h1>Рабочий класс</h1><p>Рабочие порта объявили забастовку за коллективный договор и победили.</p>' +
          '<p>05.06.2025</p></article></body></html>',
        'windows-1251',
      ),
      when,
    ),
  )
  pages.set(
    '/faults/bad.xml',
    page('application/xml', '<?xml version="1.0"?><rss><channel><item>', when),
  )
  pages.set(
    '/faults/bomb.xml',
    page(
      'application/xml',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><item><title>&lol3;</title><link>${base}/faults/articles/good/</link></item></channel></rss>`,
      when,
    ),
  )
}

/** The misbehaving answers; true if `path` was one. */
function fault(path: string, req: IncomingMessage, res: ServerResponse): boolean {
  switch (path) {
    case '/faults/articles/server-error/':
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error')
      return true
    case '/faults/articles/loop/':
      res.writeHead(302, { location: '/faults/articles/loop/' }).end()
      return true
    case '/faults/articles/slow/': {
      res.writeHead(200, { 'content-type': 'text/html' })
      const timer = setInterval(() => res.write(' '), 300)
      const stop = () => clearInterval(timer)
      req.socket.once('close', stop)
      setTimeout(() => {
        stop()
        res.end()
      }, 60_000).unref()
      return true
    }
    case '/faults/articles/truncated/':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 50_000 })
      res.write('<!DOCTYPE html><html lang="en"><body><article><h1>Cut short</h1><p>The text')
      setTimeout(() => req.socket.destroy(), 50)
      return true
    case '/faults/articles/huge/': {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 64 * 1024 * 1024 })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      }
      res.on('drain', pump)
      pump()
      return true
    }
    default:
      return false
  }
}
