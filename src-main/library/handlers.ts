// The contract's library methods: the article list (with the read, annotated and new facets,
// which come from other stores and are given as functions), one article (with its annotations,
// reading position and earlier versions) and adding the user's own files.
import type { ParsedInput, ReadingPosition } from '../../src-shared/api'
import { err, ok } from '../../src-shared/result'
import type { AnnotationService } from '../annotations/annotation-service'
import type { LibraryWrites } from '../core/library-writes'
import type { HandlerSlice } from '../core/handler-slice'
import type { LiveLibrary } from './live-library'
import { reasonOf } from '../core/error-reason'
import { type Message } from '../../src-shared/i18n/translate'

export interface LibraryHandlerDeps {
  library: LiveLibrary | null
  /** Why there is no library, for the answer when there is none. */
  noLibrary: Message
  /** Ids of the articles with a reading position. */
  readIds: () => ReadonlySet<string>
  /** Ids of the annotated articles; loads the annotations first when `wait` is set, and
   * otherwise answers an empty set until they are read. */
  annotatedIds: (wait: boolean) => Promise<ReadonlySet<string>>
  /** Articles new since the user's last visit (and marks this one as a visit). */
  freshIds: () => ReadonlySet<string>
  position: (id: string) => ReadingPosition | null
  annotationsOf: AnnotationService['forArticle']
  writes: Pick<LibraryWrites, 'add' | 'versionsOf' | 'versionDoc'> | null
}

export function libraryHandlers(d: LibraryHandlerDeps): HandlerSlice<'library' | 'articles'> {
  const { library, writes } = d
  return {
    async 'library.addFiles'({ files }) {
      if (!writes) return err('storage', d.noLibrary)
      try {
        return ok(
          await writes.add(
            files.map((f) => ({ name: f.name, bytes: Buffer.from(f.data, 'base64') })),
          ),
        )
      } catch (error) {
        return err('storage', { key: 'library.cannotAdd', values: { reason: reasonOf(error) } })
      }
    },
    async 'articles.list'(input: ParsedInput<'articles.list'>) {
      if (!library) return err('unavailable', d.noLibrary)
      const annotated = await d.annotatedIds(input.status === 'annotated')
      return ok(library.list(input, d.readIds(), annotated, d.freshIds()))
    },
    async 'articles.get'({ id, version, annotations: withAnnotations }) {
      if (!library) return err('unavailable', d.noLibrary)
      const result = await library.get(id)
      if (!result.ok) return result
      const { meta, doc, translations } = result.value
      const versions = (await writes?.versionsOf(id)) ?? []
      if (!version) {
        // Annotations that cannot be read leave them out: the reader then asks for them alone
        // and shows why.
        const placed = withAnnotations ? await d.annotationsOf(id) : null
        return ok({
          meta,
          doc,
          translations,
          position: d.position(id),
          versions,
          ...(placed?.ok ? { annotations: placed.value } : {}),
        })
      }
      const earlier = versions.find((v) => v.contentHash === version)
      const old = earlier && writes ? await writes.versionDoc(id, version) : null
      if (!earlier || !old) return err('not_found', { key: 'library.versionGone' })
      if (!old.ok) return old
      return ok({
        meta: { ...meta, contentHash: version, title: earlier.title },
        doc: old.value,
        translations,
        position: null,
        versions,
      })
    },
  }
}
