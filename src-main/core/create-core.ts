// Builds the subsystems (stores and services), ties them with the event hub, and joins their
// slices of the contract into the handlers. Everything a host serves comes from here; hosts add
// transport only. Dependencies (folders, clock) come in as parameters.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppInfo, Handlers } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import { lookup } from '../../src-shared/safe-keys'
import { annotationHandlers } from '../annotations/handlers'
import { exchangeHandlers } from '../export/handlers'
import { libraryHandlers } from '../library/handlers'
import { indexArticleChanges, searchHandlers } from '../search/handlers'
import { syncHandlers } from '../sync/handlers'
import { appHandlers } from './app-handlers'
import { createEventHub } from './events'
import { settingsHandlers } from './settings-handlers'
import { createAnnotationService } from '../annotations/annotation-service'
import { openAnnotationStore } from '../annotations/annotation-store'
import { createExportService } from '../export/export-service'
import { createArticleTexts } from '../library/article-texts'
import { openLibrary } from '../library/open-library'
import { liveLibrary } from '../library/live-library'
import { OWN_LIBRARY_DIR } from '../library/own-library'
import { createSearchService, type SearchService } from '../search/search-service'
import { openReadingPositions } from './reading-positions'
import { openVisits } from './visits'
import { DEFAULT_POLICY, PoliteFetcher, type FetchPolicy } from '../sync/polite-fetch'
import { startAutoSync, type AutoSyncOptions } from '../sync/schedule'
import { openSyncService, type SyncService } from '../sync/sync-service'

import { openSettings } from './settings'
import { createLibraryWrites } from './library-writes'
import { followOwnChanges, groupHandlers } from '../groups/group-handlers'
import { openGroupService, type GroupService } from '../groups/group-service'
import { sweepTempFiles } from '../storage/temp-files'

const NO_ARCHIVE = 'The archive could not be opened; see the notice for why.'

export interface CoreOptions {
  dataDir: string
  archiveDir: string
  host: AppInfo['host']
  version: string
  now?: () => Date
  /** Check every archive document in the background after opening (default true). */
  verifyArchive?: boolean
  /** Opens a folder in the system's file manager; resolves to an error message or ''. Only
   * the desktop host has one. */
  openFolder?: (path: string) => Promise<string>
  /** Lets the user choose a folder (a native dialog); null when cancelled. Only the desktop
   * host has one. */
  chooseFolder?: (title: string) => Promise<string | null>
  /** Changes to how sync fetches (tests make it quick; the defaults are the polite ones). */
  fetchPolicy?: Partial<FetchPolicy>
  /** Sync on its own (at start when online, then on each source's schedule); off by default. */
  autoSync?: Omit<AutoSyncOptions, 'sync' | 'now'> | false
  /** New articles one sync takes from one source (default MAX_NEW_PER_SOURCE). */
  maxNewPerSource?: number
  /** Watch group folders for the others' changes (default true; unit tests refresh by hand). */
  watchGroups?: boolean
  /** Where `~` in a folder the user types leads (default: the user's home). */
  home?: string
}

export interface Core {
  handlers: Handlers
  /** The search service (its index can be awaited in tests). */
  search: SearchService
  notices: readonly Notice[]
  /** Sync, for the CLI's progress bar; null without a library. */
  sync: SyncService | null
  /** Study groups (tests drive their refresh). */
  groups: GroupService
  /** Resolves once every write asked for so far is done: call before quitting. */
  flush(): Promise<void>
}

