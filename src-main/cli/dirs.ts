// The folders a terminal command works on: the data folder (--data-dir, SCHOLION_DATA_DIR or the
// OS's), the archive (--archive, SCHOLION_ARCHIVE_DIR or the bundled one) and the release keys
// its signature is checked against (--release-keys, SCHOLION_RELEASE_KEYS or the bundled ones).
import { homedir } from 'node:os'
import { resolveArchiveDir, resolveReleaseKeysDir } from '../core/app-paths'
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
