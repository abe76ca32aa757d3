// What the core is built from (folders, host, clock, what the desktop host can do) and what it
// hands the hosts (the handlers, and what tests and the CLI drive directly).
import type { AppInfo, Handlers } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import type { GroupService } from '../groups/group-service'
import type { SearchService } from '../search/search-service'
import type { FetchPolicy } from '../sync/polite-fetch'
import type { AutoSyncOptions } from '../sync/schedule'
import type { SyncService } from '../sync/sync-service'
import type { Settings } from '../../src-shared/api'
import type { CoreEvents, EventHub } from './events'
import type { ArchiveUpdates } from './archive-updates'

export interface CoreOptions {
  dataDir: string
  archiveDir: string
  host: AppInfo['host']
  version: string
  now?: () => Date
  /** Check every archive document in the background after opening (default true). */
  verifyArchive?: boolean
  /** Opens a folder in the system's file manager; resolves to an error message or ''. Only
   * the desktop host has one. */
  openFolder?: (path: string) => Promise<string>
  /** Lets the user choose a folder (a native dialog); null when cancelled. Only the desktop
   * host has one. */
  chooseFolder?: (title: string) => Promise<string | null>
  /** Changes to how sync fetches (tests make it quick; the defaults are the polite ones). */
  fetchPolicy?: Partial<FetchPolicy>
  /** Sync on its own (at start when online, then on each source's schedule); off by default. */
  autoSync?: Omit<AutoSyncOptions, 'sync' | 'now'> | false
  /** New articles one sync takes from one source (default MAX_NEW_PER_SOURCE). */
  maxNewPerSource?: number
  /** Watch group folders for the others' changes (default true; unit tests refresh by hand). */
  watchGroups?: boolean
  /** Where `~` in a folder the user types leads (default: the user's home). */
  home?: string
  /** The release keys the archive's signature is checked against (resources/release-keys);
   * null (the default, for tests): not checked. */
  releaseKeysDir?: string | null
}

export interface Core {
  handlers: Handlers
  /** What happened in the core, for the hosts (the desktop menus follow the settings). */
  events: EventHub<CoreEvents>
  /** The settings as they are now. */
  settings(): Settings
  /** The search service (its index can be awaited in tests). */
  search: SearchService
  notices: readonly Notice[]
  /** Sync, for the CLI's progress bar; null without a library. */
  sync: SyncService | null
  /** Study groups (tests drive their refresh). */
  groups: GroupService
  /** Resolves once every write asked for so far is done: call before quitting. */
  flush(): Promise<void>
  /** The bytes of a stored picture (the user's library first, then the archive), checked
   * against its name; null for anything else. The hosts serve it under /media/. */
  picture(name: string): Promise<Uint8Array | null>
  /** The archive in use and its updates (tests await its check at start). */
  archiveUpdates: ArchiveUpdates
}
