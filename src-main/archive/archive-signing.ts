// Signed archives (#24, the part that needs no network): a release key pair (Ed25519, Node's own
// crypto), the signature of an archive's manifest (`manifest.sig` beside `manifest.json`, over
// its exact bytes), and the check a reader's copy must pass: signed by a trusted key, the
// manifest unaltered, and every file it lists present and hashing as it says. Used by the CLI
// (archive:sign, archive:verify), the check at start and update packs; a verdict, never a throw.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { tooDeep } from '../../src-shared/json-depth'
import { writeFileAtomic } from '../storage/atomic-write'
import type { Message } from '../../src-shared/i18n/translate'
import { LISTED_PATH, MANIFEST_FILE, manifestSchema, sha256, type Manifest } from './archive-format'

export const SIGNATURE_FILE = 'manifest.sig'
const SHA256 = /^[0-9a-f]{64}$/
/** Files read and hashed at once when an archive is checked. */
const VERIFY_AT_ONCE = 24
const SIGNATURE_FORMAT = 'scholion-archive-signature'

const signatureSchema = z.object({
  format: z.literal(SIGNATURE_FORMAT),
  algorithm: z.literal('ed25519'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
})
export type SignatureFile = z.infer<typeof signatureSchema>

export interface KeyPair {
  /** SPKI, PEM: ships with the app (resources/). */
  publicKey: string
  /** PKCS #8, PEM: kept by whoever cuts releases, never in the repository. */
  privateKey: string
}

export function makeKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
}

/** A public key's short name: the first 16 hex digits of the sha256 of its DER bytes. */
export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })
  return sha256(der).slice(0, 16)
}

/** Signs the archive in `dir` (its manifest as it is now): writes manifest.sig atomically. */
export async function signArchive(dir: string, privateKeyPem: string): Promise<SignatureFile> {
  const key = createPrivateKey(privateKeyPem)
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the key is not an Ed25519 key')
  const manifest = await readFile(join(dir, MANIFEST_FILE))
  const signed: SignatureFile = {
    format: SIGNATURE_FORMAT,
    algorithm: 'ed25519',
    keyId: keyIdOf(createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString()),
    signature: sign(null, manifest, key).toString('base64'),
  }
  await writeFileAtomic(join(dir, SIGNATURE_FILE), `${JSON.stringify(signed, null, 1)}\n`)
  return signed
}

export type Verdict =
  | { ok: true; keyId: string; files: number }
  | {
      ok: false
      problem:
        | 'unsigned'
        | 'malformed'
        | 'unknown-key'
        | 'bad-signature'
        | 'bad-manifest'
        | 'file-missing'
        | 'file-altered'
      /** The file concerned, for the last two. */
      path?: string
    }

async function readSmall(file: string, max: number): Promise<Buffer | null> {
  try {
    const info = await lstat(file)
    if (!info.isFile() || info.size > max) return null
    return await readFile(file)
  } catch {
    return null
  }
}

export type SignatureCheck =
  | { ok: true; keyId: string; manifest: Manifest }
  | {
      ok: false
      problem: 'malformed' | 'unknown-key' | 'bad-signature' | 'bad-manifest'
      path?: string
    }

/**
 * Checks a manifest's exact bytes against its signature file's bytes and the release keys
 * `trusted` (public, PEM); an archive folder and an update pack both come here.
 */
