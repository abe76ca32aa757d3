// Opening the library: the bundled archive's catalog and the user's own, read and checked,
// then listed as one (library.ts). A missing or unreadable archive gives a notice instead; a
// damaged own library gives a notice and leaves the archive readable.
import type { Notice } from '../../src-shared/article'
import { readCatalogFile } from './catalog/catalog'
import { createLibrary, notice, type Library, type Shelf } from './library'
import { verbatim } from '../../src-shared/i18n/translate'

export interface OpenedLibrary {
  library: Library | null
  /** Grows while the background check runs: read it when showing notices. */
  notices: Notice[]
}

type ShelfRead = { shelf: Shelf } | { missing: true; notice: Notice } | { notice: Notice }

async function readShelf(dir: string, which: 'archive' | 'own'): Promise<ShelfRead> {
  const read = await readCatalogFile(dir)
  if (read.state === 'missing')
    return {
      missing: true,
      notice: notice('error', 'archive_missing', {
        key: 'notice.archiveMissing',
        values: { folder: dir },
      }),
    }
  if (read.state === 'bad')
    return read.reason === 'newer'
      ? {
          notice: notice('error', 'archive_newer', {
            key: 'notice.archiveNewer',
            values: { which, folder: dir },
          }),
        }
      : {
          notice: notice('error', 'archive_damaged', {
            key: 'notice.archiveDamaged',
            values: { which, folder: dir, reason: verbatim(read.reason) },
          }),
        }
  const { catalog, formatVersion, bytes, file } = read
  return { shelf: { dir, formatVersion, catalog, bytes, file } }
}

/**
 * Opens the archive in `dir`, with the user's own articles in `ownDir` (an archive folder of
 * the same format) listed alongside. A missing or unreadable archive gives no library and a
 * notice, unless the user's own library has articles; a damaged own library gives a notice and
 * leaves the archive readable.
 */
export async function openLibrary(dir: string, ownDir?: string): Promise<OpenedLibrary> {
  const [bundled, own] = await Promise.all([
    readShelf(dir, 'archive'),
    ownDir ? readShelf(ownDir, 'own') : null,
  ])
  const notices: Notice[] = []
  if (!('shelf' in bundled)) notices.push(bundled.notice)
  if (own && !('shelf' in own) && !('missing' in own))
    notices.push({ ...own.notice, code: `own_${own.notice.code}` })
  const ownShelf = own && 'shelf' in own && own.shelf.catalog.count > 0 ? own.shelf : null
  if (!('shelf' in bundled) && !ownShelf) return { library: null, notices }
  const shelves = ['shelf' in bundled ? bundled.shelf : null, ownShelf].filter(
    (x): x is Shelf => x !== null,
  )
  for (const shelf of shelves) {
    const { catalog } = shelf
    for (const row of catalog.duplicateRows)
      notices.push(
        notice('warning', 'archive_duplicate', {
          key: 'notice.archiveDuplicate',
          values: { id: catalog.id(row) },
        }),
      )
  }
  const library = createLibrary(shelves, notices, 'shelf' in bundled)
  return { library, notices }
}
