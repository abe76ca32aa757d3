// Composes the services into the contract's handlers. Everything a host serves comes from
// here; hosts add transport only. Dependencies (folders, clock) come in as parameters.
import { mkdir } from 'node:fs/promises'
import type { AppInfo, Handlers } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import { err, ok } from '../../src-shared/result'
import { openLibrary } from '../library/library'
import { openReadingPositions } from './reading-positions'
import { openSettings } from './settings'

export interface CoreOptions {
  dataDir: string
  archiveDir: string
  host: AppInfo['host']
  version: string
  now?: () => Date
  /** Check every archive document in the background after opening (default true). */
  verifyArchive?: boolean
}

export interface Core {
  handlers: Handlers
  notices: readonly Notice[]
}

export async function createCore({
  dataDir,
  archiveDir,
  host,
  version,
  now,
  verifyArchive = true,
}: CoreOptions): Promise<Core> {
  await mkdir(dataDir, { recursive: true })
  const [opened, settings, reading] = await Promise.all([
    openLibrary(archiveDir),
    openSettings(dataDir, now),
    openReadingPositions(dataDir, now),
  ])
  const { library } = opened
  // Read fresh on every call: the archive check running in the background may add notices.
  const notices = (): Notice[] => [...opened.notices, ...settings.notices, ...reading.notices]
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
    async 'articles.list'(input) {
      if (!library)
        return err('unavailable', 'The archive could not be opened; see the notice for why.')
      return ok(library.list(input, new Set(Object.keys(reading.data.positions))))
    },
    async 'articles.get'({ id }) {
      if (!library)
        return err('unavailable', 'The archive could not be opened; see the notice for why.')
      const result = await library.get(id)
      return result.ok
        ? ok({ ...result.value, position: reading.data.positions[id] ?? null })
        : result
    },
    async 'settings.get'() {
      return ok(settings.data)
    },
    async 'settings.update'(change) {
      try {
        return ok(
          await settings.update((draft) => {
            if (change.lastArticleId !== undefined) draft.lastArticleId = change.lastArticleId
            if (change.reader) Object.assign(draft.reader, change.reader)
          }),
        )
      } catch (error) {
        return err('storage', `Your settings could not be saved: ${(error as Error).message}`)
      }
    },
    async 'reading.get'({ id }) {
      return ok(reading.data.positions[id] ?? null)
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
  }
  return {
    handlers,
    get notices() {
      return notices()
    },
  }
}
