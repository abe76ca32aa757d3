// The release keys the app trusts: the public halves (`*.pem`, SPKI) in a folder that ships with
// the app (`resources/release-keys/`). A file that is not an Ed25519 public key is left out; an
// empty or missing folder trusts nothing, so every signed archive is then "signed by a key this
// app does not know".
import { createPublicKey } from 'node:crypto'
import { lstat, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'

export const RELEASE_KEYS_DIR = 'release-keys'

export async function readReleaseKeys(dir: string | null | undefined): Promise<string[]> {
  if (!dir) return []
  const keys: string[] = []
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    if (!name.endsWith('.pem')) continue
    const file = join(dir, name)
    const info = await lstat(file).catch(() => null)
    if (!info?.isFile() || info.size > 4096) continue
    const pem = await readFile(file, 'utf8')
    try {
      if (createPublicKey(pem).asymmetricKeyType === 'ed25519') keys.push(pem)
    } catch {
      // Not a public key: not trusted.
    }
  }
  return keys
}
