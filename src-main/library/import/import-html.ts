// Importer for saved web pages, the KKE sites' first among them: the page is parsed with linkedom,
// the site's chrome is taken out (the old-pages box in every language, navigation, forms,
// frames, scripts), Readability finds the article, and ProseMirror's DOM parser turns it into a
// document of the article schema, which keeps only known nodes, marks and safe links. Metadata
// comes from the page's own tags first, then from the site's conventions (language and slug in
// the address, labels over the title, date lines and bylines: page-meta.ts). The article Readability finds is sanitised
// (sanitise-html.ts) before the schema parse. Pure: text in, document and metadata out.
/// <reference lib="dom" />
// (linkedom implements the DOM's interfaces, and its types are the DOM library's.)
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { parse, serialize } from 'parse5'
import { figuresForLoosePictures, resolvePictureAddresses } from './page-pictures'
import { DOMParser as PMDOMParser, type Node as PMNode } from 'prosemirror-model'
import { articleSchema } from '../../../src-shared/schema'
import { findFirstDate } from './dates'
import { pageMeta, takeKickerAbove } from './page-meta'
import type { ImportedArticle } from './import-text'
import { sanitiseArticleHtml } from './sanitise-html'
import { isOldPagesHeading, isOldPagesSentence, looksLikeOldPagesBox } from './site-chrome'
import { typeset, typesetDoc } from './typography'
import { MessageError } from '../../core/error-reason'

export interface HtmlImportInput {
  html: string
  /** Where the page came from, when known (a sync, a saved page's name); else read from it. */
  url?: string | null
  /** The language to assume when neither the address nor the page says (a file name's). */
  lang?: string | null
}

export interface ImportedPage extends ImportedArticle {
  lang: string
  section: string | null
  sourceUrl: string | null
  /** The address's last part for the site's articles, for the article's id. */
  slug: string | null
  /** Addresses of the same article in other languages, as the page links them. */
  translationUrls: string[]
}

type El = Element

/** `https://inter.kke.gr/<lang>/articles/<Slug>/` and the sister hosts' same pattern. */
const SITE_ARTICLE = /^\/([a-z]{2,3}(?:-[a-z0-9]+)?)\/(?:articles|m-article)\/([^/?#]+)\/?$/i
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i
/** Elements whose content is never article text. */
const CHROME =
  'script,style,noscript,template,iframe,frame,frameset,object,embed,applet,form,button,input,select,textarea,svg,math,canvas,video,audio,nav,[role=navigation],[aria-hidden=true],.breadcrumb,.breadcrumbs,[aria-label~=breadcrumb]'

function text(el: { textContent: string | null } | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)
    const value = el?.getAttribute('content')?.trim()
    if (value) return value
  }
  return null
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null
  try {
    const url = base ? new URL(href, base) : new URL(href)
    return /^https?:$/.test(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/** The page's own address: a canonical link, og:url, or the "saved from" comment browsers add. */
function pageUrl(document: Document, html: string): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1]
  return (
    absolute(canonical, null) ?? absolute(meta(document, 'og:url'), null) ?? absolute(saved, null)
  )
}

function siteParts(url: string | null): { lang: string; slug: string } | null {
  if (!url) return null
  try {
    const match = SITE_ARTICLE.exec(new URL(url).pathname)
    return match ? { lang: match[1]!.toLowerCase(), slug: decodeURIComponent(match[2]!) } : null
  } catch {
    return null
  }
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  return findFirstDate(value, 'en')
}

/** A heading's own words: an unclosed <h1> can swallow the paragraphs after it. */
function headingText(el: El | null): string {
  if (!el) return ''
  const copy = el.cloneNode(true) as El
  for (const block of copy.querySelectorAll('p,div,ul,ol,table,blockquote,section')) block.remove()
  return text(copy)
}

/** True if all of an element's text is inside links (a list of links, a link-only line). */
function linksOnly(el: El): boolean {
  const all = text(el)
  if (!all) return true
  // Separators between the links (" | ", bullets) are not text of their own.
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').length
  const linked = [...el.querySelectorAll('a')].map((a) => text(a)).join(' ')
  return letters(linked) >= letters(all)
}

/**
 * Takes out the box headed "Links to the old web pages of KKE" (in any language): its heading,
 * the sentence after it and the links that follow, and any container the box leaves empty.
 */
function removeOldPagesBox(body: El): boolean {
  const candidates = [
    ...body.querySelectorAll('h1,h2,h3,h4,h5,h6,p,div,span,strong,b,a,li,dt,summary'),
  ].filter((el) => el.children.length <= 1)
  const heading =
    candidates.find((el) => isOldPagesHeading(text(el))) ??
    // A wording no table holds: the box by its shape, among the first texts of the page.
    candidates
      .filter((el) => text(el))
      .slice(0, 12)
      .find((el) => looksLikeOldPagesBox(text(el), nextText(el)))
  if (!heading) return false
  let node: El = heading
  let sentenceSeen = false
  for (;;) {
    // Siblings after the heading that belong to the box: its sentence, then link lists.
    let next = node.nextSibling
    while (next) {
      const after: ChildNode | null = next.nextSibling
      const content = text(next as unknown as El)
      const isElement = next.nodeType === 1
      if (!content) next.remove()
      else if (!sentenceSeen && isOldPagesSentence(content)) {
        sentenceSeen = true
        next.remove()
      } else if (isElement && linksOnly(next as El)) next.remove()
      else break
      next = after
    }
    const parent: El | null = node.parentElement
    node.remove()
    if (!parent || parent === body || text(parent)) break
    node = parent
  }
  return true
}

/** The text of the first sibling after `el` that has any. */
function nextText(el: El): string | undefined {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    const t = text(n as unknown as El)
    if (t) return t
  }
  return undefined
}

