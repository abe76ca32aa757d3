// @vitest-environment jsdom
// Pending saves are flushed when the page is hidden or left, and the desktop app's close waits
// for the saves in flight (or gives up after its timeout).
import { afterEach, describe, expect, it } from 'vitest'
import {
  flushAll,
  flushWhenLeaving,
  isSaving,
  onSavingChange,
  registerFlush,
  trackSave,
  whenSaved,
} from './pending-saves'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

describe('pending saves', () => {
  it('runs every registered flush when the page is hidden or left, and none unregistered', () => {
    const ran: string[] = []
    cleanups.push(flushWhenLeaving(window))
    cleanups.push(registerFlush(() => ran.push('note')))
    const stop = registerFlush(() => ran.push('position'))
    window.dispatchEvent(new Event('pagehide'))
    expect(ran).toEqual(['note', 'position'])
    stop()
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    expect(ran).toEqual(['note', 'position', 'note'])
  })

  it('keeps going when one flush throws', () => {
    const ran: string[] = []
    cleanups.push(
      registerFlush(() => {
        throw new Error('broken')
      }),
    )
    cleanups.push(registerFlush(() => ran.push('still')))
    flushAll()
    expect(ran).toEqual(['still'])
  })

  it('counts saves in flight, says when saving starts and ends, and waits for them', async () => {
    const states: boolean[] = []
    cleanups.push(onSavingChange((s) => states.push(s)))
    let finish!: () => void
    const save = trackSave(new Promise<void>((resolve) => (finish = resolve)))
    expect(isSaving()).toBe(true)
    const waited = whenSaved(1000)
    finish()
    await save
    expect(await waited).toBe(true)
    expect(isSaving()).toBe(false)
    expect(states).toEqual([true, false])
  })

  it('gives up waiting after the timeout, so a window still closes', async () => {
    const never = trackSave(new Promise<void>(() => undefined))
    expect(await whenSaved(20)).toBe(false)
    void never
  })
})
