// The folders a terminal command works on: the data folder (--data-dir, SCHOLION_DATA_DIR or the
// OS's) and the archive (--archive, SCHOLION_ARCHIVE_DIR or the bundled one).
import { homedir } from 'node:os'
import { resolveArchiveDir } from '../core/app-paths'
import { resolveDataDir } from '../storage/data-dir'

export function cliDirs(
  appRoot: string,
  given: { dataDir?: string | undefined; archive?: string | undefined },
): { dataDir: string; archiveDir: string } {
  return {
    dataDir:
      given.dataDir ??
      resolveDataDir({ env: process.env, platform: process.platform, home: homedir() }),
    archiveDir: resolveArchiveDir({
      override: given.archive ?? process.env.SCHOLION_ARCHIVE_DIR,
      appRoot,
    }),
  }
}
