// The core's event hub: subsystems tell what happened (an annotation of one's own changed,
// articles got new texts) and the others that care subscribe, instead of wrapping each other's
// handlers. Typed: an event's name fixes its payload. `emit` waits for every listener, so a
// handler answers only once everything that follows from its change is done (a group's file
// written, the search index updated).
import type { Settings } from '../../src-shared/api'

export interface CoreEvents {
  /** One's own annotation was created, changed, deleted or restored. */
  'annotation.changed': { articleId: string; group: string | undefined }
  /** Articles were added to the library or got a new text (the library shows them already);
   * `added` when they are new articles (not new texts of known ones). */
  'articles.changed': { ids: string[]; added?: boolean }
  /** Articles that arrived match saved searches: one entry per search, with how many. */
  'searches.matched': { matches: { name: string; query: string; count: number }[] }
  /** The settings were changed and saved (the desktop menus follow the interface language). */
  'settings.changed': { settings: Settings }
}

type Listener<T> = (payload: T) => void | Promise<void>

export interface EventHub<E> {
  /** Calls `listener` on each `name` event, until the function returned is called. */
  on<K extends keyof E>(name: K, listener: Listener<E[K]>): () => void
  /** Tells every listener of `name`, in the order they subscribed, and waits for them all. */
  emit<K extends keyof E>(name: K, payload: E[K]): Promise<void>
}

export function createEventHub<E = CoreEvents>(): EventHub<E> {
  const listeners = new Map<keyof E, Set<Listener<never>>>()
  return {
    on(name, listener) {
      let set = listeners.get(name)
      if (!set) listeners.set(name, (set = new Set()))
      set.add(listener as Listener<never>)
      return () => void set.delete(listener as Listener<never>)
    },
    async emit(name, payload) {
      const set = listeners.get(name)
      if (!set) return
      for (const listener of [...set]) await (listener as Listener<typeof payload>)(payload)
    },
  }
}
