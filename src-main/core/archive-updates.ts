// The archive in use and its updates, behind the contract: the signature check at start (in the
// background; a failure is a warning, never a stop), packs received in parts (the browser page
// has no path to give), checked and previewed, then applied one at a time; and, when the user
// has given an address, a look online for a newer pack. After an apply the core moves its
// library, search index and pictures to the new archive (`onSwitched`).
import { randomBytes } from 'node:crypto'
import { appendFile, copyFile, lstat, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveStatus, ReceivedPack } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import { err, ok, type Result } from '../../src-shared/result'
import { discardStaged, finishStaged, stagePack, type StagedPack } from '../archive/apply-pack'
import { ARCHIVES_DIR, readManifestOf, sweepArchives, type InUse } from '../archive/archive-in-use'
import { verdictMessage, verifyArchive } from '../archive/archive-signing'
import { readReleaseKeys } from '../archive/release-keys'
import { MAX_PACK_BYTES } from '../archive/update-pack'
import { readCatalogFile } from '../library/catalog/catalog'
import type { HandlerSlice } from './handler-slice'
import type { PoliteFetcher } from '../sync/polite-fetch'
import { reasonOf } from './error-reason'

export interface ArchiveUpdatesOptions {
  dataDir: string
  current: InUse
  /** Where the trusted release keys are; null: signatures are not checked (tests). */
  releaseKeysDir: string | null
  notices: Notice[]
  /** Moves the app to the archive in `dir` (library, search, pictures). */
  onSwitched: (dir: string, added: string[]) => Promise<void>
  updateUrl: () => string | null
  /** When the library's own background check hashes every document (archive-check.ts): says
   * whether it is done. The signature check then only looks for the documents, so that they are
   * not read twice at start. */
  documentsChecked?: () => boolean
  fetcher: Pick<PoliteFetcher, 'get'>
}

const UPLOAD_PREFIX = '.upload-'
/** Packs held at once (received, not yet applied or discarded); the oldest goes first. */
const MAX_UPLOADS = 4

