// Deep links: `scholion://article/<id>`, optionally `#para-<n>` or `#annotation-<id>`, as
// citations and Markdown exports write them. One parser for the desktop app (protocol handler)
// and the browser host (`#open=<link>` in the page's URL). Never throws: a bad link gives a
// reason the user can read, as a message of the interface's catalogs.
import type { Message } from './i18n/translate'

export type DeepLink =
  | { kind: 'article'; articleId: string; paragraph: number | null; annotationId: string | null }
  | { kind: 'invalid'; reason: Message }

export const SCHEME = 'scholion:'

export function parseDeepLink(raw: string): DeepLink {
  const text = raw.trim()
  if (text.length > 2000) return { kind: 'invalid', reason: { key: 'link.tooLong' } }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return {
      kind: 'invalid',
      reason: { key: 'link.notALink', values: { text: text.slice(0, 80) } },
    }
  }
  if (url.protocol !== SCHEME) {
    return {
      kind: 'invalid',
      reason: { key: 'link.otherScheme', values: { scheme: `${url.protocol}//` } },
    }
  }
  // scholion://article/<id>: "article" is the host, the id the path.
  if (url.hostname !== 'article') {
    return { kind: 'invalid', reason: { key: 'link.unknownKind', values: { kind: url.hostname } } }
  }
  let articleId: string
  try {
    articleId = decodeURIComponent(url.pathname.replace(/^\//, ''))
  } catch {
    return { kind: 'invalid', reason: { key: 'link.garbledArticle' } }
  }
  const control = [...articleId].some((c) => c.charCodeAt(0) < 32)
  if (!articleId || articleId.length > 300 || control) {
    return { kind: 'invalid', reason: { key: 'link.noArticle' } }
  }
  const fragment = url.hash.replace(/^#/, '')
  const para = /^para-(\d{1,6})$/.exec(fragment)
  let annotationId: string | null = null
  const annotation = /^annotation-(.{1,300})$/.exec(fragment)
  if (annotation) {
    try {
      annotationId = decodeURIComponent(annotation[1]!)
    } catch {
      return { kind: 'invalid', reason: { key: 'link.garbledAnnotation' } }
    }
  } else if (fragment && !para) {
    return {
      kind: 'invalid',
      reason: { key: 'link.unknownPlace', values: { place: `#${fragment.slice(0, 40)}` } },
    }
  }
  return {
    kind: 'article',
    articleId,
    paragraph: para ? Number(para[1]) : null,
    annotationId,
  }
}

/** The first scholion:// link among command-line arguments (how Windows and Linux pass them). */
export function deepLinkInArgs(args: readonly string[]): string | null {
  return args.find((a) => a.toLowerCase().startsWith(SCHEME)) ?? null
}
