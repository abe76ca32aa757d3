// Everything that writes the user's library, one batch at a time (each reads the own library's
// catalog and rewrites it): files added (the Add files dialog, sync's new articles) and new
// versions of articles that changed on the site. After each, the library is reopened and the
// change is told on the event hub (the search index takes the new texts). Also reads the
// earlier versions of an article.
import type { AddFilesReport, ArticleVersion } from '../../src-shared/api'
import { articleSchema, type DocJSON } from '../../src-shared/schema'
import { err, ok, type Result } from '../../src-shared/result'
import type { SourceFile } from '../library/import/import-file'
import type { LiveLibrary } from '../library/live-library'
import { openLibrary } from '../library/open-library'
import { addFiles, updateArticles, type UpdatedFiles } from '../library/own-library'
import { readVersionDoc, readVersions } from '../library/versions'
import type { CoreEvents, EventHub } from './events'
import { reasonOf } from './error-reason'
import type { PictureBytes } from '../library/pictures/keep-pictures'

export function createLibraryWrites(o: {
  library: LiveLibrary
  /** The archive in use (an update pack may replace it). */
  archiveDir: () => string
  ownDir: string
  events: EventHub<CoreEvents>
  now: () => Date
}) {
  const { library, archiveDir, ownDir } = o
  let queue: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }
  /** Reopens the library over what was written and tells the hub that `ids` changed. */
  const refresh = async (ids: string[], added: boolean) => {
    const reopened = await openLibrary(archiveDir(), ownDir)
    if (reopened.library) library.replace(reopened.library)
    await o.events.emit('articles.changed', { ids, added })
  }
  // Earlier versions of articles, read once and again after each update.
  let versionsRead: Promise<Record<string, ArticleVersion[]>> | null = null
  const allVersions = () => (versionsRead ??= readVersions(ownDir))

  return {
    /** `fetchPicture` gets the pictures of fetched pages (sync). */
    add: (files: SourceFile[], fetchPicture?: PictureBytes): Promise<AddFilesReport> =>
      inTurn(async () => {
        const { report, added } = await addFiles(
          ownDir,
          library,
          files,
          o.now,
          undefined,
          fetchPicture,
        )
        if (added.length) await refresh(added, true)
        return report
      }),
    /** Pages that changed on the site: new versions of the user's (or the archive's) articles. */
    update: (
      updates: { id: string; file: SourceFile }[],
      fetchPicture?: PictureBytes,
    ): Promise<UpdatedFiles> =>
      inTurn(async () => {
        const result = await updateArticles(ownDir, library, updates, o.now, fetchPicture)
        versionsRead = null
        if (result.updated.length)
          await refresh(
            result.updated.map((u) => u.id),
            false,
          )
        return result
      }),
    /** The earlier versions of an article, oldest first. */
    versionsOf: async (id: string): Promise<ArticleVersion[]> => (await allVersions())[id] ?? [],
    /** An earlier version's document, checked against the schema. */
    async versionDoc(id: string, version: string): Promise<Result<DocJSON>> {
      const versions = await allVersions()
      const old = await readVersionDoc([ownDir, archiveDir()], versions, id, version)
      if (!old) return err('not_found', { key: 'library.versionGone' })
      try {
        articleSchema.nodeFromJSON(old).check()
      } catch (error) {
        return err('storage', {
          key: 'library.versionDamaged',
          values: { reason: reasonOf(error) },
        })
      }
      return ok(old as DocJSON)
    },
    /** Resolves once the writes asked for so far are done. */
    idle: () => queue.then(() => undefined),
  }
}

export type LibraryWrites = ReturnType<typeof createLibraryWrites>
