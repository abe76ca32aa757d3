import { describe, expect, it, vi } from 'vitest'
import { ok } from '../../src-shared/result'
import { createIpcHandler, isTrustedSender } from './electron-ipc'

describe('isTrustedSender', () => {
  it('trusts only the app page in the top frame', () => {
    expect(isTrustedSender({ url: 'app://scholion/index.html', isMainFrame: true })).toBe(true)
    expect(isTrustedSender({ url: 'app://scholion/index.html', isMainFrame: false })).toBe(false)
    expect(isTrustedSender({ url: 'app://other/index.html', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: 'https://example.org/', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: 'file:///etc/passwd', isMainFrame: true })).toBe(false)
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
  })

  it('trusts the dev server only when one is configured, and only its exact origin', () => {
    const dev = 'http://localhost:5173/'
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true })).toBe(
      false,
    )
    expect(
      isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true }, dev),
    ).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, dev)).toBe(false)
  })
})

describe('createIpcHandler', () => {
  it('dispatches calls from the app and refuses others without dispatching', async () => {
    const dispatch = vi.fn(async () => ok('done'))
    const handle = createIpcHandler(dispatch)
    expect(await handle('app.info', { url: 'app://scholion/', isMainFrame: true }, {})).toEqual(
      ok('done'),
    )
    const refused = await handle(
      'app.info',
      { url: 'https://evil.example/', isMainFrame: true },
      {},
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(dispatch).toHaveBeenCalledTimes(1)
  })
})