export async function createCore({
  dataDir,
  archiveDir,
  host,
  version,
  now,
  verifyArchive = true,
  openFolder,
  chooseFolder,
  fetchPolicy,
  autoSync = false,
  watchGroups = true,
  maxNewPerSource,
  home,
}: CoreOptions): Promise<Core> {
  await mkdir(dataDir, { recursive: true })
  const ownDir = join(dataDir, OWN_LIBRARY_DIR)
  const [opened, settings, reading, annotationStore] = await Promise.all([
    openLibrary(archiveDir, ownDir),
    openSettings(dataDir, now),
    openReadingPositions(dataDir, now),
    openAnnotationStore(dataDir, now),
  ])
  let identity = settings.data.identity
  if (!identity.id) {
    identity = { id: randomUUID(), name: '', colour: '' }
    await settings
      .update((draft) => {
        draft.identity = identity
      })
      .catch(() => undefined) // A read-only settings file: this session keeps its id in memory.
  }
  const library = opened.library ? liveLibrary(opened.library) : null
  const visits = await openVisits(dataDir, library, now)
  // Read fresh on every call: the archive check running in the background may add notices.
  const notices = (): Notice[] => [
    ...opened.notices,
    ...settings.notices,
    ...reading.notices,
    ...visits.store.notices,
    ...(sync?.store.notices ?? []),
    ...groups.notices,
    ...annotationStore.notices,
    ...searchNotices,
  ]
  let checking = false
  if (library && verifyArchive) {
    checking = true
    library
      .verify()
      .catch((error: unknown) => {
        opened.notices.push({
          level: 'warning',
          code: 'archive_unverified',
          message: `The archive could not be checked: ${(error as Error).message}`,
        })
      })
      .finally(() => (checking = false))
  }
  const clock = now ?? (() => new Date())
  const texts = createArticleTexts(library)
  const exporter = createExportService(annotationStore, library, texts)
  const annotations = createAnnotationService({
    store: annotationStore,
    library,
    identity: () => {
      const { id, name } = settings.data.identity.id ? settings.data.identity : identity
      return { id, name }
    },
    now: clock,
    texts,
    others: () => groups.allOthers(),
  })

  const groups = await openGroupService({
    dataDir,
    store: annotationStore,
    library,
    texts,
    identity: () => {
      const { id, name, colour } = settings.data.identity.id ? settings.data.identity : identity
      return { id, name, colour }
    },
    now: clock,
    watch: watchGroups,
    home,
  })

  const searchNotices: Notice[] = []
  const search = createSearchService({
    library,
    dataDir,
    annotations: () => annotationStore.all(),
    verify: verifyArchive,
    onNotice: (message) => {
      // One notice at a time: why the index is being rebuilt, gone once it is done.
      searchNotices.splice(
        0,
        searchNotices.length,
        ...(message ? [{ level: 'info' as const, code: 'search_rebuild', message }] : []),
      )
    },
  })

  const events = createEventHub()
  const writes = library
    ? createLibraryWrites({ library, archiveDir, ownDir, events, now: clock })
    : null
  if (library) indexArticleChanges(events, library, search)
  followOwnChanges(events, groups)

  const sync = library
    ? await openSyncService({
        dataDir,
        library,
        now: clock,
        fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, ...fetchPolicy }),
        maxNewPerSource,
        addFiles: (files) => writes!.add(files),
        updateFiles: (updates) => writes!.update(updates),
      })
    : null
  if (sync && autoSync) startAutoSync({ ...autoSync, sync, now: clock })

  // Each subsystem serves its slice of the contract; this only joins them.
  const handlers: Handlers = {
    ...appHandlers({
      version,
      host,
      dataDir,
      library,
      checking: () => checking,
      notices,
      chooseFolder,
      openFolder,
    }),
    ...libraryHandlers({
      library,
      noLibrary: NO_ARCHIVE,
      writes,
      readIds: () => new Set(Object.keys(reading.data.positions)),
      annotatedIds: async (wait) => {
        // The annotated facet needs every annotation file read; the first listing starts that
        // in the background and counts none until it is done, unless that filter is asked for.
        const known = annotationStore.annotatedArticles()
        if (known) return known
        const loading = annotationStore.all()
        if (!wait) {
          void loading.catch(() => undefined)
          return new Set()
        }
        await loading
        return annotationStore.annotatedArticles() ?? new Set()
      },
      freshIds: () => {
        visits.touch()
        return visits.fresh(library)
      },
      position: (id) => lookup(reading.data.positions, id) ?? null,
      annotationsOf: (id) => annotations.forArticle(id),
    }),
    ...syncHandlers(sync, NO_ARCHIVE),
    ...settingsHandlers({ settings, reading, now: clock }),
    ...annotationHandlers({
      annotations,
      events,
      canShare: (groupId) => groups.canShare(groupId),
    }),
    ...groupHandlers(groups),
    ...exchangeHandlers(exporter, () => settings.data.exportTemplate ?? undefined),
    ...searchHandlers(search),
  }
  // After the stores opened (and finished any replace a crash cut short): the temp files of
  // writes that died with their process go, in the background.
  void sweepTempFiles(dataDir)
  return {
    handlers,
    search,
    sync,
    groups,
    async flush() {
      await Promise.all([settings.idle(), reading.idle(), annotationStore.idle(), writes?.idle()])
      await groups.flush()
      await visits.flush()
    },
    get notices() {
      return notices()
    },
  }
}
