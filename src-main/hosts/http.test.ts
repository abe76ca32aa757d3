import { request } from 'node:http'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeHandlers } from '../../test-support/fake-handlers'
import { createDispatcher } from './dispatch'
import { createHttpHost } from './http'
import { png } from '../../test-support/pictures'

const TOKEN = 'secret-token-123'
const PICTURE_BYTES = png(3, 2)
const PICTURE = `${createHash('sha256').update(PICTURE_BYTES).digest('hex')}.png`
let server: Server
let port: number
let work: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  bytes: Buffer
}

/** A raw request (no URL normalisation, any Host header), as an attacker could send. */
function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        agent: false,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString(),
            bytes,
          })
        })
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}
const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
  })

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scholion-http-'))
  const www = join(work, 'www')
  await mkdir(join(www, 'assets'), { recursive: true })
  await writeFile(join(www, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(www, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(work, 'secret.txt'), 'outside the build folder')
  await symlink(join(work, 'secret.txt'), join(www, 'link.txt'))
  server = createHttpHost({
    dispatch: createDispatcher(fakeHandlers()),
    staticDir: www,
    token: TOKEN,
    picture: async (name) => (name === PICTURE ? PICTURE_BYTES : null),
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  port = (server.address() as { port: number }).port
})
afterAll(async () => {
  server.close()
  await rm(work, { recursive: true, force: true, maxRetries: 5 })
})

describe('HTTP host pictures', () => {
  it('serves a stored picture by its name, typed by it, cached for good, to this origin only', async () => {
    const reply = await send(`/media/${PICTURE}`)
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('image/png')
    expect(reply.headers['cache-control']).toContain('immutable')
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.bytes).toEqual(PICTURE_BYTES)
  })

  it('answers 404 for anything but a stored picture, and refuses other methods and hosts', async () => {
    for (const path of [
      `/media/${'0'.repeat(64)}.png`,
      '/media/../index.html',
      '/media/%2e%2e%2fsecret.txt',
      `/media/${PICTURE.replace('.png', '.svg')}`,
      '/media/%E0%A4%A',
      '/media/',
    ])
      expect((await send(path)).status, path).toBe(404)
    expect((await send(`/media/${PICTURE}`, { method: 'POST' })).status).toBe(405)
    expect((await send(`/media/${PICTURE}`, { headers: { host: 'evil.example:80' } })).status).toBe(
      421,
    )
  })
})

describe('HTTP host API', () => {
  it('answers a contract call with its Result', async () => {
    const reply = await api('app.info', {})
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '1.2.3' } })
    expect(reply.headers['cache-control']).toBe('no-store')
  })

  it('passes domain errors and validation errors through as Results', async () => {
    expect(JSON.parse((await api('articles.get', { id: 'x' })).body)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(JSON.parse((await api('articles.get', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    expect(JSON.parse((await api('nope', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    })
  })

  it('refuses calls without the right token', async () => {
    expect((await api('app.info', {}, { authorization: '' })).status).toBe(401)
    expect((await api('app.info', {}, { authorization: 'Bearer wrong-token-123' })).status).toBe(
      401,
    )
    expect((await api('app.info', {}, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401)
  })

  it('refuses calls from another origin even with the token', async () => {
    const reply = await api('app.info', {}, { origin: 'http://evil.example' })
    expect(reply.status).toBe(403)
    expect((await api('app.info', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(200)
  })

  it('refuses requests under a foreign Host name (DNS rebinding)', async () => {
    expect((await api('app.info', {}, { host: `evil.example:${port}` })).status).toBe(421)
    const refused = await send('/', { headers: { host: 'evil.example' } })
    expect(refused.status).toBe(421)
    // Refusals carry the same security headers as every other answer.
    expect(refused.headers['x-content-type-options']).toBe('nosniff')
    expect(refused.headers['content-security-policy']).toBeTruthy()
  })

  it('answers a broken percent-encoding or a deeply nested body with 400, not 500', async () => {
    const broken = await send('/api/%E0%A4%A', {
      method: 'POST',
      body: '{}',
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const deep = await send('/api/app.info', {
      method: 'POST',
      body: '['.repeat(200_000) + ']'.repeat(200_000),
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(deep.status).toBe(400)
    expect(JSON.parse(deep.body).error.message).toContain('nests too deeply')
    expect((await api('app.info', {})).status).toBe(200)
  })

  it('refuses GET, bad JSON and oversized bodies', async () => {
    expect(
      (await send('/api/app.info', { headers: { authorization: `Bearer ${TOKEN}` } })).status,
    ).toBe(405)
    const bad = await send('/api/app.info', {
      method: 'POST',
      body: '{nope',
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(bad.status).toBe(400)
    const big = await send('/api/app.info', {
      method: 'POST',
      body: JSON.stringify({ x: 'a'.repeat(2 * 1024 * 1024) }),
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(big.status).toBe(413)
  })
})

describe('HTTP host static files', () => {
  it('serves the app with its security headers', async () => {
    const reply = await send('/')
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>app</title>')
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/javascript/)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/assets',
    '/missing.js',
    '/index.html%00.js',
  ])('does not serve %s', async (path) => {
    const reply = await send(path)
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('outside the build folder')
  })
})
