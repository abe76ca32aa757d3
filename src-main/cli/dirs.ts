// The folders a terminal command works on: the data folder (--data-dir, SCHOLION_DATA_DIR or the
// OS's), the archive (--archive, SCHOLION_ARCHIVE_DIR or the bundled one) and the release keys
// its signature is checked against (--release-keys, SCHOLION_RELEASE_KEYS or the bundled ones).
import { homedir } from 'node:os'
import { appVersion, resolveArchiveDir, resolveReleaseKeysDir } from '../core/app-paths'
import { createCore, type Core } from '../core/create-core'
import type { Translate } from '../../src-shared/i18n/translate'
import { resolveDataDir } from '../storage/data-dir'

export function cliDirs(
  appRoot: string,
  given: {
    dataDir?: string | undefined
    archive?: string | undefined
    releaseKeys?: string | undefined
  },
): { dataDir: string; archiveDir: string; releaseKeysDir: string } {
  return {
    dataDir:
      given.dataDir ??
      resolveDataDir({ env: process.env, platform: process.platform, home: homedir() }),
    archiveDir: resolveArchiveDir({
      override: given.archive ?? process.env.SCHOLION_ARCHIVE_DIR,
      appRoot,
    }),
    releaseKeysDir: resolveReleaseKeysDir({
      override: given.releaseKeys ?? process.env.SCHOLION_RELEASE_KEYS,
      appRoot,
    }),
  }
}

/** The core on the folders a terminal command was given, for commands that work as the app does
 * (no archive check, no group watching); its notices are printed first. */
export async function cliCore(
  appRoot: string,
  given: { dataDir?: string | undefined; archive?: string | undefined },
  t: Translate,
): Promise<Core> {
  const { dataDir, archiveDir } = cliDirs(appRoot, given)
  const core = await createCore({
    dataDir,
    archiveDir,
    host: 'http',
    version: appVersion(appRoot),
    verifyArchive: false,
    watchGroups: false,
  })
  for (const n of core.notices) console.error(`[${n.level}] ${t.message(n.message)}`)
  return core
}
