// The renderer's handle on the contract. In Electron the preload's bridge carries calls over
// IPC; in a browser they go to the HTTP host with the per-run token from the URL the server
// printed. Either way the caller gets the same typed client and always a Result back.
import { createClient, type ApiClient, type Transport } from '../../src-shared/api'
import { BRIDGE_NAME } from '../../src-shared/bridge'
import { err, isResult } from '../../src-shared/result'
import { translate } from '../i18n'

const TOKEN_KEY = 'scholion.token'

/** Takes `token=` from the URL fragment (then removes it from the address bar) or the session. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  const fromUrl = params.get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    params.delete('token')
    const rest = params.toString()
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    )
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

/** Bodies up to this size are sent with `keepalive`, so a save started as the page is left
 * (a reload, a closed tab) still reaches the server; browsers allow 64 KB of such bodies. */
const KEEPALIVE_MAX = 32 * 1024

export function httpTransport(token: string, base = '/api/'): Transport {
  return async (method, input) => {
    let response: Response
    const body = JSON.stringify(input ?? {})
    const request = (keepalive: boolean) =>
      fetch(`${base}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        keepalive,
      })
    try {
      const keepalive = body.length <= KEEPALIVE_MAX
      // Over the browser's quota of keepalive bodies in flight, the request is sent plainly.
      response = await request(keepalive).catch((error: unknown) => {
        if (keepalive && error instanceof TypeError) return request(false)
        throw error
      })
    } catch {
      return err('unavailable', { key: 'app.serverUnreachable' })
    }
    const answer: unknown = await response.json().catch(() => null)
    if (isResult(answer)) return answer
    return err('internal', { key: 'app.serverOdd', values: { status: response.status } })
  }
}

export type ClientSetup = { client: ApiClient } | { client: null; problem: string }

export function connect(): ClientSetup {
  const bridge = (window as unknown as Record<string, ApiClient | undefined>)[BRIDGE_NAME]
  if (bridge) return { client: bridge }
  const token = takeToken(window.location, window.sessionStorage, window.history)
  if (!token) {
    return {
      client: null,
      problem: translate('app.needsToken'),
    }
  }
  return { client: createClient(httpTransport(token)) }
}
