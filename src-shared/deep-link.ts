// Deep links: `scholion://article/<id>`, optionally `#para-<n>` or `#annotation-<id>`, as
// citations and Markdown exports write them. One parser for the desktop app (protocol handler)
// and the browser host (`#open=<link>` in the page's URL). Never throws: a bad link gives a
// reason the user can read.

export type DeepLink =
  | { kind: 'article'; articleId: string; paragraph: number | null; annotationId: string | null }
  | { kind: 'invalid'; reason: string }

export const SCHEME = 'scholion:'

export function parseDeepLink(raw: string): DeepLink {
  const text = raw.trim()
  if (text.length > 2000) return { kind: 'invalid', reason: 'The link is too long.' }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { kind: 'invalid', reason: `“${text.slice(0, 80)}” is not a link.` }
  }
  if (url.protocol !== SCHEME) {
    return {
      kind: 'invalid',
      reason: `Only scholion:// links open in Scholion, not ${url.protocol}//.`,
    }
  }
  // scholion://article/<id>: "article" is the host, the id the path.
  if (url.hostname !== 'article') {
    return { kind: 'invalid', reason: `Scholion does not know links to “${url.hostname}”.` }
  }
  let articleId: string
  try {
    articleId = decodeURIComponent(url.pathname.replace(/^\//, ''))
  } catch {
    return { kind: 'invalid', reason: 'The article id in the link is garbled.' }
  }
  const control = [...articleId].some((c) => c.charCodeAt(0) < 32)
  if (!articleId || articleId.length > 300 || control) {
    return { kind: 'invalid', reason: 'The link names no article.' }
  }
  const fragment = url.hash.replace(/^#/, '')
  const para = /^para-(\d{1,6})$/.exec(fragment)
  let annotationId: string | null = null
  const annotation = /^annotation-(.{1,300})$/.exec(fragment)
  if (annotation) {
    try {
      annotationId = decodeURIComponent(annotation[1]!)
    } catch {
      return { kind: 'invalid', reason: 'The annotation id in the link is garbled.' }
    }
  } else if (fragment && !para) {
    return {
      kind: 'invalid',
      reason: `Scholion does not know the place “#${fragment.slice(0, 40)}”.`,
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
