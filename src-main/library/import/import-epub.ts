/// <reference lib="dom" />
// Importer for EPUB books (2 and 3): the zip is read with fflate, the package document found
// through META-INF/container.xml and read with fast-xml-parser (entities off), and the spine's
// XHTML chapters, in reading order, go through the same HTML-to-schema path as saved pages, so
// a book's markup is held to the same rules. One book is one article. Pure: bytes in.
import { XMLParser } from 'fast-xml-parser'
import { Unzip, UnzipInflate, type Unzipped } from 'fflate'
import { parseHTML } from 'linkedom'
import { parse, serialize } from 'parse5'
import type { Node as PMNode } from 'prosemirror-model'
import { articleSchema } from '../../../src-shared/schema'
import { findFirstDate } from './dates'
import { decodeText } from './decode-text'
import { bodyBlocks } from './import-html'
import { figuresForLoosePictures } from './page-pictures'
import { DEFAULT_PICTURE_LIMITS } from '../pictures/check-picture'
import type { ImportedMarkdown } from './import-markdown'
import { typeset, typesetDoc } from './typography'
import { MessageError, reasonOf } from '../../core/error-reason'

/** More than this many bytes unpacked is refused (a zip bomb, or no book). */
const MAX_UNPACKED = 200 * 1024 * 1024
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  isArray: (name) =>
    ['item', 'itemref', 'rootfile', 'creator', 'title', 'language', 'date'].includes(name),
})

type XmlNode = Record<string, unknown>

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML's own five entities and character references; a DOCTYPE's entities are never expanded. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The text of a Dublin Core element, which may carry attributes (`{ '#text': …, id }`). */
function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return unescapeXml(first).trim() || null
  if (typeof first === 'number') return String(first)
  if (first && typeof first === 'object' && '#text' in first)
    return textOf((first as XmlNode)['#text'])
  return null
}

/**
 * The zip's files, inflated as a stream with a running count of the bytes it gives: the sizes
 * its headers state are not believed (an entry may declare 2 KB and inflate to a gigabyte), and
 * the count stops it at the limit. Names are keys of a prototype-less object (`__proto__` is a
 * valid file name in a zip).
 */
function unzip(bytes: Uint8Array): Unzipped {
  const files: Unzipped = Object.create(null) as Unzipped
  let total = 0
  const unzipper = new Unzip((file) => {
    const chunks: Uint8Array[] = []
    file.ondata = (error, data, final) => {
      if (error) throw error
      total += data.length
      if (total > MAX_UNPACKED)
        throw new MessageError({ key: 'addFiles.epubTooLarge', values: { mb: 200 } })
      chunks.push(data)
      if (final) files[file.name] = concat(chunks)
    }
    file.start()
  })
  unzipper.register(UnzipInflate)
  try {
    unzipper.push(bytes, true)
    if (!Object.keys(files).length) throw new MessageError({ key: 'addFiles.epubEmpty' })
    return files
  } catch (error) {
    if (error instanceof MessageError) throw error
    throw new MessageError({ key: 'addFiles.epubUnreadable', values: { reason: reasonOf(error) } })
  }
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0]! as Uint8Array<ArrayBuffer>
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/**
 * A chapter's pictures, read from the book itself and written into the chapter as `data:`
 * pictures, which the library then checks and stores (keep-pictures.ts); a picture the book
 * does not hold, or one too large, keeps only its description.
 */
function picturesFromBook(body: Element, chapter: string, files: Unzipped): void {
  for (const img of body.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? ''
    let data: Uint8Array | undefined
    if (src && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//')) {
      try {
        data = files[resolve(chapter, src)]
      } catch {
        data = undefined
      }
    }
    if (data && data.length <= DEFAULT_PICTURE_LIMITS.maxBytes)
      img.setAttribute('src', `data:image/*;base64,${Buffer.from(data).toString('base64')}`)
    else img.setAttribute('src', /^data:image\//i.test(src) ? src : 'about:blank')
  }
}

/** `base` + a relative href inside the zip ("OEBPS/content.opf" + "text/ch1.xhtml"). */
function resolve(base: string, href: string): string {
  const parts = base.split('/').slice(0, -1)
  for (const part of decodeURIComponent(href.split('#')[0]!).split('/')) {
    if (part === '..') parts.pop()
    else if (part && part !== '.') parts.push(part)
  }
  return parts.join('/')
}

export interface EpubImportInput {
  bytes: Uint8Array
  lang: string | null
  fallbackTitle: string
}

/** Imports one EPUB book; throws an Error saying why it cannot be read. */
export function importEpub({
  bytes,
  lang: fallbackLang,
  fallbackTitle,
}: EpubImportInput): ImportedMarkdown {
  const files = unzip(bytes)
  const read = (path: string) => {
    const data = files[path]
    if (!data) throw new MessageError({ key: 'addFiles.epubMissing', values: { path } })
    return decodeText(data, { html: true })
  }
  const container = xml.parse(read('META-INF/container.xml')) as XmlNode
  const rootfiles = ((container.container as XmlNode)?.rootfiles as XmlNode)?.rootfile as
    XmlNode[] | undefined
  const opfPath = rootfiles?.map((r) => r['full-path']).find((p) => typeof p === 'string') as
    string | undefined
  if (!opfPath) throw new MessageError({ key: 'addFiles.epubNoPackage' })
  const pkg = (xml.parse(read(opfPath)) as XmlNode).package as XmlNode | undefined
  if (!pkg) throw new MessageError({ key: 'addFiles.epubBadPackage' })
  const metadata = (pkg.metadata ?? {}) as XmlNode
  const items = ((pkg.manifest as XmlNode)?.item ?? []) as XmlNode[]
  const spine = ((pkg.spine as XmlNode)?.itemref ?? []) as XmlNode[]
  const hrefs = new Map(items.map((i) => [String(i.id), String(i.href ?? '')]))

  const declared = textOf(metadata.language)
  const lang = (declared && LANG_TAG.test(declared) ? declared : fallbackLang)?.toLowerCase()
  if (!lang) throw new MessageError({ key: 'addFiles.epubNoLanguage' })
  const title = textOf(metadata.title) ?? fallbackTitle
  const dateText = textOf(metadata.date)

  const blocks: PMNode[] = []
  for (const ref of spine) {
    const href = hrefs.get(String(ref.idref))
    if (!href) continue
    const path = resolve(opfPath, href)
    if (!files[path]) continue
    const { document } = parseHTML(serialize(parse(read(path))))
    picturesFromBook(document.body, path, files)
    figuresForLoosePictures(document.body)
    blocks.push(...bodyBlocks(document.body))
  }
  if (!blocks.some((b) => b.textContent.trim()))
    throw new MessageError({ key: 'addFiles.epubNoText' })
  const s = articleSchema
  const first = blocks[0]!
  if (first.type === s.nodes.heading && first.textContent.trim() === title) blocks.shift()
  blocks.unshift(s.nodes.heading!.create({ level: 1 }, s.text(title)))
  const doc = typesetDoc(s.nodes.doc!.create(null, blocks), lang)
  doc.check()
  return {
    doc,
    title: typeset(title, lang),
    author:
      (metadata.creator as unknown[] | undefined)?.map(textOf).filter(Boolean).join(', ') || null,
    publication: textOf(metadata.publisher),
    date: dateText ? (/^\d{4}-\d{2}-\d{2}/.exec(dateText)?.[0] ?? findFirstDate(dateText)) : null,
    dropped: [],
    notes: [],
    lang,
    section: null,
    sourceUrl: null,
  }
}
