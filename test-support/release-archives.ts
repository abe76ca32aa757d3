// Small signed archives for tests of releases and update packs: an archive written from a few
// one-paragraph articles, with its search index, named and dated, and optionally signed.
import { writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openLibrary } from '../src-main/library/open-library'
import { buildArchiveIndex } from '../src-main/search/parallel-build'
import { sealManifest, writeArchive, type ArchiveEntry } from '../src-main/archive/archive-write'
import { keyIdOf, signArchive, type KeyPair } from '../src-main/archive/archive-signing'

export const TEST_ARCHIVE_NAME = 'test-archive'

export function textEntry(id: string, text: string, date = '2024-05-01'): ArchiveEntry {
  return {
    id,
    title: `Title of ${id}`,
    lang: 'en',
    date,
    author: null,
    publication: null,
    section: null,
    sourceUrl: null,
    wordCount: text.split(' ').length,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  }
}

/** Writes an archive of `entries` into `dir`, released at `release`, signed with `key` if given. */
export async function releaseArchive(
  dir: string,
  entries: ArchiveEntry[],
  release: string,
  key?: KeyPair,
): Promise<void> {
  await writeArchive(dir, entries)
  const { library } = await openLibrary(dir)
  await buildArchiveIndex(library!, join(dir, 'search'))
  await sealManifest(dir, { archive: TEST_ARCHIVE_NAME, release })
  if (key) await signArchive(dir, key.privateKey)
}

/** A folder of trusted release keys holding `keys`' public halves. */
export async function keysFolder(dir: string, ...keys: KeyPair[]): Promise<string> {
  await mkdir(dir, { recursive: true })
  for (const key of keys) await writeFile(join(dir, `${keyIdOf(key.publicKey)}.pem`), key.publicKey)
  return dir
}
