// An archive update pack (`.scholion-archive`), read as a stream: a ZIP whose first entries are
// pack.json, the signed manifest of the archive it makes (manifest.json, manifest.sig) and, under
// files/, every file of that archive the one it updates does not have yet (the catalog first).
// Reading checks, before anything is written anywhere: the signature against the release keys,
// the archive's name, that the pack is newer than the archive in use, and each file's hash
// against the signed manifest as it streams by. A pack that fails any of these is refused with
// its reason; nothing is thrown across the boundary. Memory stays bounded: entries are hashed
// (and written, when applying) as they arrive.
import { createReadStream } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate'
import { z } from 'zod'
import { createHash } from 'node:crypto'
import type { Message, MessageKey } from '../../src-shared/i18n/translate'
import { err, ok, type Result } from '../../src-shared/result'
import { checkSignature, SIGNATURE_FILE } from './archive-signing'
import { LISTED_PATH, MANIFEST_FILE, type Manifest } from './archive-format'

export const PACK_EXTENSION = '.scholion-archive'
export const PACK_FORMAT = 'scholion-archive-pack'
export const PACK_INFO = 'pack.json'
export const PACK_FILES = 'files/'
/** A pack larger than this is refused before it is read. */
export const MAX_PACK_BYTES = 4 * 1024 * 1024 * 1024
/** The most one entry may expand to. */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024
const MAX_HEAD_BYTES = 256 * 1024 * 1024

export const packInfoSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(1),
    /** The release the pack was made against (its files are taken from it). */
    base: z.object({ release: z.iso.datetime().nullable() }).strict(),
  })
  .strict()
export type PackInfo = z.infer<typeof packInfoSchema>

/** What the pack makes, once its signature and head are checked. */
export interface PackHead {
  info: PackInfo
  manifest: Manifest
  manifestBytes: Uint8Array
  signatureBytes: Uint8Array
  keyId: string
}

/** The archive in use, as far as a pack is concerned. */
export interface ArchiveInUse {
  dir: string
  manifest: Manifest
}

export type PackProblem =
  | 'unreadable'
  | 'unsigned'
  | 'malformed'
  | 'unknown-key'
  | 'bad-signature'
  | 'bad-manifest'
  | 'other-archive'
  | 'not-newer'
  | 'other-base'
  | 'file-altered'
  | 'stray-file'
  | 'too-large'

export class PackRefused extends Error {
  constructor(
    readonly problem: PackProblem,
    readonly reason: Message,
  ) {
    super(problem)
  }
}

const day = (iso: string | undefined | null) => (iso ?? '').slice(0, 10) || '—'

/** The reason shown for each problem. */
function refusal(problem: PackProblem, values: Record<string, string | number> = {}): PackRefused {
  const keys: Record<PackProblem, MessageKey> = {
    unreadable: 'archive.packUnreadable',
    unsigned: 'archive.packUnsigned',
    malformed: 'archive.packUnsigned',
    'unknown-key': 'archive.packUnknownKey',
    'bad-signature': 'archive.packBadSignature',
    'bad-manifest': 'archive.packBadManifest',
    'other-archive': 'archive.packOtherArchive',
    'not-newer': 'archive.packNotNewer',
    'other-base': 'archive.packOtherBase',
    'file-altered': 'archive.packAltered',
    'stray-file': 'archive.packAltered',
    'too-large': 'archive.packTooLarge',
  }
  return new PackRefused(problem, { key: keys[problem], values })
}

/** Checks a pack's signed head against the release keys and the archive in use. */
export function checkHead(
  head: { info: unknown; manifest: Uint8Array | null; signature: Uint8Array | null },
  trusted: readonly string[],
  current: ArchiveInUse | null,
): PackHead {
  const info = packInfoSchema.safeParse(head.info)
  if (!info.success || !head.manifest) throw refusal('unreadable', { reason: 'pack.json' })
  if (!head.signature) throw refusal('unsigned')
  const checked = checkSignature(head.signature, head.manifest, trusted)
  if (!checked.ok) {
    if (checked.problem === 'unknown-key') {
      const keyId = /"keyId":\s*"([0-9a-f]{16})"/.exec(Buffer.from(head.signature).toString())
      throw refusal('unknown-key', { keyId: keyId?.[1] ?? '?' })
    }
    throw refusal(checked.problem)
  }
  const { manifest } = checked
  if (!manifest.archive || !manifest.release) throw refusal('bad-manifest')
  if (current) {
    const name = current.manifest.archive
    if (name && name !== manifest.archive)
      throw refusal('other-archive', { archive: manifest.archive, current: name })
    const now = current.manifest.release
    if (now && manifest.release <= now)
      throw refusal('not-newer', { release: day(manifest.release), current: day(now) })
  }
  return {
    info: info.data,
    manifest,
    manifestBytes: head.manifest,
    signatureBytes: head.signature,
    keyId: checked.keyId,
  }
}

/**
 * The paths of the pack's archive that must come from the archive in use (not in the pack), with
 * their hashes; refuses a pack made against files this archive does not have.
 */
export function takenFromCurrent(
  head: PackHead,
  inPack: ReadonlySet<string>,
  current: ArchiveInUse,
): string[] {
  const taken: string[] = []
  for (const [path, hash] of Object.entries(head.manifest.files)) {
    if (inPack.has(path)) continue
    if (current.manifest.files[path] !== hash)
      throw refusal('other-base', { release: day(head.info.base.release), path })
    taken.push(path)
  }
  return taken
}

