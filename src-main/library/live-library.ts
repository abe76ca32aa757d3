// A library that can be swapped for a newer one in place: the services built on the library
// keep their reference, and see the user's added files as soon as the library is reopened.
import type { Library } from './library'

export interface LiveLibrary extends Library {
  /** Makes `next` the library every caller sees from now on. */
  replace(next: Library): void
}

export function liveLibrary(initial: Library): LiveLibrary {
  let current = initial
  return {
    get dir() {
      return current.dir
    },
    get formatVersion() {
      return current.formatVersion
    },
    get count() {
      return current.count
    },
    get catalogHash() {
      return current.catalogHash
    },
    list: (...args) => current.list(...args),
    get: (id) => current.get(id),
    docJson: (id, options) => current.docJson(id, options),
    ids: () => current.ids(),
    archiveIds: () => current.archiveIds(),
    addedAfter: (time) => current.addedAfter(time),
    summary: (id) => current.summary(id),
    findBySource: (url) => current.findBySource(url),
    verify: (onProgress) => current.verify(onProgress),
    replace(next) {
      current = next
    },
  }
}
