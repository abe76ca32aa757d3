// Where the user's data lives. Tests and scripts set SCHOLION_DATA_DIR; the Electron app passes
// its userData folder; the CLI falls back to the platform's usual data folder.
import { join } from 'node:path'

export interface DataDirSources {
  env: Record<string, string | undefined>
  /** Electron's app.getPath('userData'), when running inside Electron. */
  electronUserData?: string
  platform: NodeJS.Platform
  home: string
}

/** Resolves the data folder: SCHOLION_DATA_DIR, else Electron's userData, else the OS default. */
export function resolveDataDir({ env, electronUserData, platform, home }: DataDirSources): string {
  if (env.SCHOLION_DATA_DIR) return env.SCHOLION_DATA_DIR
  if (electronUserData) return electronUserData
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Scholion')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Scholion')
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'scholion')
}
