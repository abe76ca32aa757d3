// The ProseMirror schema of an article. Importers build documents with it, the reader renders
// them with it, and anything not expressible here (scripts, forms, frames, styles) cannot exist
// in a stored article.
import { Schema, type DOMOutputSpec, type MarkSpec, type NodeSpec } from 'prosemirror-model'
import { mediaUrl } from './media'

const SAFE_HREF = /^(https?:|mailto:)/i
/** A picture's address worth keeping: http(s), a picture written into the page itself, or
 * (`local:`) a path beside a page read from disk, which archive builds follow. */
const PICTURE_SOURCE = /^(https?:|data:image\/|local:)/i
/** Longer `data:` pictures than this (about 12 MB of bytes) are not taken. */
const MAX_SOURCE_CHARS = 16 * 1024 * 1024

/** A figure's `source`: an http(s) address, a `data:` picture or a `local:` path, else ''. */
export function pictureSource(src: unknown): string {
  if (typeof src !== 'string') return ''
  const trimmed = src.trim()
  return PICTURE_SOURCE.test(trimmed) && trimmed.length <= MAX_SOURCE_CHARS ? trimmed : ''
}

/** Returns the href if it is one a reader may follow (http, https, mailto), else null. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  return SAFE_HREF.test(trimmed) ? trimmed : null
}

const blockAttrs = (cls?: string): Record<string, string> =>
  cls ? { dir: 'auto', class: cls } : { dir: 'auto' }

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', blockAttrs(), 0],
  },
  heading: {
    group: 'block',
    content: 'inline*',
    attrs: { level: { default: 2, validate: 'number' } },
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node): DOMOutputSpec => [`h${node.attrs.level as number}`, blockAttrs(), 0],
  },
  /** The author line of an article ("By …"). */
  byline: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p.byline' }],
    toDOM: (): DOMOutputSpec => ['p', blockAttrs('byline'), 0],
  },
  /** Where and when the article was first published ("Published in …"). */
  dateline: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p.dateline' }],
    toDOM: (): DOMOutputSpec => ['p', blockAttrs('dateline'), 0],
  },
  /**
   * A figure: its caption (the text of this block), what its picture shows (`alt`), and the
   * picture. `source` is where the picture came from (an http(s) address, or a `data:` picture
   * until it is stored); `image` names the stored picture (src-shared/media.ts), with its size
   * in pixels. The reader never loads `source`: only a stored picture is shown, from the app's
   * own origin; without one, the description stands in its place.
   */
  figure: {
    group: 'block',
    content: 'inline*',
    attrs: {
      alt: { default: '', validate: 'string' },
      source: { default: '', validate: 'string' },
      image: { default: '', validate: 'string' },
      width: { default: 0, validate: 'number' },
      height: { default: 0, validate: 'number' },
    },
    defining: true,
    parseDOM: [
      {
        tag: 'figure',
        getAttrs: (dom) => {
          const img = (dom as HTMLElement).querySelector('img')
          return {
            alt: (img?.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000),
            source: pictureSource(img?.getAttribute('src')),
          }
        },
        // The caption is the block's text; a figure without one keeps its description only.
        contentElement: (dom) =>
          (dom as HTMLElement).querySelector('figcaption') ??
          (dom as HTMLElement).ownerDocument.createElement('span'),
      },
    ],
    // The reader draws figures itself (with words in the reader's language); this form, with
    // no words of its own, serves everywhere else.
    toDOM: (node): DOMOutputSpec => {
      const src = mediaUrl(node.attrs.image)
      const alt = node.attrs.alt as string
      const { width, height } = node.attrs as { width: number; height: number }
      return [
        'figure',
        { class: 'figure', dir: 'auto' },
        src
          ? [
              'img',
              {
                class: 'figure-picture',
                src,
                alt,
                loading: 'lazy',
                decoding: 'async',
                ...(width > 0 && height > 0
                  ? { width: String(width), height: String(height) }
                  : {}),
              },
            ]
          : ['div', { class: 'figure-image', contenteditable: 'false' }, alt],
        ['figcaption', 0],
      ]
    },
  },
  blockquote: {
    group: 'block',
    content: 'block+',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: (): DOMOutputSpec => ['blockquote', { dir: 'auto' }, 0],
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', { dir: 'auto' }, 0],
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    attrs: { order: { default: 1, validate: 'number' } },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => ({
          order:
            Number(
              (dom as { getAttribute(name: string): string | null }).getAttribute('start') ?? 1,
            ) || 1,
        }),
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'ol',
      node.attrs.order === 1 ? { dir: 'auto' } : { dir: 'auto', start: String(node.attrs.order) },
      0,
    ],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  horizontal_rule: {
    group: 'block',
    parseDOM: [{ tag: 'hr' }],
    toDOM: (): DOMOutputSpec => ['hr'],
  },
  text: { group: 'inline' },
  hard_break: {
    group: 'inline',
    inline: true,
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },
}

const marks: Record<string, MarkSpec> = {
  link: {
    attrs: { href: { validate: 'string' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref(
            (dom as { getAttribute(name: string): string | null }).getAttribute('href'),
          )
          return href ? { href } : false
        },
      },
    ],
    // An unsafe href that reached a stored document anyway is rendered as plain text.
    toDOM: (mark): DOMOutputSpec => {
      const href = safeHref(mark.attrs.href)
      return href
        ? ['a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, 0]
        : ['span', { class: 'link-removed' }, 0]
    },
  },
  em: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  strong: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  code: { parseDOM: [{ tag: 'code' }], toDOM: (): DOMOutputSpec => ['code', 0] },
  sup: { excludes: 'sub', parseDOM: [{ tag: 'sup' }], toDOM: (): DOMOutputSpec => ['sup', 0] },
  sub: { excludes: 'sup', parseDOM: [{ tag: 'sub' }], toDOM: (): DOMOutputSpec => ['sub', 0] },
}

export const articleSchema = new Schema({ nodes, marks })

/** Plain JSON form of an article document, as stored and sent over the API. */
export interface DocJSON {
  type: 'doc'
  content: unknown[]
}
