// Long loops on the main process (reading a group's thousand files, planning an import) give
// way to other requests every few milliseconds, so that the app keeps answering meanwhile.
import { performance } from 'node:perf_hooks'

/**
 * Returns a function to await before each step: it yields to the event loop once `sliceMs` of
 * work has passed since it last did. Callers take turns (each call waits for the one before),
 * so that steps started together, many files read at once, still run one slice at a time
 * rather than all at once after one yield.
 */
export function timeSlices(sliceMs = 8): () => Promise<void> {
  let since = performance.now()
  let turn: Promise<void> = Promise.resolve()
  return () => {
    turn = turn.then(async () => {
      if (performance.now() - since < sliceMs) return
      await new Promise((resolve) => setImmediate(resolve))
      since = performance.now()
    })
    return turn
  }
}
