// A small store with subscriptions, for state several features share: components read a slice
// of it with `useStore` (React's useSyncExternalStore underneath) and re-render only when that
// slice changes; anything may change it with `set`. No library needed for a handful of fields.
import { useSyncExternalStore } from 'react'

export interface Store<T> {
  get(): T
  /** Replaces the fields given (or what `change` returns from the current state). */
  set(change: Partial<T> | ((state: T) => Partial<T>)): void
  subscribe(listener: () => void): () => void
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(change) {
      const patch = typeof change === 'function' ? change(state) : change
      state = { ...state, ...patch }
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/** The part of `store` that `select` picks, kept current. `select` must return a value that
 * stays the same (===) while the state it reads does. */
export function useStore<T extends object, S>(store: Store<T>, select: (state: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()))
}
