// Opening the library: the bundled archive's catalog and the user's own, read and checked,
// then listed as one (library.ts). A missing or unreadable archive gives a notice instead; a
// damaged own library gives a notice and leaves the archive readable.
import type { Notice } from '../../src-shared/article'
import { readCatalogFile } from './catalog/catalog'
import { createLibrary, notice, type Library, type Shelf } from './library'

export interface OpenedLibrary {
  library: Library | null
  /** Grows while the background check runs: read it when showing notices. */
  notices: Notice[]
}

type ShelfRead = { shelf: Shelf } | { missing: true; notice: Notice } | { notice: Notice }

async function readShelf(dir: string, name: string): Promise<ShelfRead> {
  const read = await readCatalogFile(dir)
  if (read.state === 'missing')
    return {
      missing: true,
      notice: notice('error', 'archive_missing', `No archive was found in ${dir}.`),
    }
  if (read.state === 'bad')
    return read.reason === 'newer'
      ? {
          notice: notice(
            'error',
            'archive_newer',
            `The ${name} in ${dir} needs a newer version of Scholion.`,
          ),
        }
      : {
          notice: notice(
            'error',
            'archive_damaged',
            `The ${name} catalog in ${dir} is damaged and cannot be read (${read.reason}).`,
          ),
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
    ownDir ? readShelf(ownDir, 'library of your files') : null,
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
        notice(
          'warning',
          'archive_duplicate',
          `The archive lists article "${catalog.id(row)}" twice; the second entry is ignored.`,
        ),
      )
  }
  const library = createLibrary(shelves, notices, 'shelf' in bundled)
  return { library, notices }
}