export interface PackVisitor {
  /** Called once the head is checked; may refuse the pack by throwing a PackRefused. */
  onHead?(head: PackHead): void | Promise<void>
  /** A listed file's bytes, checked against the signed manifest (whole, in order). */
  onFile?(path: string, bytes: Uint8Array): void | Promise<void>
}

interface Entry {
  name: string
  chunks: Uint8Array[]
  size: number
  hash: ReturnType<typeof createHash>
}

/**
 * Streams the pack in `file` through the checks, calling `visit` as it goes; resolves to the
 * checked head and the paths the pack carried, or to the reason it is refused.
 */
export async function readPack(
  file: string,
  trusted: readonly string[],
  current: ArchiveInUse | null,
  visit: PackVisitor = {},
): Promise<Result<{ head: PackHead; files: Set<string> }>> {
  try {
    const info = await lstat(file)
    if (!info.isFile()) throw refusal('unreadable', { reason: 'not a file' })
    if (info.size > MAX_PACK_BYTES)
      throw refusal('too-large', { mb: Math.round(MAX_PACK_BYTES / 1048576) })
    return ok(await streamPack(file, trusted, current, visit))
  } catch (error) {
    if (error instanceof PackRefused) return err('invalid_input', error.reason)
    return err('invalid_input', {
      key: 'archive.packUnreadable',
      values: { reason: (error as Error).message },
    })
  }
}

async function streamPack(
  file: string,
  trusted: readonly string[],
  current: ArchiveInUse | null,
  visit: PackVisitor,
): Promise<{ head: PackHead; files: Set<string> }> {
  const raw: { info: unknown; manifest: Uint8Array | null; signature: Uint8Array | null } = {
    info: null,
    manifest: null,
    signature: null,
  }
  // Set from the unzip callbacks: a holder, so that their changes are seen after the loop.
  const at: { head: PackHead | null; failure: unknown; open: boolean } = {
    head: null,
    failure: null,
    open: false,
  }
  const files = new Set<string>()
  const finished: Entry[] = []

  const unzip = new Unzip((f: UnzipFile) => {
    if (at.failure) return f.terminate()
    const entry: Entry = { name: f.name, chunks: [], size: 0, hash: createHash('sha256') }
    const isHead = f.name === PACK_INFO || f.name === MANIFEST_FILE || f.name === SIGNATURE_FILE
    const path = f.name.startsWith(PACK_FILES) ? f.name.slice(PACK_FILES.length) : null
    if (!isHead && (path === null || !LISTED_PATH.test(path) || files.has(path))) {
      at.failure = refusal('stray-file', { path: f.name.slice(0, 200) })
      return f.terminate()
    }
    if (path) files.add(path)
    at.open = true
    f.ondata = (error, data, final) => {
      if (at.failure) return
      if (error) {
        at.failure = error
        return
      }
      entry.size += data.length
      if (entry.size > (isHead ? MAX_HEAD_BYTES : MAX_ENTRY_BYTES)) {
        at.failure = refusal('too-large', { mb: Math.round(MAX_ENTRY_BYTES / 1048576) })
        f.terminate()
        return
      }
      entry.hash.update(data)
      entry.chunks.push(data)
      if (final) {
        finished.push(entry)
        at.open = false
      }
    }
    f.start()
  })
  unzip.register(UnzipInflate)

  const settle = async () => {
    // Entries are handled in order, between chunks: the event loop stays free for other calls.
    while (finished.length && !at.failure) {
      const entry = finished.shift()!
      const bytes = Buffer.concat(entry.chunks, entry.size)
      entry.chunks = []
      if (entry.name === PACK_INFO) {
        try {
          raw.info = JSON.parse(bytes.toString('utf8'))
        } catch {
          throw refusal('unreadable', { reason: 'pack.json' })
        }
        continue
      }
      if (entry.name === MANIFEST_FILE) {
        raw.manifest = bytes
        continue
      }
      if (entry.name === SIGNATURE_FILE) {
        raw.signature = bytes
        continue
      }
      if (!at.head) {
        at.head = checkHead(raw, trusted, current)
        await visit.onHead?.(at.head)
      }
      const path = entry.name.slice(PACK_FILES.length)
      const want = at.head.manifest.files[path]
      if (!want) throw refusal('stray-file', { path })
      if (entry.hash.digest('hex') !== want) throw refusal('file-altered', { path })
      await visit.onFile?.(path, bytes)
    }
  }

  // Small chunks: each is inflated and hashed at once, between other calls.
  for await (const chunk of createReadStream(file, { highWaterMark: 256 << 10 })) {
    unzip.push(chunk as Buffer)
    if (at.failure) break
    await settle()
    // Give other work its turn between chunks.
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (!at.failure) unzip.push(new Uint8Array(), true)
  if (at.failure) throw at.failure
  await settle()
  if (at.failure) throw at.failure
  if (at.open) throw refusal('unreadable', { reason: 'the file is cut short' })
  if (!at.head) {
    at.head = checkHead(raw, trusted, current)
    await visit.onHead?.(at.head)
  }
  return { head: at.head, files }
}
