import { describe, expect, it, vi } from 'vitest'
import { fakeHandlers } from '../../test-support/fake-handlers'
import { createDispatcher } from './dispatch'

describe('createDispatcher', () => {
  it('runs a known method with validated input and defaults applied', async () => {
    const list = vi.fn(async (input: { offset: number; limit: number }) => ({
      ok: true as const,
      value: input,
    }))
    const dispatch = createDispatcher(fakeHandlers({ 'articles.list': list as never }))
    const result = await dispatch('articles.list', { limit: 5 })
    expect(result).toEqual({ ok: true, value: { offset: 0, limit: 5, sort: 'date-desc' } })
  })

  it('refuses unknown methods, including inherited object keys', async () => {
    const dispatch = createDispatcher(fakeHandlers())
    expect(await dispatch('articles.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    })
    expect(await dispatch('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    })
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    })
  })

  it('refuses invalid input with a readable reason, without calling the handler', async () => {
    const get = vi.fn()
    const dispatch = createDispatcher(fakeHandlers({ 'articles.get': get }))
    const result = await dispatch('articles.get', { id: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!result.ok && result.error.message).toMatch(/^The request is not valid: id: /)
    expect(await dispatch('articles.list', { limit: 100000 })).toMatchObject({ ok: false })
    expect(await dispatch('app.info', { extra: true })).toMatchObject({ ok: false })
    expect(get).not.toHaveBeenCalled()
  })

  it('turns a thrown error into an internal error Result and logs it', async () => {
    const log = vi.fn()
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings.get': async () => {
          throw new Error('disk on fire')
        },
      }),
      log,
    )
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong in settings.get: disk on fire',
        key: 'api.failed',
        values: {
          method: 'settings.get',
          reason: { key: 'common.verbatim', values: { text: 'disk on fire' } },
        },
      },
    })
    expect(log).toHaveBeenCalledOnce()
  })
})