export function createArchiveUpdates(o: ArchiveUpdatesOptions) {
  let current = o.current
  let signature: ArchiveStatus['signature'] = o.releaseKeysDir ? 'checking' : 'unchecked'
  let keyId: string | null = null
  const keys = readReleaseKeys(o.releaseKeysDir)
  const root = join(o.dataDir, ARCHIVES_DIR)
  /** Packs being received (`file`), then checked and written out (`staged`). */
  const uploads = new Map<string, { file: string; size: number; staged: StagedPack | null }>()
  /** Forgets a pack, received or staged. */
  const forget = async (upload: string): Promise<void> => {
    const entry = uploads.get(upload)
    uploads.delete(upload)
    if (offered?.upload === upload) offered = null
    if (!entry) return
    await rm(entry.file, { force: true })
    if (entry.staged) await discardStaged(entry.staged)
  }
  /** A newer pack found online, received and checked, waiting for the reader to apply it. */
  let offered: ReceivedPack | null = null
  let queue: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }

  /** The archive in use's articles (id → content hash), from its own catalog; read once per
   * archive, a few thousand rows at a time (other calls are answered in between). */
  let known: { dir: string; articles: Promise<Map<string, string>> } | null = null
  const articlesNow = (): Promise<Map<string, string>> => {
    if (known?.dir !== current.dir)
      known = { dir: current.dir, articles: readArticles(current.dir) }
    return known.articles
  }
  const readArticles = async (dir: string): Promise<Map<string, string>> => {
    const read = await readCatalogFile(dir)
    const map = new Map<string, string>()
    if (read.state !== 'ok') return map
    for (let i = 0; i < read.catalog.count; i++) {
      map.set(read.catalog.id(i), read.catalog.contentHash(i))
      if (i % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve))
    }
    return map
  }

  const checkSignature = async () => {
    if (!o.releaseKeysDir) return
    const documents = o.documentsChecked
      ? new Set(Object.keys(current.manifest.files).filter((path) => path.startsWith('docs/')))
      : undefined
    const verdict = await verifyArchive(current.dir, await keys, documents)
    if (verdict.ok) {
      signature = 'verified'
      keyId = verdict.keyId
      return
    }
    signature = 'failed'
    o.notices.push({
      level: 'warning',
      code: 'archive_signature',
      message: verdictMessage(verdict),
    })
  }
  // In the background: what an interrupted apply left goes, then the signature is checked.
  const started = sweepArchives(o.dataDir, current.dir)
    .catch(() => undefined)
    .then(checkSignature)
    .catch((error: unknown) => {
      signature = 'failed'
      o.notices.push({
        level: 'warning',
        code: 'archive_signature',
        message: { key: 'notice.archiveUnverified', values: { reason: reasonOf(error) } },
      })
    })

  const inspect = async (upload: string): Promise<Result<ReceivedPack>> => {
    const entry = uploads.get(upload)!
    const articles = await articlesNow()
    const staged = await stagePack(entry.file, {
      dataDir: o.dataDir,
      trusted: await keys,
      current,
      articles: () => articles,
    })
    // The pack was read whole: its files are staged, the file itself is no longer needed.
    await rm(entry.file, { force: true })
    if (!staged.ok) {
      uploads.delete(upload)
      return staged
    }
    entry.staged = staged.value
    return ok({ upload, preview: staged.value.preview })
  }

  const newUpload = async (): Promise<string> => {
    await started
    // A page that starts packs and never finishes them cannot fill the disk.
    while (uploads.size >= MAX_UPLOADS) await forget(uploads.keys().next().value as string)
    const id = randomBytes(12).toString('hex')
    const file = join(root, `${UPLOAD_PREFIX}${id}`)
    await mkdir(root, { recursive: true })
    await writeFile(file, new Uint8Array())
    uploads.set(id, { file, size: 0, staged: null })
    return id
  }

  const handlers: HandlerSlice<'archive'> = {
    async 'archive.status'() {
      return ok({
        archive: current.manifest.archive ?? null,
        release: current.manifest.release ?? null,
        applied: current.applied,
        signature,
        keyId,
        updateUrl: o.updateUrl(),
        offered: offered && uploads.has(offered.upload) ? offered : null,
      })
    },
    async 'archive.receivePack'({ upload, data, last }) {
      const id = upload ?? (await newUpload())
      const entry = uploads.get(id)
      if (!entry || entry.staged) return err('not_found', { key: 'archive.packGone' })
      const bytes = Buffer.from(data, 'base64')
      if (entry.size + bytes.length > MAX_PACK_BYTES) {
        uploads.delete(id)
        await rm(entry.file, { force: true })
        return err('invalid_input', {
          key: 'archive.packTooLarge',
          values: { mb: Math.round(MAX_PACK_BYTES / 1048576) },
        })
      }
      try {
        await appendFile(entry.file, bytes)
      } catch (error) {
        uploads.delete(id)
        return err('storage', { key: 'archive.applyFailed', values: { reason: reasonOf(error) } })
      }
      entry.size += bytes.length
      return last ? inspect(id) : ok({ upload: id, preview: null })
    },
    'archive.applyPack': ({ upload }) =>
      inTurn(async () => {
        const staged = uploads.get(upload)?.staged
        if (!staged) return err('not_found', { key: 'archive.packGone' })
        uploads.delete(upload)
        if (offered?.upload === upload) offered = null
        const applied = await finishStaged(staged, {
          dataDir: o.dataDir,
          trusted: await keys,
          current,
          // Checked file by file at start (or made by the last apply, checked then).
          currentChecked: signature === 'verified' && (o.documentsChecked?.() ?? true),
        })
        if (!applied.ok) return applied
        const { dir } = applied.value
        const { preview } = staged
        const had = await articlesNow()
        const before = current
        current = { dir, manifest: await readManifestOf(dir), applied: true }
        const added = [...(await articlesNow()).keys()].filter((id) => !had.has(id))
        await o.onSwitched(dir, added)
        signature = o.releaseKeysDir ? 'verified' : 'unchecked'
        keyId = preview.keyId
        // The archive replaced is no longer read: it goes (never the bundled one).
        if (before.applied) await sweepArchives(o.dataDir, dir)
        return ok(preview)
      }),
    async 'archive.discardPack'({ upload }) {
      await forget(upload)
      return ok(null)
    },
    async 'archive.checkOnline'() {
      const url = o.updateUrl()
      if (!url) return ok(null)
      const got = await o.fetcher.get(url, {}, { force: true, maxBytes: 1024 * 1024 * 1024 })
      if (got.kind === 'failed')
        return err('unavailable', {
          key: 'archive.checkFailed',
          values: { reason: got.reason },
        })
      if (got.kind !== 'fetched') return ok(null)
      const id = await newUpload()
      const entry = uploads.get(id)!
      await writeFile(entry.file, got.body)
      entry.size = got.body.length
      const received = await inspect(id)
      // A pack that is not newer is no news.
      if (!received.ok && received.error.key === 'archive.packNotNewer') return ok(null)
      if (received.ok) offered = received.value
      return received
    },
  }
  /** A pack file opened with the app (the desktop host has its path): received as if sent. */
  const receiveFile = async (path: string): Promise<Result<ReceivedPack>> => {
    const info = await lstat(path).catch(() => null)
    if (!info?.isFile())
      return err('invalid_input', {
        key: 'archive.packUnreadable',
        values: { reason: 'not a file' },
      })
    if (info.size > MAX_PACK_BYTES)
      return err('invalid_input', {
        key: 'archive.packTooLarge',
        values: { mb: Math.round(MAX_PACK_BYTES / 1048576) },
      })
    const id = await newUpload()
    const entry = uploads.get(id)!
    try {
      await copyFile(path, entry.file)
    } catch (error) {
      uploads.delete(id)
      await rm(entry.file, { force: true })
      return err('invalid_input', {
        key: 'archive.packUnreadable',
        values: { reason: reasonOf(error) },
      })
    }
    entry.size = info.size
    return inspect(id)
  }

  /** When online and an address is set: looks for a newer pack once, and tells the reader. */
  const checkAtStart = async (isOnline: () => boolean = () => true): Promise<void> => {
    if (!o.updateUrl() || !isOnline()) return
    await started
    const found = await handlers['archive.checkOnline']({})
    const preview = found.ok ? found.value?.preview : null
    if (!preview) return
    o.notices.push({
      level: 'info',
      code: 'archive_update_available',
      message: {
        key: 'notice.archiveUpdateAvailable',
        values: {
          release: preview.release.slice(0, 10),
          added: preview.added,
          changed: preview.changed,
        },
      },
    })
  }
  return {
    handlers,
    checkAtStart,
    receiveFile,
    /** The archive read now. */
    dir: () => current.dir,
    /** Resolves once the check at start is done (tests). */
    checked: () => started,
    /** The size of a received pack (tests). */
    uploadSize: async (upload: string) => {
      const entry = uploads.get(upload)
      return entry && !entry.staged ? (await stat(entry.file)).size : null
    },
  }
}

export type ArchiveUpdates = ReturnType<typeof createArchiveUpdates>
