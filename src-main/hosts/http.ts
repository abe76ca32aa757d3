// The HTTP host: serves the built renderer and the contract on a loopback address, for tests,
// scripts and use in a browser. Every API call needs the per-run token; requests from other
// origins or under another Host name are refused (DNS rebinding); no logic lives here.
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { LARGE_INPUT_METHODS } from '../../src-shared/api'
import { err, type Result } from '../../src-shared/result'
import type { Dispatch } from './dispatch'
import { contentType, mediaHeaders, resolveStaticFile, SECURITY_HEADERS } from './static-files'
import { tooDeep } from '../../src-shared/json-depth'
import { reasonOf } from '../core/error-reason'
import { isMediaName, MEDIA_PATH } from '../../src-shared/media'

export const API_PREFIX = '/api/'
const MAX_BODY_BYTES = 1024 * 1024
/** For the methods the contract lets send a whole file (capped at 64 M characters). */
const MAX_IMPORT_BODY_BYTES = 200 * 1024 * 1024

export interface HttpHostOptions {
  dispatch: Dispatch
  /** Built renderer folder. */
  staticDir: string
  token: string
  /** A stored picture's bytes by its media name (Core.picture); none served without it. */
  picture?: (name: string) => Promise<Uint8Array | null>
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const data = JSON.stringify(body)
  // A request refused before its body was read leaves that body on the socket: close it.
  if (status !== 200) res.shouldKeepAlive = false
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(data),
  })
  res.end(data)
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '')
  const wanted = Buffer.from(token)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

/** The Host header must name this server on loopback; anything else is a rebinding attempt. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? ''
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host)
}

function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  return origin === undefined || origin === `http://${req.headers.host}`
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** A percent-encoded path part, or null when its encoding is broken (`%E0%A4%A`). */
function decodePath(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  opts: HttpHostOptions,
): Promise<void> {
  if (req.method !== 'POST')
    return sendJson(res, 405, err('invalid_input', { key: 'api.postOnly' }))
  if (!originAllowed(req)) return sendJson(res, 403, err('forbidden', { key: 'api.otherOrigin' }))
  if (!tokenMatches(req.headers.authorization, opts.token)) {
    return sendJson(res, 401, err('unauthorized', { key: 'api.badToken' }))
  }
  const method = decodePath(new URL(req.url ?? '/', 'http://x').pathname.slice(API_PREFIX.length))
  if (method === null) {
    return sendJson(res, 400, err('invalid_input', { key: 'api.badMethodName' }))
  }
  const limit = LARGE_INPUT_METHODS.has(method) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES
  const body = await readBody(req, limit)
  if (body === null) return sendJson(res, 413, err('invalid_input', { key: 'api.bodyTooLarge' }))
  let input: unknown
  try {
    input = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    return sendJson(res, 400, err('invalid_input', { key: 'api.bodyNotJson' }))
  }
  if (tooDeep(input)) {
    return sendJson(res, 400, err('invalid_input', { key: 'api.bodyTooDeep' }))
  }
  sendJson(res, 200, await opts.dispatch(method, input))
}

/** Files are only read (GET, HEAD): anything else gets a 405; true when it did. */
function refusedMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false
  res.writeHead(405, SECURITY_HEADERS).end()
  return true
}

function notFound(res: ServerResponse): void {
  res
    .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
    .end('Not found')
}

async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  staticDir: string,
): Promise<void> {
  if (refusedMethod(req, res)) return
  const file = await resolveStaticFile(staticDir, new URL(req.url ?? '/', 'http://x').pathname)
  if (!file) {
    notFound(res)
    return
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType(file),
    'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'max-age=3600',
  })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file).pipe(res)
}

/**
 * A stored picture, for the reader's <img> (which sends no token): only media names, only to
 * this origin (Cross-Origin-Resource-Policy: a page elsewhere cannot even embed it), cached for
 * good (a name is a hash of the bytes).
 */
async function handleMedia(
  req: IncomingMessage,
  res: ServerResponse,
  opts: HttpHostOptions,
): Promise<void> {
  if (refusedMethod(req, res)) return
  const name = decodePath(new URL(req.url ?? '/', 'http://x').pathname.slice(MEDIA_PATH.length))
  const bytes = name && isMediaName(name) && opts.picture ? await opts.picture(name) : null
  if (!bytes) {
    notFound(res)
    return
  }
  res.writeHead(200, { ...mediaHeaders(name!), 'Content-Length': bytes.byteLength })
  res.end(req.method === 'HEAD' ? undefined : bytes)
}

/** Creates (does not start) the host. Call `listen(port, '127.0.0.1')` on the result. */
export function createHttpHost(opts: HttpHostOptions): Server {
  const server = createServer((req, res) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0
    if (!hostAllowed(req, port)) {
      res
        .writeHead(421, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Unknown host')
      return
    }
    const path = (req.url ?? '/').split('?')[0]!
    const handler = path.startsWith(API_PREFIX)
      ? handleApi(req, res, opts)
      : path.startsWith(MEDIA_PATH)
        ? handleMedia(req, res, opts)
        : handleStatic(req, res, opts.staticDir)
    handler.catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(
          res,
          500,
          err('internal', { key: 'api.serverFailed', values: { reason: reasonOf(error) } }),
        )
      else res.destroy()
    })
  })
  return server
}