export function checkSignature(
  sigBytes: Uint8Array,
  manifestBytes: Uint8Array,
  trusted: readonly string[],
): SignatureCheck {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(sigBytes).toString('utf8'))
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  const sig = tooDeep(parsed) ? null : signatureSchema.safeParse(parsed)
  if (!sig?.success) return { ok: false, problem: 'malformed' }
  const key = trusted.find((pem) => keyIdOf(pem) === sig.data.keyId)
  if (!key) return { ok: false, problem: 'unknown-key' }
  const good = verify(
    null,
    manifestBytes,
    createPublicKey(key),
    Buffer.from(sig.data.signature, 'base64'),
  )
  if (!good) return { ok: false, problem: 'bad-signature' }
  // Signed, so written by the release: still, only paths of the archive's own shapes are read.
  try {
    const raw = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as { files?: unknown }
    // The file list (tens of thousands of entries) is checked in one loop: a listed path
    // (LISTED_PATH: safe as a key too) to a sha256; the rest of the manifest by its schema.
    const files = raw?.files
    if (!files || typeof files !== 'object' || Array.isArray(files))
      return { ok: false, problem: 'bad-manifest' }
    for (const [path, hash] of Object.entries(files)) {
      if (!LISTED_PATH.test(path)) return { ok: false, problem: 'bad-manifest', path }
      if (typeof hash !== 'string' || !SHA256.test(hash))
        return { ok: false, problem: 'bad-manifest' }
    }
    const rest = manifestSchema.omit({ files: true }).parse({ ...raw, files: undefined })
    return {
      ok: true,
      keyId: sig.data.keyId,
      manifest: { ...rest, files: files as Record<string, string> },
    }
  } catch {
    return { ok: false, problem: 'bad-manifest' }
  }
}

/** The sha256 of a file, read in parts (a segment can be tens of megabytes); null if it is not
 * a regular file or cannot be read. */
async function hashFile(file: string): Promise<string | null> {
  try {
    const info = await lstat(file)
    if (!info.isFile()) return null
    if (info.size <= 1 << 20) return sha256(await readFile(file))
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
      hash.update(chunk as Buffer)
    return hash.digest('hex')
  } catch {
    return null
  }
}

/**
 * Checks the archive in `dir` against the release keys `trusted` (public, PEM). Files in `present`
 * are only looked for, not hashed: their bytes were checked already (an update pack's, hashed as
 * it was read; an archive's, checked this session).
 */
export async function verifyArchive(
  dir: string,
  trusted: readonly string[],
  present: ReadonlySet<string> = new Set(),
): Promise<Verdict> {
  const sigBytes = await readSmall(join(dir, SIGNATURE_FILE), 4096)
  if (!sigBytes) return { ok: false, problem: 'unsigned' }
  const manifestBytes = await readSmall(join(dir, MANIFEST_FILE), 256 * 1024 * 1024)
  if (!manifestBytes) return { ok: false, problem: 'bad-manifest' }
  const checked = checkSignature(sigBytes, manifestBytes, trusted)
  if (!checked.ok) return checked
  const listed = Object.entries(checked.manifest.files)
  // Many files at once (an archive has tens of thousands); the first bad one in the manifest's
  // order is the one reported.
  for (let i = 0; i < listed.length; i += VERIFY_AT_ONCE) {
    const batch = listed.slice(i, i + VERIFY_AT_ONCE)
    const found = await Promise.all(
      batch.map(async ([path, hash]) => {
        const missing = { ok: false as const, problem: 'file-missing' as const, path }
        if (present.has(path)) {
          const info = await lstat(join(dir, path)).catch(() => null)
          return info?.isFile() ? null : missing
        }
        const found = await hashFile(join(dir, path))
        if (found === null) return missing
        if (found !== hash) return { ok: false as const, problem: 'file-altered' as const, path }
        return null
      }),
    )
    const bad = found.find((f) => f !== null)
    if (bad) return bad
  }
  return { ok: true, keyId: checked.keyId, files: listed.length }
}

/** What a failed verdict says to a reader (notice.archiveSignature). */
export function verdictMessage(verdict: Exclude<Verdict, { ok: true }>): Message {
  const problem = {
    unsigned: 'unsigned',
    'unknown-key': 'key',
    'bad-signature': 'signature',
    'file-missing': 'missing',
    'file-altered': 'altered',
    malformed: 'other',
    'bad-manifest': 'other',
  }[verdict.problem]
  return { key: 'notice.archiveSignature', values: { problem, path: verdict.path ?? '' } }
}
