// Two releases of an archive made the way a release is cut, for the update tests and the
// screenshots: the fixture site crawled (the newest eight articles), built and signed; then the
// site revises an article, a later crawl goes all the way back, and the pack from the first
// release to the second is made and signed. Also a copy of the pack with one byte altered.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { buildArchive } from '../src-main/archive/archive-build'
import { makeKeyPair, signArchive } from '../src-main/archive/archive-signing'
import { crawlSite } from '../src-main/archive/crawl/site-crawl'
import { makeDelta } from '../src-main/archive/make-delta'
import { DEFAULT_POLICY, PoliteFetcher } from '../src-main/sync/polite-fetch'
import { startFixtureSite } from '../test-support/fixture-site'
import { keysFolder } from '../test-support/release-archives'

export interface Releases {
  /** The first release, signed: the archive the app starts on. */
  oldArchive: string
  /** The pack from the first release to the second. */
  pack: string
  /** The same pack with one byte of a document altered. */
  tampered: string
  /** The trusted keys folder. */
  keys: string
}

export async function makeReleases(root: string): Promise<Releases> {
  const key = makeKeyPair()
  const keys = await keysFolder(join(root, 'keys'), key)
  const site = await startFixtureSite({ perLanguage: 4, languages: ['en'], history: 12 })
  const oldArchive = join(root, 'release-1')
  const pack = join(root, 'fixture-2026-02.scholion-archive')
  try {
    const crawl = (out: string, max?: number) =>
      crawlSite({
        site: site.url,
        langs: ['en'],
        out,
        max,
        fetcher: new PoliteFetcher({ ...DEFAULT_POLICY, minIntervalMs: 0, backoffMs: 1 }),
        userAgent: DEFAULT_POLICY.userAgent,
      })
    await crawl(join(root, 'src-1'), 8)
    await buildArchive({
      from: [join(root, 'src-1')],
      out: oldArchive,
      name: 'fixture',
      release: '2026-01-01T00:00:00.000Z',
    })
    await signArchive(oldArchive, key.privateKey)
    site.revise()
    await crawl(join(root, 'src-2'))
    const newArchive = join(root, 'release-2')
    await buildArchive({
      from: [join(root, 'src-2')],
      out: newArchive,
      name: 'fixture',
      release: '2026-02-01T00:00:00.000Z',
    })
    await makeDelta({ from: oldArchive, to: newArchive, out: pack, privateKey: key.privateKey })
  } finally {
    await site.close()
  }
  const entries = unzipSync(await readFile(pack))
  const doc = Object.keys(entries).find((n) => n.startsWith('files/docs/'))!
  entries[doc]![20] = entries[doc]![20]! ^ 1
  const tampered = join(root, 'tampered.scholion-archive')
  await writeFile(tampered, zipSync(entries))
  return { oldArchive, pack, tampered, keys }
}
