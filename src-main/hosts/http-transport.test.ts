// @vitest-environment jsdom
// The renderer's HTTP transport against the real HTTP host: the two ends of the contract's
// HTTP binding, tested together here (the renderer's own tests never reach into src-main).
import { once } from 'node:events'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../src-shared/api'
import { httpTransport } from '../../src-renderer/api/client'
import { createDispatcher } from './dispatch'
import { createHttpHost } from './http'
import { fakeHandlers } from '../../test-support/fake-handlers'

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
