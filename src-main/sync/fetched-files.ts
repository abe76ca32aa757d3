// What sync's fetches give the importer: a fetched page as a source file (named after the last
// part of its address, with the charset its server declared), and the bytes of a picture a new
// page names, fetched with the page through the same polite fetcher (per-host limits, pauses,
// retries), each up to the picture size limit.
import { charsetOf } from '../library/import/decode-text'
import type { SourceFile } from '../library/import/import-file'
import type { PictureBytes } from '../library/pictures/keep-pictures'
import { DEFAULT_PICTURE_LIMITS } from '../library/pictures/check-picture'
import type { PoliteFetcher } from './polite-fetch'

/** A fetched page as a file for the importer. */
export function fileOf(outcome: {
  finalUrl: string
  body: Uint8Array
  contentType: string | null
}): SourceFile {
  return {
    name: pageName(outcome.finalUrl),
    bytes: outcome.body,
    url: outcome.finalUrl,
    charset: charsetOf(outcome.contentType),
  }
}

/** A file name for a fetched page: the last part of its address. */
function pageName(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'page'
  return `${
    decodeURIComponent(last)
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 100) || 'page'
  }.html`
}

/** Gets a picture's bytes through `fetcher`, or why not. */
export function pictureFetcher(fetcher: Pick<PoliteFetcher, 'get'>): PictureBytes {
  return async (url) => {
    const got = await fetcher.get(
      url,
      {},
      { force: true, maxBytes: DEFAULT_PICTURE_LIMITS.maxBytes },
    )
    if (got.kind === 'fetched') return { ok: true, bytes: got.body }
    return {
      ok: false,
      reason: got.kind === 'failed' ? got.reason : { key: 'pictures.notPicture' },
    }
  }
}
