// Turns the bytes of a saved page or text file into a string, in the encoding the file declares:
// a byte-order mark first, then (for HTML) the charset of a `Content-Type` header or of a
// `<meta>` in the first 4 KB, else UTF-8. Greek and Cyrillic pages of the older sites come in
// windows-1253, ISO-8859-7, windows-1251 or KOI8-R; TextDecoder knows them all.
import { TextDecoder } from 'node:util'

/** The encoding named by a Content-Type value (`text/html; charset=…`), or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')
  return match ? match[1]!.toLowerCase() : null
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 }
  return null
}

/** The charset a page declares in its head (`<meta charset>` or the http-equiv form). */
function metaCharset(bytes: Uint8Array): string | null {
  // The head is ASCII in every encoding that matters here, so latin1 reads it faithfully.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  return direct ? direct[1]!.toLowerCase() : null
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null
  try {
    return new TextDecoder(label)
  } catch {
    return null
  }
}

/**
 * Decodes `bytes`. `declared` is the charset from a transport header (it wins over the page's
 * own), `html` says to look for a `<meta>` charset. Unknown labels fall back to UTF-8, and bytes
 * that are not valid in the encoding become U+FFFD rather than failing.
 */
export function decodeText(
  bytes: Uint8Array,
  { declared, html = false }: { declared?: string | null; html?: boolean } = {},
): string {
  const bom = bomEncoding(bytes)
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip))
  const fromHeader = decoderFor(declared ?? null)
  const fromPage = html ? decoderFor(metaCharset(bytes)) : null
  // A server that says UTF-8 for a page that is not (an old page served by a new server): when
  // the bytes are not UTF-8 at all and the page names its own charset, the page is right.
  if (fromHeader?.encoding === 'utf-8' && fromPage && fromPage.encoding !== 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return fromPage.decode(bytes)
    }
  }
  return (fromHeader ?? fromPage ?? new TextDecoder('utf-8')).decode(bytes)
}
