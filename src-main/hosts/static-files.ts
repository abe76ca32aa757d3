// Serving the built renderer from a folder, shared by the HTTP host and Electron's app://
// protocol: URL path → file inside the folder (never outside it), with its content type and
// the security headers every app page carries.
import { realpath, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { mediaType } from '../../src-shared/media'

/** The app's Content-Security-Policy: nothing remote, no inline script, no frames, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/** The headers of a stored picture (media name `name`): its type, cached for good (the name is
 * a hash of the bytes), with the security headers. Both hosts serve pictures with them. */
export function mediaHeaders(name: string): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Type': mediaType(name),
    'Cache-Control': 'private, max-age=31536000, immutable',
  }
}

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a URL path to a regular file inside `root`, or null. Rejects encoded and plain `..`,
 * NUL bytes, backslashes and symlinks that lead outside the folder. `/` serves index.html.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relativePath =
    decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  if (relativePath.split('/').some((part) => part === '..')) return null
  const base = resolve(root)
  const candidate = resolve(base, relativePath)
  if (candidate !== base && !candidate.startsWith(base + sep)) return null
  try {
    const [realBase, real] = await Promise.all([realpath(base), realpath(candidate)])
    if (!real.startsWith(realBase + sep)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}
