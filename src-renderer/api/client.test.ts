// @vitest-environment jsdom
import { once } from 'node:events'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../src-shared/api'
import { createDispatcher } from '../../src-main/hosts/dispatch'
import { createHttpHost } from '../../src-main/hosts/http'
import { fakeHandlers } from '../../src-main/test-support/fake-handlers'
import { httpTransport, takeToken } from './client'

describe('takeToken', () => {
  it('takes the token from the fragment, keeps it for reloads and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/index.html#token=abc&article=x')
    sessionStorage.clear()
    expect(takeToken(window.location, sessionStorage, window.history)).toBe('abc')
    expect(window.location.hash).toBe('#article=x')
    expect(takeToken(window.location, sessionStorage, window.history)).toBe('abc')
  })

  it('has no token when none was ever given', () => {
    window.history.replaceState(null, '', '/index.html')
    sessionStorage.clear()
    expect(takeToken(window.location, sessionStorage, window.history)).toBeNull()
  })
})

describe('httpTransport against the real HTTP host', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createHttpHost({
      dispatch: createDispatcher(fakeHandlers()),
      staticDir: '/nonexistent',
      token: 't0k3n',
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/`
  })
  afterAll(() => void server.close())

  it('makes typed calls that come back as Results', async () => {
    const api = createClient(httpTransport('t0k3n', base))
    expect(await api['app.info']({})).toMatchObject({ ok: true, value: { name: 'Scholion' } })
    expect(await api['articles.get']({ id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('reports a wrong token and an unreachable server as Results, never throws', async () => {
    const wrong = createClient(httpTransport('nope', base))
    expect(await wrong['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    })
    const gone = createClient(httpTransport('t0k3n', 'http://127.0.0.1:1/api/'))
    expect(await gone['app.info']({})).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })
})
