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
import { lookup } from '../../src-shared/safe-keys'
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

/** The settings carried as they are (the name lives in the identity; the reader's are checked
 * one by one). */
const PLAIN_FIELDS = [
  'interfaceLanguage',
  'lastColor',
  'exportTemplate',
  'exportFlavour',
  'exportColours',
  'archiveUpdateUrl',
] as const satisfies readonly (keyof typeof FIELDS & keyof Settings)[]

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
      ...Object.fromEntries(PLAIN_FIELDS.map((key) => [key, settings[key]])),
      name: settings.identity.name,
    },
    searches: searches.map(({ name, query }) => ({ name, query })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The fields of `source` whose values pass their schema in `schemas`; each that does not is
 * named in `skipped` (after `prefix`). Only the object's own fields are read (never Object's).
 */
function validFields(
  source: Record<string, unknown>,
  schemas: Record<string, z.ZodType>,
  skipped: string[],
  prefix = '',
): Record<string, unknown> {
  const valid: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(schemas)) {
    const value = lookup(source, key)
    if (value === undefined) continue
    const checked = schema.safeParse(value)
    if (checked.success) valid[key] = checked.data
    else skipped.push(prefix + key)
  }
  return valid
}

/** Reads a settings file's text. */
export function readSettingsFile(text: string): Result<SettingsFileData> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return err('invalid_input', { key: 'settingsFile.notJson' })
  }
  if (!isObject(parsed) || lookup(parsed, 'format') !== SETTINGS_FILE_FORMAT)
    return err('invalid_input', { key: 'settingsFile.notSettings' })
  const version = lookup(parsed, 'version')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return err('invalid_input', { key: 'settingsFile.notSettings' })
  if (version > SETTINGS_FILE_VERSION)
    return err('invalid_input', {
      key: 'settingsFile.newer',
      values: { version, known: SETTINGS_FILE_VERSION },
    })

  const skipped: string[] = []
  const given = lookup(parsed, 'settings')
  if (given !== undefined && !isObject(given)) skipped.push('settings')
  const fields = isObject(given) ? given : {}
  const settings = validFields(fields, FIELDS, skipped) as CarriedSettings
  const reader = lookup(fields, 'reader')
  if (reader !== undefined && !isObject(reader)) skipped.push('reader')
  else if (reader !== undefined) {
    const valid = validFields(reader, READER_FIELDS, skipped, 'reader.')
    if (Object.keys(valid).length > 0) settings.reader = valid as CarriedSettings['reader']
  }

  const searches: SettingsFileData['searches'] = []
  const list = lookup(parsed, 'searches')
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
  for (const key of PLAIN_FIELDS)
    if (carried[key] !== undefined && carried[key] !== current[key]) changed.push(key)
  if (carried.name !== undefined && carried.name !== current.identity.name) changed.push('name')
  return changed
}

/** Applies carried settings to a settings draft. */
export function applyCarried(draft: Settings, carried: CarriedSettings): void {
  if (carried.reader) Object.assign(draft.reader, carried.reader)
  for (const key of PLAIN_FIELDS)
    if (carried[key] !== undefined)
      (draft as Record<(typeof PLAIN_FIELDS)[number], unknown>)[key] = carried[key]
  if (carried.name !== undefined) draft.identity.name = carried.name
}
