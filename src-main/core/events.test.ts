import { describe, expect, it } from 'vitest'
import { createEventHub } from './events'

describe('createEventHub', () => {
  it('calls listeners in order, waits for them, and stops calling one that unsubscribed', async () => {
    const hub = createEventHub()
    const seen: string[] = []
    const off = hub.on('articles.changed', ({ ids }) => void seen.push(`a:${ids.join()}`))
    hub.on('articles.changed', async ({ ids }) => {
      await new Promise((r) => setTimeout(r, 5))
      seen.push(`b:${ids.join()}`)
    })
    await hub.emit('articles.changed', { ids: ['x'] })
    expect(seen).toEqual(['a:x', 'b:x'])
    off()
    await hub.emit('articles.changed', { ids: ['y'] })
    expect(seen).toEqual(['a:x', 'b:x', 'b:y'])
  })

  it('passes a listener’s failure to the one who emitted', async () => {
    const hub = createEventHub()
    hub.on('annotation.changed', () => {
      throw new Error('disk full')
    })
    await expect(
      hub.emit('annotation.changed', { articleId: 'a', group: undefined }),
    ).rejects.toThrow('disk full')
    // An event nobody listens to is fine.
    await hub.emit('articles.changed', { ids: [] })
  })
})