/** Links to the same article in other languages: `hreflang` alternates, or anchors with it. */
function translationLinks(document: Document, base: string | null, own: string | null): string[] {
  const found = new Set<string>()
  for (const el of document.querySelectorAll('link[rel~="alternate"][hreflang], a[hreflang]')) {
    const lang = el.getAttribute('hreflang') ?? ''
    const url = absolute(el.getAttribute('href'), base)
    if (url && LANG_TAG.test(lang) && url !== own) found.add(url)
  }
  return [...found].sort()
}

const schema = articleSchema
const parser = PMDOMParser.fromSchema(schema)

/**
 * The blocks of an HTML body, in the article schema: what is never text is removed, the schema
 * keeps only known nodes, marks and safe links, empty blocks are dropped, and headings start
 * at level 2 (level 1 is the article's title).
 */
export function bodyBlocks(body: El): PMNode[] {
  for (const el of body.querySelectorAll(CHROME)) el.remove()
  const blocks: PMNode[] = []
  parser.parse(body).forEach((block) => {
    if (block.isTextblock && !block.textContent.trim() && !block.attrs.alt && !block.attrs.source)
      return
    if (block.type === schema.nodes.heading && block.attrs.level === 1)
      block = schema.nodes.heading!.create({ level: 2 }, block.content)
    blocks.push(block)
  })
  return blocks
}

type Parse5Node = { nodeName: string; childNodes?: Parse5Node[]; content?: Parse5Node }

/** The parse5 tree without its <noscript> elements (changed in place). */
function withoutNoscript<T>(root: T): T {
  const walk = (node: Parse5Node) => {
    if (node.childNodes) {
      node.childNodes = node.childNodes.filter((c) => c.nodeName !== 'noscript')
      node.childNodes.forEach(walk)
    }
    if (node.content) walk(node.content)
  }
  walk(root as unknown as Parse5Node)
  return root
}

