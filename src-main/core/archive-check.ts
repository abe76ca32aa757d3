// The check of every archive document against its hash, in the background after opening: a
// failure of the check itself becomes a notice. Says whether it is still running (About shows
// it).
import type { Notice } from '../../src-shared/article'
import type { Library } from '../library/library'
import { reasonOf } from './error-reason'

export function checkArchiveInBackground(
  library: Library | null,
  notices: Notice[],
): () => boolean {
  if (!library) return () => false
  let checking = true
  library
    .verify()
    .catch((error: unknown) => {
      notices.push({
        level: 'warning',
        code: 'archive_unverified',
        message: { key: 'notice.archiveUnverified', values: { reason: reasonOf(error) } },
      })
    })
    .finally(() => (checking = false))
  return () => checking
}
