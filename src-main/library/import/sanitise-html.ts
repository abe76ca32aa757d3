// The article part of an untrusted page, sanitised before it is parsed into a document: a
// parser-based sanitiser (sanitize-html, on htmlparser2; DOMPurify needs a real DOM, and given a
// linkedom window it returns its input unchanged) keeps only the elements and attributes an
// article can use, links only to http(s) and mailto, and drops scripts, styles, frames, embeds,
// forms and their contents. The article schema then keeps only what it knows: two nets.
import sanitizeHtml from 'sanitize-html'
import { pictureSource } from '../../../src-shared/schema'

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'article',
    'section',
    'div',
    'span',
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'q',
    'cite',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'em',
    'i',
    'strong',
    'b',
    'u',
    's',
    'sub',
    'sup',
    'small',
    'mark',
    'abbr',
    'code',
    'pre',
    'a',
    'br',
    'hr',
    'figure',
    'figcaption',
    'img',
    'time',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    // A picture's address is kept for fetching it (http(s)), reading it from the page itself
    // (data:) or from the page's folder (local:, archive builds); the reader never loads it.
    img: ['alt', 'src'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    time: ['datetime'],
    '*': ['lang', 'dir'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data', 'local'] },
  // A picture's address only in a form a figure keeps (page-pictures.ts made them so).
  transformTags: {
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs
      const source = pictureSource(src)
      return { tagName, attribs: source ? { ...rest, src: source } : rest }
    },
  },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Elements whose content is not text for a reader: dropped with everything in them.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'template',
    'iframe',
    'frame',
    'frameset',
    'noframes',
    'object',
    'embed',
    'noembed',
    'applet',
    'svg',
    'math',
    'canvas',
    'button',
    'head',
    'title',
  ],
}

/** The HTML of an article with only what an article may hold. */
export function sanitiseArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS)
}
