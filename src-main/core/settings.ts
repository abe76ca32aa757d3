// The user's settings file (settings.json in the data folder): small, rewritten whole on change.
import { join } from 'node:path'
import { z } from 'zod'
import type { Settings } from '../../src-shared/api'
import { openJsonStore, type JsonStore } from '../storage/json-store'

export const SETTINGS_FILE = 'settings.json'

const settingsSchema = z.object({
  lastArticleId: z.string().nullable(),
}) satisfies z.ZodType<Settings>

export function openSettings(dataDir: string, now?: () => Date): Promise<JsonStore<Settings>> {
  return openJsonStore({
    file: join(dataDir, SETTINGS_FILE),
    label: 'settings',
    schema: settingsSchema,
    defaults: () => ({ lastArticleId: null }),
    version: 1,
    now,
  })
}
