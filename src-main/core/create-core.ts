// Composes the services into the contract's handlers. Everything a host serves comes from
// here; hosts add transport only. Dependencies (folders, clock) come in as parameters.
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppInfo, Handlers, SyncSource } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import { err, ok } from '../../src-shared/result'
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
import { openSyncService, sourcesProblem, type SyncService } from '../sync/sync-service'

import { openSettings } from './settings'
import { createLibraryWrites } from './library-writes'
import { groupHandlers, sharingAnnotations } from '../groups/group-handlers'
import { openGroupService, type GroupService } from '../groups/group-service'
import { lookup } from '../../src-shared/safe-keys'
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

  const writes = library
    ? createLibraryWrites({ library, archiveDir, ownDir, search, now: clock })
    : null

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
  const withLast = (list: SyncSource[]): SyncSource[] =>
    list.map((s) => ({ ...s, last: sync?.lastResults()[s.id] ?? null }))

  const handlers: Handlers = {
    async 'app.info'() {
      return ok({
        name: 'Scholion',
        version,
        host,
        dataDir,
        archive: library
          ? {
              dir: library.dir,
              articleCount: library.count,
              formatVersion: library.formatVersion,
              checking,
            }
          : null,
        notices: notices(),
      })
    },
    async 'app.chooseFolder'({ title }) {
      if (!chooseFolder) {
        return err(
          'unavailable',
          'Type the folder’s path: a browser page cannot open a folder picker.',
        )
      }
      return ok(await chooseFolder(title))
    },
    async 'app.openDataFolder'() {
      if (!openFolder) {
        return err('unavailable', `Open this folder in your file manager: ${dataDir}`)
      }
      const problem = await openFolder(dataDir)
      return problem ? err('unavailable', `The folder could not be opened: ${problem}`) : ok(null)
    },
    async 'library.addFiles'({ files }) {
      if (!writes) return err('storage', NO_ARCHIVE)
      try {
        return ok(
          await writes.add(
            files.map((f) => ({ name: f.name, bytes: Buffer.from(f.data, 'base64') })),
          ),
        )
      } catch (error) {
        return err('storage', (error as Error).message)
      }
    },
    async 'sync.sources'() {
      return ok(withLast(sync?.sources() ?? []))
    },
    async 'sync.progress'() {
      return ok(sync?.progress() ?? null)
    },
    async 'sync.saveSources'({ sources }) {
      if (!sync) return err('unavailable', NO_ARCHIVE)
      const problem = sourcesProblem(sources)
      if (problem) return err('invalid_input', problem)
      try {
        return ok(withLast(await sync.saveSources(sources)))
      } catch (error) {
        return err('storage', `The sources could not be saved: ${(error as Error).message}`)
      }
    },
    async 'sync.run'({ sources, full }) {
      if (!sync) return err('unavailable', NO_ARCHIVE)
      try {
        return ok(await sync.run(sources, undefined, full))
      } catch (error) {
        return err('storage', `The sync could not finish: ${(error as Error).message}`)
      }
    },
    async 'articles.list'(input) {
      if (!library) return err('unavailable', NO_ARCHIVE)
      // The annotated facet needs every annotation file read; the first listing starts that in
      // the background and counts none until it is done, unless that filter is asked for.
      let annotated = annotationStore.annotatedArticles()
      if (!annotated) {
        const loading = annotationStore.all()
        if (input.status === 'annotated') {
          await loading
          annotated = annotationStore.annotatedArticles()
        } else void loading.catch(() => undefined)
      }
      visits.touch()
      return ok(
        library.list(
          input,
          new Set(Object.keys(reading.data.positions)),
          annotated ?? new Set<string>(),
          visits.fresh(library),
        ),
      )
    },
    async 'articles.get'({ id, version, annotations: withAnnotations }) {
      if (!library) return err('unavailable', NO_ARCHIVE)
      const result = await library.get(id)
      if (!result.ok) return result
      const { meta, doc, translations } = result.value
      const versions = (await writes?.versionsOf(id)) ?? []
      const position = lookup(reading.data.positions, id) ?? null
      if (!version) {
        // Annotations that cannot be read leave them out: the reader then asks for them alone
        // and shows why.
        const placed = withAnnotations ? await annotations.forArticle(id) : null
        return ok({
          meta,
          doc,
          translations,
          position,
          versions,
          ...(placed?.ok ? { annotations: placed.value } : {}),
        })
      }
      const earlier = versions.find((v) => v.contentHash === version)
      const old = earlier && writes ? await writes.versionDoc(id, version) : null
      if (!earlier || !old)
        return err('not_found', 'That earlier version of the article is not kept.')
      if (!old.ok) return old
      return ok({
        meta: { ...meta, contentHash: version, title: earlier.title },
        doc: old.value,
        translations,
        position: null,
        versions,
      })
    },
    async 'settings.get'() {
      // A change asked for just before (the last article, as a page reloads) is answered, not
      // the data from before it: reads wait for the writes in flight.
      await settings.idle()
      return ok(settings.data)
    },
    async 'settings.update'(change) {
      try {
        return ok(
          await settings.update((draft) => {
            if (change.lastArticleId !== undefined) draft.lastArticleId = change.lastArticleId
            if (change.reader) Object.assign(draft.reader, change.reader)
            if (change.identity) {
              draft.identity.name = change.identity.name
              if (change.identity.colour) draft.identity.colour = change.identity.colour
            }
            if (change.lastColor) draft.lastColor = change.lastColor
            if (change.exportTemplate !== undefined) draft.exportTemplate = change.exportTemplate
            if (change.exportFolder !== undefined) draft.exportFolder = change.exportFolder
          }),
        )
      } catch (error) {
        return err('storage', `Your settings could not be saved: ${(error as Error).message}`)
      }
    },
    async 'reading.get'({ id }) {
      return ok(lookup(reading.data.positions, id) ?? null)
    },
    async 'reading.save'({ id, block, progress }) {
      const position = { block, progress, updated: clock().toISOString() }
      try {
        await reading.update((draft) => {
          draft.positions[id] = position
        })
        return ok(position)
      } catch (error) {
        return err(
          'storage',
          `Your reading position could not be saved: ${(error as Error).message}`,
        )
      }
    },
    'annotations.forArticle': ({ articleId }) => annotations.forArticle(articleId),
    ...sharingAnnotations(
      {
        'annotations.create': (input) => annotations.create(input),
        'annotations.update': (input) => annotations.update(input),
        'annotations.delete': (input) => annotations.remove(input),
        'annotations.restore': ({ annotation }) => annotations.restore(annotation),
      },
      groups,
    ),
    ...groupHandlers(groups),
    'annotations.query': (input) => annotations.query(input),
    'annotations.tags': () => annotations.tags(),
    'export.render': (req) => exporter.render(req),
    'export.write': (req) => exporter.write(req),
    'export.copy': ({ articleId, ids }) =>
      exporter.copy(articleId, ids, settings.data.exportTemplate ?? undefined),
    'import.preview': ({ content }) => exporter.previewImport(content),
    'import.apply': ({ content }) => exporter.applyImport(content),
    'search.query': (input) => search.query(input),
    'search.status': async () => ok(search.status()),
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
