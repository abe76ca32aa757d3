// "New since your last visit" (visits.json): when the user was last seen, and which articles
// the bundled archive had then. An article is new when it joined the user's own library after
// that time, or when a newer archive (an app update) brought it. The archive's ids are kept as
// sorted 32-bit hashes (200 KB for 50,000 articles), written only when the archive changes; a
// hash shared by chance can hide one new article, one time in about 80,000.
import { join } from 'node:path'
import { z } from 'zod'
import type { Library } from '../library/library'
import { openJsonStore, type JsonStore } from '../storage/json-store'

const schema = z.object({
  /** The last time the user was active (ISO), or null before the first visit ends. */
  lastSeen: z.string().nullable(),
  /** The archive as it was at the last visit: its catalog hash and its ids' hashes. */
  archive: z.object({ catalogHash: z.string(), ids: z.string() }).nullable(),
})
type VisitsData = z.infer<typeof schema>

/** How often being active moves "last seen" forward (a write each time). */
const TOUCH_EVERY_MS = 60_000

/** FNV-1a over the UTF-16 code units: a stable 32-bit hash of an id. */
function hashId(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function encodeIds(ids: readonly string[]): string {
  const hashes = Uint32Array.from(ids, hashId).sort()
  return Buffer.from(hashes.buffer).toString('base64')
}

function decodeIds(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64')
  return new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4)).slice()
}

function holds(sorted: Uint32Array, value: number): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] === value) return true
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

export interface Visits {
  /** The ids that are new since the last visit (computed for this session). */
  fresh(library: Library | null): ReadonlySet<string>
  /** The user is active: moves "last seen" forward, at most once a minute. */
  touch(): void
  /** Writes "last seen" now (before quitting). */
  flush(): Promise<void>
  readonly store: JsonStore<VisitsData>
}

export async function openVisits(
  dataDir: string,
  library: Library | null,
  now: () => Date = () => new Date(),
): Promise<Visits> {
  const store = await openJsonStore({
    file: join(dataDir, 'visits.json'),
    label: 'store.visits',
    schema,
    defaults: (): VisitsData => ({ lastSeen: null, archive: null }),
    version: 1,
    now,
  })
  const since = store.data.lastSeen
  const newInArchive = new Set<string>()
  if (library) {
    const current = library.archiveIds()
    const before = store.data.archive
    if (before && before.catalogHash !== library.catalogHash) {
      const known = decodeIds(before.ids)
      for (const id of current) if (!holds(known, hashId(id))) newInArchive.add(id)
    }
    if (!before || before.catalogHash !== library.catalogHash) {
      const archive = { catalogHash: library.catalogHash, ids: encodeIds(current) }
      // In the background: nobody waits for it, and a read-only data folder only means that
      // nothing is marked new next time.
      void store
        .update((draft) => {
          draft.archive = archive
        })
        .catch(() => undefined)
    }
  }
  let lastTouch = 0
  const touch = () =>
    store
      .update((draft) => {
        draft.lastSeen = now().toISOString()
      })
      .catch(() => undefined)
  let cached: { library: Library; ownCount: number; ids: ReadonlySet<string> } | null = null
  return {
    store,
    fresh(lib) {
      if (!lib || since === null) return newInArchive
      // Own articles change only when files are added: recompute when their number does.
      const ownCount = lib.count
      if (cached && cached.library === lib && cached.ownCount === ownCount) return cached.ids
      const ids = new Set(newInArchive)
      for (const id of lib.addedAfter(since)) ids.add(id)
      cached = { library: lib, ownCount, ids }
      return ids
    },
    touch() {
      const t = now().getTime()
      if (t - lastTouch < TOUCH_EVERY_MS) return
      lastTouch = t
      void touch()
    },
    async flush() {
      await touch()
      await store.idle()
    },
  }
}
