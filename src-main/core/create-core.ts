// Builds the subsystems (stores and services), ties them with the event hub, and joins their
// slices of the contract into the handlers. Everything a host serves comes from here; hosts add
// transport only. Dependencies (folders, clock) come in as parameters.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Handlers } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
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
import { createSearchService } from '../search/search-service'
import { openReadingPositions } from './reading-positions'
import { openVisits } from './visits'
import { DEFAULT_POLICY, PoliteFetcher } from '../sync/polite-fetch'
import { startAutoSync } from '../sync/schedule'
import { openSyncService } from '../sync/sync-service'

import { openSettings } from './settings'
import { createLibraryWrites } from './library-writes'
import { followOwnChanges, groupHandlers } from '../groups/group-handlers'
import { openGroupService } from '../groups/group-service'
import { sweepTempFiles } from '../storage/temp-files'
import { checkArchiveInBackground } from './archive-check'
import type { Core, CoreOptions } from './core-options'
import { ensureIdentity } from './identity'
import { libraryFacets } from './library-facets'
import { type Message } from '../../src-shared/i18n/translate'

import { readPicture } from '../library/pictures/media-store'
import { archiveInUse } from '../archive/archive-in-use'
import { createArchiveUpdates, type ArchiveUpdates } from './archive-updates'
import { createSavedSearches, openSavedSearchStore } from '../search/saved-searches'
import {
  alertArrivals,
  alertOnNewArticles,
  savedSearchHandlers,
} from '../search/saved-search-handlers'

export type { Core, CoreOptions }

const NO_ARCHIVE: Message = { key: 'library.noArchive' }

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
  releaseKeysDir = null,
}: CoreOptions): Promise<Core> {
  await mkdir(dataDir, { recursive: true })
  const ownDir = join(dataDir, OWN_LIBRARY_DIR)
  // The bundled archive, or a newer one applied from an update pack.
  const inUse = await archiveInUse(archiveDir, dataDir)
  let archiveNow = inUse.dir
  const [opened, settings, reading, annotationStore, savedSearchStore] = await Promise.all([
    openLibrary(archiveNow, ownDir),
    openSettings(dataDir, now),
    openReadingPositions(dataDir, now),
    openAnnotationStore(dataDir, now),
    openSavedSearchStore(dataDir, now),
  ])
  const me = await ensureIdentity(settings)
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
    ...search.notices,
    ...savedSearchStore.notices,
  ]
  const checking = checkArchiveInBackground(verifyArchive ? library : null, opened.notices)
  const clock = now ?? (() => new Date())
  const texts = createArticleTexts(library)
  const exporter = createExportService(annotationStore, library, texts)
  const annotations = createAnnotationService({
    store: annotationStore,
    library,
    identity: () => {
      const { id, name } = me()
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
    identity: me,
    now: clock,
    watch: watchGroups,
    home,
  })

  const search = createSearchService({
    library,
    dataDir,
    annotations: () => annotationStore.all(),
    verify: verifyArchive,
  })

  const events = createEventHub()
  const writes = library
    ? createLibraryWrites({ library, archiveDir: () => archiveNow, ownDir, events, now: clock })
    : null
  if (library) indexArticleChanges(events, library, search)
  const savedSearches = createSavedSearches({
    store: savedSearchStore,
    library,
    index: () => search.index,
    now: clock,
  })
  const savedSearchesCarried = {
    list: () => savedSearchStore.data.searches,
    importMany: savedSearches.importMany,
  }
  // After the index took the new articles (it subscribed first).
  alertOnNewArticles(events, savedSearches)
  followOwnChanges(events, groups)

  const sync = library
    ? await openSyncService({
        dataDir,
        library,
        now: clock,
        fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, ...fetchPolicy }),
        maxNewPerSource,
        addFiles: (files, fetchPicture) => writes!.add(files, fetchPicture),
        updateFiles: (updates, fetchPicture) => writes!.update(updates, fetchPicture),
      })
    : null
  if (sync && autoSync) startAutoSync({ ...autoSync, sync, now: clock })

  const archiveUpdates: ArchiveUpdates = createArchiveUpdates({
    dataDir,
    current: inUse,
    releaseKeysDir,
    notices: opened.notices,
    updateUrl: () => settings.data.archiveUpdateUrl,
    documentsChecked: verifyArchive && library ? () => !checking() : undefined,
    fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, ...fetchPolicy }),
    async onSwitched(dir, added) {
      const reopened = await openLibrary(dir, ownDir)
      if (!reopened.library || !library) throw new Error(`the archive in ${dir} cannot be opened`)
      await writes?.idle()
      archiveNow = dir
      library.replace(reopened.library)
      await search.index?.reload()
      // The pack's new articles count as new for the saved searches, and alert them.
      await savedSearches.arrivedByPack(added)
      await alertArrivals(events, savedSearches, added)
    },
  })

  // Each subsystem serves its slice of the contract; this only joins them.
  const handlers: Handlers = {
    ...appHandlers({
      version,
      host,
      dataDir,
      library,
      checking,
      notices,
      chooseFolder,
      openFolder,
    }),
    ...libraryHandlers({
      library,
      noLibrary: NO_ARCHIVE,
      writes,
      ...libraryFacets({ library, reading, annotationStore, visits }),
      annotationsOf: (id) => annotations.forArticle(id),
    }),
    ...syncHandlers(sync, NO_ARCHIVE),
    ...settingsHandlers({ settings, reading, searches: savedSearchesCarried, now: clock, events }),
    ...annotationHandlers({
      annotations,
      events,
      canShare: (groupId) => groups.canShare(groupId),
    }),
    ...groupHandlers(groups),
    ...exchangeHandlers(exporter, () => ({
      flavour: settings.data.exportFlavour,
      colours: settings.data.exportColours ?? undefined,
      template: settings.data.exportTemplate ?? undefined,
    })),
    ...searchHandlers(search),
    ...archiveUpdates.handlers,
    ...savedSearchHandlers(savedSearches),
  }
  // Hosts that may go online look for a newer archive once, when an address is set.
  if (autoSync) void archiveUpdates.checkAtStart(autoSync.isOnline).catch(() => undefined)
  // After the stores opened (and finished any replace a crash cut short): the temp files of
  // writes that died with their process go, in the background.
  void sweepTempFiles(dataDir)
  return {
    handlers,
    events,
    /** The settings as they are now. */
    settings: () => settings.data,
    search,
    sync,
    groups,
    async flush() {
      await Promise.all([settings.idle(), reading.idle(), annotationStore.idle(), writes?.idle()])
      await groups.flush()
      await visits.flush()
      await savedSearchStore.idle()
    },
    get notices() {
      return notices()
    },
    picture: (name) => readPicture([ownDir, archiveNow], name),
    archiveUpdates,
  }
}
