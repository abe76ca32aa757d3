// The settings file: the user's settings and saved searches in one JSON file, to carry them to
// another computer or a fresh install. What is carried: how articles are set, the interface
// language, the highlight colour, the Markdown export's template, flavour and colours, the
// archive update address, the name annotations are signed with, and the saved searches (name
// and query). Not carried: what belongs to this installation (its identity's id, the last
// article, the export folder) or to its data (when searches were last looked at).
//
// Reading a file never throws: a file that is not JSON, not a settings file, or of a newer
// version is refused with the reason; a value out of range is left out (and named), the rest
// is taken.
import { z } from 'zod'
import { COLORS } from '../../src-shared/annotation'
import {
  FONTS,
  READER_LIMITS,
  THEMES,
  type Settings,
  type SettingsField,
} from '../../src-shared/api'
import { webAddress } from '../../src-shared/api-archive'
import { EXPORT_COLOURS, EXPORT_FLAVOURS } from '../../src-shared/export-template'
import { UI_LANGUAGES } from '../../src-shared/i18n/languages'
import { err, ok, type Result } from '../../src-shared/result'
import { parseSearch, isEmptySearch } from '../../src-shared/search-query'

export const SETTINGS_FILE_FORMAT = 'scholion-settings'
export const SETTINGS_FILE_VERSION = 1

/** The settings a file carries, each optional (a file may carry some). */
export interface CarriedSettings {
  reader?: Partial<Settings['reader']>
  interfaceLanguage?: Settings['interfaceLanguage']
  lastColor?: Settings['lastColor']
  exportTemplate?: Settings['exportTemplate']
  exportFlavour?: Settings['exportFlavour']
  exportColours?: Settings['exportColours']
  archiveUpdateUrl?: Settings['archiveUpdateUrl']
  name?: string
}

export interface SettingsFileData {
  settings: CarriedSettings
  searches: { name: string; query: string }[]
  /** Fields left out because their values were not ones this version takes. */
  skipped: string[]
}

const inRange = (limits: { min: number; max: number }) => z.number().min(limits.min).max(limits.max)

/** Each field's schema: a value that fails is left out, not the whole file. */
const FIELDS = {
  interfaceLanguage: z.enum(UI_LANGUAGES).nullable(),
  lastColor: z.enum(COLORS),
  exportTemplate: z.string().max(100_000).nullable(),
  exportFlavour: z.enum(EXPORT_FLAVOURS),
  exportColours: z.enum(EXPORT_COLOURS).nullable(),
  archiveUpdateUrl: webAddress.nullable(),
  name: z.string().trim().max(200),
} as const

const READER_FIELDS = {
  theme: z.enum(THEMES),
  font: z.enum(FONTS),
  fontSize: inRange(READER_LIMITS.fontSize),
  lineHeight: inRange(READER_LIMITS.lineHeight),
  width: inRange(READER_LIMITS.width),
} as const

const searchSchema = z.object({
  name: z.string().trim().min(1).max(200),
  query: z.string().trim().min(1).max(2000),
})

/** The file for `settings` and `searches`, as text. */
export function settingsFileText(
  settings: Settings,
  searches: readonly { name: string; query: string }[],
  now: Date,
): string {
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exported: now.toISOString(),
    settings: {
      reader: settings.reader,
      interfaceLanguage: settings.interfaceLanguage,
      lastColor: settings.lastColor,
      exportTemplate: settings.exportTemplate,
      exportFlavour: settings.exportFlavour,
      exportColours: settings.exportColours,
      archiveUpdateUrl: settings.archiveUpdateUrl,
      name: settings.identity.name,
    },
    searches: searches.map(({ name, query }) => ({ name, query })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
/** A field of a parsed object, only if it is the object's own (never one of Object's). */
const own = (o: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(o, key) ? o[key] : undefined

/** Reads a settings file's text. */
export function readSettingsFile(text: string): Result<SettingsFileData> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return err('invalid_input', { key: 'settingsFile.notJson' })
  }
  if (!isObject(parsed) || own(parsed, 'format') !== SETTINGS_FILE_FORMAT)
    return err('invalid_input', { key: 'settingsFile.notSettings' })
  const version = own(parsed, 'version')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return err('invalid_input', { key: 'settingsFile.notSettings' })
  if (version > SETTINGS_FILE_VERSION)
    return err('invalid_input', {
      key: 'settingsFile.newer',
      values: { version, known: SETTINGS_FILE_VERSION },
    })

  const skipped: string[] = []
  const settings: CarriedSettings = {}
  const given = own(parsed, 'settings')
  if (given !== undefined && !isObject(given)) skipped.push('settings')
  const fields = isObject(given) ? given : {}
  for (const [key, schema] of Object.entries(FIELDS)) {
    const value = own(fields, key)
    if (value === undefined) continue
    const checked = schema.safeParse(value)
    if (checked.success) (settings as Record<string, unknown>)[key] = checked.data
    else skipped.push(key)
  }
  const reader = own(fields, 'reader')
  if (reader !== undefined) {
    if (!isObject(reader)) skipped.push('reader')
    else
      for (const [key, schema] of Object.entries(READER_FIELDS)) {
        const value = own(reader, key)
        if (value === undefined) continue
        const checked = schema.safeParse(value)
        if (checked.success) (settings.reader ??= {})[key as 'theme'] = checked.data as 'light'
        else skipped.push(`reader.${key}`)
      }
  }

  const searches: SettingsFileData['searches'] = []
  const list = own(parsed, 'searches')
  if (list !== undefined && !Array.isArray(list)) skipped.push('searches')
  for (const [i, item] of (Array.isArray(list) ? list : []).entries()) {
    const checked = searchSchema.safeParse(item)
    if (checked.success && !isEmptySearch(parseSearch(checked.data.query)))
      searches.push({ name: checked.data.name, query: checked.data.query })
    else skipped.push(`searches[${i}]`)
  }
  return ok({ settings, searches, skipped })
}

/** The settings the file would change, by name. */
export function changedFields(current: Settings, carried: CarriedSettings): SettingsField[] {
  const changed: SettingsField[] = []
  const r = carried.reader ?? {}
  if (Object.entries(r).some(([k, v]) => current.reader[k as keyof Settings['reader']] !== v))
    changed.push('reader')
  for (const key of [
    'interfaceLanguage',
    'lastColor',
    'exportTemplate',
    'exportFlavour',
    'exportColours',
    'archiveUpdateUrl',
  ] as const)
    if (carried[key] !== undefined && carried[key] !== current[key]) changed.push(key)
  if (carried.name !== undefined && carried.name !== current.identity.name) changed.push('name')
  return changed
}

/** Applies carried settings to a settings draft. */
export function applyCarried(draft: Settings, carried: CarriedSettings): void {
  if (carried.reader) Object.assign(draft.reader, carried.reader)
  if (carried.interfaceLanguage !== undefined) draft.interfaceLanguage = carried.interfaceLanguage
  if (carried.lastColor !== undefined) draft.lastColor = carried.lastColor
  if (carried.exportTemplate !== undefined) draft.exportTemplate = carried.exportTemplate
  if (carried.exportFlavour !== undefined) draft.exportFlavour = carried.exportFlavour
  if (carried.exportColours !== undefined) draft.exportColours = carried.exportColours
  if (carried.archiveUpdateUrl !== undefined) draft.archiveUpdateUrl = carried.archiveUpdateUrl
  if (carried.name !== undefined) draft.identity.name = carried.name
}
