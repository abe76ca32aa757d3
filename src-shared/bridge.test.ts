import { describe, expect, it, vi } from 'vitest'
import { methods } from './api'
import { buildBridge, channelFor } from './bridge'

describe('buildBridge', () => {
  it('exposes exactly the contract methods, frozen', () => {
    const bridge = buildBridge(vi.fn())
    expect(Object.keys(bridge).sort()).toEqual([...methods].sort())
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.values(bridge).every((f) => typeof f === 'function')).toBe(true)
  })

  it('forwards each call on its own channel with its input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }))
    const bridge = buildBridge(invoke)
    await bridge['articles.get']({ id: 'x' })
    expect(invoke).toHaveBeenCalledWith(channelFor('articles.get'), { id: 'x' })
    expect(channelFor('articles.get')).toBe('scholion:articles.get')
  })
})
