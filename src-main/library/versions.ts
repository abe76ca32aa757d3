// Earlier versions of the user's own articles: when sync finds that a page changed on the site,
// the new text replaces the article and the old one is kept. Documents are content-addressed, so
// the old text stays where it was (docs/<hash>.json); this file (versions.json in the own
// library) lists, by article, each earlier version's hash, title and until when it was current.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { ArticleVersion } from '../../src-shared/api'
import { writeFileAtomic } from '../storage/atomic-write'
import { docPath, isContentHash, sha256 } from '../archive/archive-format'
import { safeKey } from '../../src-shared/safe-keys'

export const VERSIONS_FILE = 'versions.json'

const fileSchema = z.object({
  versions: z.record(
    safeKey,
    z.array(z.object({ contentHash: z.string(), title: z.string(), until: z.string() })),
  ),
})
export type Versions = Record<string, ArticleVersion[]>

/** The earlier versions of every article in the own library in `dir` (none if no file). */
export async function readVersions(dir: string): Promise<Versions> {
  const raw = await readFile(join(dir, VERSIONS_FILE), 'utf8').catch(() => null)
  if (raw === null) return {}
  try {
    const parsed = fileSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data.versions : {}
  } catch {
    return {}
  }
}

/** Saves the list (atomically, durably); written before the catalog that replaces the texts. */
export async function writeVersions(dir: string, versions: Versions): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(join(dir, VERSIONS_FILE), `${JSON.stringify({ versions })}\n`)
}

/** An earlier version's document, or null if it is not one of the article's. */
export async function readVersionDoc(
  /** Where it may be: the own library, then the archive (an archive article's first text). */
  dirs: readonly string[],
  versions: Versions,
  id: string,
  contentHash: string,
): Promise<unknown> {
  if (!isContentHash(contentHash)) return null
  if (!(versions[id] ?? []).some((v) => v.contentHash === contentHash)) return null
  for (const dir of dirs) {
    const raw = await readFile(join(dir, docPath(contentHash)), 'utf8').catch(() => null)
    if (raw !== null && sha256(raw) === contentHash) return JSON.parse(raw) as unknown
  }
  return null
}
