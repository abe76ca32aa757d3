// The contract's methods for the archive in use and its update packs, for saved searches, and
// for the settings file that carries settings and saved searches (joined into the contract in
// api.ts).
import { z } from 'zod'
import type {
  ArchiveStatus,
  PackPreview,
  ReceivedPack,
  SavedSearchView,
  SettingsFileImport,
} from './api-types'
import { method } from './api-method'

const savedId = z.string().regex(/^[0-9a-f]{16}$/)
const searchName = z.string().trim().min(1).max(200)
const savedQuery = z.string().trim().min(1).max(2000)

/** One part of an archive update pack sent to `archive.receivePack`, in base64 characters: small
 * enough that reading one (JSON, base64) keeps the app answering other calls meanwhile. */
export const MAX_PACK_PART_CHARS = 4 * 1024 * 1024
const uploadId = z.string().regex(/^[0-9a-f]{24}$/)
/** An http(s) address. */
export const webAddress = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol)
    } catch {
      return false
    }
  }, 'an http(s) address')

export const archiveMethods = {
  /** The archive in use: its release, whether it was updated, what its signature check found. */
  'archive.status': method<ArchiveStatus>()(z.object({}).strict()),
  /** Receives an archive update pack, in parts of at most MAX_PACK_PART_CHARS (base64); the
   * last part has it checked and previewed. Nothing changes until `archive.applyPack`. */
  'archive.receivePack': method<ReceivedPack>()(
    z
      .object({
        upload: uploadId.nullable(),
        data: z.string().max(MAX_PACK_PART_CHARS).base64(),
        last: z.boolean(),
      })
      .strict(),
  ),
  /** Applies a received pack: the new archive is used once it is complete and checked. */
  'archive.applyPack': method<PackPreview>()(z.object({ upload: uploadId }).strict()),
  /** Forgets a received pack. */
  'archive.discardPack': method<null>()(z.object({ upload: uploadId }).strict()),
  /** Looks at the configured address for a newer pack; it is received and previewed if so. */
  'archive.checkOnline': method<ReceivedPack | null>()(z.object({}).strict()),
}

export const savedSearchMethods = {
  /** The saved searches, in the reader's order, with their counts. */
  'searches.list': method<SavedSearchView[]>()(z.object({}).strict()),
  /** Saves a query (with its filters) under a name. */
  'searches.save': method<SavedSearchView>()(
    z.object({ name: searchName, query: savedQuery }).strict(),
  ),
  /** Renames a saved search, or changes its query. */
  'searches.edit': method<SavedSearchView>()(
    z.object({ id: savedId, name: searchName.optional(), query: savedQuery.optional() }).strict(),
  ),
  /** Moves a saved search to a place in the list (0: first). */
  'searches.move': method<SavedSearchView[]>()(
    z.object({ id: savedId, to: z.number().int().min(0).max(1000) }).strict(),
  ),
  'searches.delete': method<null>()(z.object({ id: savedId }).strict()),
  /** Its results were looked at: what was new is no longer. */
  'searches.seen': method<SavedSearchView>()(z.object({ id: savedId }).strict()),
}

/** A settings file's largest size, in characters (a few hundred saved searches and a template
 * take tens of kilobytes). */
export const MAX_SETTINGS_FILE_CHARS = 1024 * 1024

export const settingsFileMethods = {
  /** The settings file of this installation: its name and its text. */
  'settings.exportFile': method<{ name: string; content: string }>()(z.object({}).strict()),
  /** Reads a settings file: what it would change (`apply` false) or changes it (`apply` true).
   * Saved searches already here (the same name and query) are not added twice. */
  'settings.importFile': method<SettingsFileImport>()(
    z.object({ content: z.string().max(MAX_SETTINGS_FILE_CHARS), apply: z.boolean() }).strict(),
  ),
}