/** Imports one saved page. Throws an Error saying why when the page holds no article. */
export function importHtml({
  html,
  url: given,
  lang: fallbackLang,
}: HtmlImportInput): ImportedPage {
  const source = html.normalize('NFC')
  // parse5 builds the tree the way browsers do (unclosed and stray tags, text outside <html>);
  // linkedom's own parser would drop text there. <noscript> is read as a browser running
  // scripts reads it (raw text) and dropped before the tree is written out again: re-parsing
  // that text as markup is a known mutation-XSS vector.
  const { document } = parseHTML(serialize(withoutNoscript(parse(source))))
  const dropped: string[] = []
  const sourceUrl = absolute(given, null) ?? pageUrl(document, source)
  const site = siteParts(sourceUrl)
  const pageLang = (document.documentElement.getAttribute('lang') ?? '').trim()
  const lang = (
    site?.lang ??
    (LANG_TAG.test(pageLang) ? pageLang : null) ??
    (fallbackLang && LANG_TAG.test(fallbackLang) ? fallbackLang : null)
  )?.toLowerCase()
  if (!lang)
    throw new MessageError({
      key: 'addFiles.pageNoLanguage',
      values: { path: '/<lang>/', example: '<name>.<lang>.html' },
    })

  const ogTitle = meta(document, 'og:title', 'twitter:title')
  const h1 = headingText(document.querySelector('article h1, main h1, h1'))
  const docTitle = text(document.querySelector('title'))
  let date = isoDate(
    meta(
      document,
      'article:published_time',
      'datePublished',
      'date',
      'dc.date',
      'DC.date.issued',
    ) ?? document.querySelector('time[datetime]')?.getAttribute('datetime'),
  )
  let author = meta(document, 'author', 'article:author', 'dc.creator')
  if (author && /^https?:/i.test(author)) author = null
  const section =
    meta(document, 'article:section') ??
    (text(document.querySelector('.breadcrumb li:last-child, .category, .section-title')) || null)
  const translationUrls = translationLinks(document, sourceUrl, sourceUrl)

  resolvePictureAddresses(document.body, absolute(given, null))
  if (removeOldPagesBox(document.body)) dropped.push('site box "Links to the old web pages"')
  for (const el of document.querySelectorAll(CHROME)) el.remove()
  // A label over the title element (the kicker), before Readability drops what stands above
  // the title it takes out.
  const titleElement = document.querySelector('article h1, main h1, h1')
  const kickerAbove =
    titleElement && (!ogTitle || headingText(titleElement) === ogTitle)
      ? takeKickerAbove(titleElement)
      : null

  // Readability changes the tree it reads: keep the cleaned page for when it finds nothing.
  const whole = document.querySelector('article, main, [role=main]') ?? document.body
  const fallback = { content: whole.innerHTML, textContent: whole.textContent }
  const found = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
  const article = found?.textContent?.trim() ? found : { ...found, ...fallback }
  const title = (
    ogTitle ||
    // The page's own heading before Readability's guess, which may keep the site's name.
    (h1.length <= 200 ? h1 : '') ||
    found?.title?.trim() ||
    docTitle.split(/\s[|–—-]\s/)[0] ||
    ''
  ).trim()
  author ??= article?.byline?.trim() || null
  date ??= isoDate(article?.publishedTime)
  if (!article?.content || !text({ textContent: article.textContent ?? '' }))
    throw new MessageError({ key: 'addFiles.noArticleText' })

  const { document: content } = parseHTML(
    `<!doctype html><html><body>${sanitiseArticleHtml(article.content)}</body></html>`,
  )
  // The box again, in case it sat inside the part Readability kept.
  if (removeOldPagesBox(content.body) && !dropped.length)
    dropped.push('site box "Links to the old web pages"')
  if (!title) throw new MessageError({ key: 'addFiles.noTitle' })
  figuresForLoosePictures(content.body)
  // Labels over the title, date lines and bylines at either end (page-meta.ts).
  const shaped = pageMeta(bodyBlocks(content.body), title, lang)
  shaped.kicker ??= kickerAbove
  const blocks = shaped.blocks
  date ??= shaped.date
  author ??= shaped.author
  const publication = shaped.publication
  if (shaped.kicker) dropped.push(`label over the title kept as the section: "${shaped.kicker}"`)
  if (!blocks.length) throw new MessageError({ key: 'addFiles.noArticleText' })
  const first = blocks[0]!
  if (!(first.type === schema.nodes.heading && first.textContent.trim() === title)) {
    blocks.unshift(schema.nodes.heading!.create({ level: 1 }, schema.text(title)))
  } else blocks[0] = schema.nodes.heading!.create({ level: 1 }, first.content)

  const doc = typesetDoc(schema.nodes.doc!.create(null, blocks), lang)
  doc.check()
  return {
    doc,
    title: typeset(title, lang),
    author,
    publication,
    date,
    dropped,
    notes: [],
    lang,
    section: section ?? shaped.kicker,
    sourceUrl,
    slug: site?.slug ?? null,
    translationUrls,
  }
}
