// Saves that wait (a note being typed, a tag half typed, the reading position) are flushed, never
// dropped: each registers a flush here, and every one runs when the page is hidden, unloaded or
// closed (pagehide, visibilitychange), and when the desktop app asks before closing its window.
// Saves in flight are counted, so that the desktop app can wait for them and the page can show
// "Saving…".

type Flush = () => void

const flushes = new Set<Flush>()
let inFlight = 0
const listeners = new Set<(saving: boolean) => void>()
const idleWaiters = new Set<() => void>()

/** Registers a flush that runs when the page is left; returns a way to unregister it. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush)
  return () => flushes.delete(flush)
}

/** Runs every registered flush now (each starts its save). */
export function flushAll(): void {
  for (const flush of [...flushes]) {
    try {
      flush()
    } catch {
      // One failing flush must not keep the others from running.
    }
  }
}

/** Counts `save` as in flight until it settles; returns it. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  inFlight++
  if (inFlight === 1) for (const l of listeners) l(true)
  const done = () => {
    inFlight--
    if (inFlight === 0) {
      for (const l of listeners) l(false)
      for (const wake of [...idleWaiters]) wake()
      idleWaiters.clear()
    }
  }
  save.then(done, done)
  return save
}

/** Resolves once no save is in flight, or after `timeoutMs`; true if all were done. */
export function whenSaved(timeoutMs: number): Promise<boolean> {
  if (inFlight === 0) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      idleWaiters.delete(wake)
      resolve(false)
    }, timeoutMs)
    const wake = () => {
      clearTimeout(timer)
      resolve(true)
    }
    idleWaiters.add(wake)
  })
}

export function isSaving(): boolean {
  return inFlight > 0
}

/** Calls `listener` when saving starts (true) and when the last save ends (false). */
export function onSavingChange(listener: (saving: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Flushes when the page is hidden or left. Returns a way to stop. */
export function flushWhenLeaving(target: Window = window): () => void {
  const onHide = () => flushAll()
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flushAll()
  }
  target.addEventListener('pagehide', onHide)
  target.addEventListener('beforeunload', onHide)
  target.document.addEventListener('visibilitychange', onVisibility)
  return () => {
    target.removeEventListener('pagehide', onHide)
    target.removeEventListener('beforeunload', onHide)
    target.document.removeEventListener('visibilitychange', onVisibility)
  }
}
