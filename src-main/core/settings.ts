// The user's settings file (settings.json in the data folder): small, rewritten whole on change.
// Fields added later get defaults when an older file is read, so no migration is needed for them.
import { join } from 'node:path'
import { EXPORT_COLOURS, EXPORT_FLAVOURS } from '../../src-shared/export-template'
import { UI_LANGUAGES } from '../../src-shared/i18n/languages'
import { z } from 'zod'
import { COLORS } from '../../src-shared/annotation'
import { DEFAULT_READER, FONTS, THEMES, type Settings } from '../../src-shared/api'
import { openJsonStore, type JsonStore } from '../storage/json-store'

export const SETTINGS_FILE = 'settings.json'

const readerSchema = z.object({
  theme: z.enum(THEMES).catch(DEFAULT_READER.theme),
  font: z.enum(FONTS).catch(DEFAULT_READER.font),
  fontSize: z.number().catch(DEFAULT_READER.fontSize),
  lineHeight: z.number().catch(DEFAULT_READER.lineHeight),
  width: z.number().catch(DEFAULT_READER.width),
})

const settingsSchema = z.object({
  lastArticleId: z.string().nullable(),
  reader: readerSchema.default(DEFAULT_READER),
  // An empty id means "not made yet": the core makes one and saves it on first start.
  identity: z
    .object({
      id: z.string(),
      name: z.string().max(200),
      // Empty until chosen (on first use of a group).
      colour: z.string().max(20).default(''),
    })
    .default(() => ({ id: '', name: '', colour: '' })),
  lastColor: z.enum(COLORS).catch('yellow').default('yellow'),
  exportTemplate: z.string().nullable().catch(null).default(null),
  exportFolder: z.string().nullable().catch(null).default(null),
  exportFlavour: z.enum(EXPORT_FLAVOURS).catch('markdown').default('markdown'),
  exportColours: z.enum(EXPORT_COLOURS).nullable().catch(null).default(null),
  interfaceLanguage: z.enum(UI_LANGUAGES).nullable().catch(null).default(null),
  archiveUpdateUrl: z.string().max(2000).nullable().catch(null).default(null),
}) satisfies z.ZodType<Settings, unknown>

export function openSettings(dataDir: string, now?: () => Date): Promise<JsonStore<Settings>> {
  return openJsonStore({
    file: join(dataDir, SETTINGS_FILE),
    label: 'store.settings',
    schema: settingsSchema,
    defaults: () => ({
      lastArticleId: null,
      reader: { ...DEFAULT_READER },
      identity: { id: '', name: '', colour: '' },
      lastColor: 'yellow',
      exportTemplate: null,
      exportFolder: null,
      exportFlavour: 'markdown',
      exportColours: null,
      interfaceLanguage: null,
      archiveUpdateUrl: null,
    }),
    version: 1,
    now,
  })
}
