// Messages in the interface's language: ICU MessageFormat (plurals, selects, numbers and dates
// through Intl) by intl-messageformat, the same in the page, the main process and the CLI. Each
// message is parsed once per language and kept.
import { IntlMessageFormat } from 'intl-messageformat'
import type { Catalog, MessageKey } from './catalogs/en'
import type { UiLanguage } from './languages'

export type { MessageKey }
/** A value of a message: text, a number, a date, another message (a reason inside a
 * sentence), which is put in the same language first, or a language, named in it. */
export type MessageValue = string | number | Date | Message | { language: string }
export type MessageValues = Record<string, MessageValue>

/** A message to show later in whatever language is current then: a key and its values. Core
 * errors and reports carry these, so the page shows them in its own language. */
export interface Message {
  key: MessageKey
  values?: MessageValues
}

/** A message made of a value only: an outside text (a site's answer, a system error) that has no
 * translation. */
export function verbatim(text: string): Message {
  return { key: 'common.verbatim', values: { text } }
}

export interface Translate {
  (key: MessageKey, values?: MessageValues): string
  /** A message with tags (`<code>…</code>`), each rendered by the function of its name. */
  rich<T>(
    key: MessageKey,
    values: Record<string, string | number | ((chunks: (string | T)[]) => T)>,
  ): (string | T)[]
  /** A message carried as data (an error, a report's reason) in this language. */
  message(message: Message): string
  readonly lang: UiLanguage
}

function isMessage(value: MessageValue): value is Message {
  return typeof value === 'object' && !(value instanceof Date) && 'key' in value
}

function languageNamer(lang: UiLanguage): (code: string) => string {
  let names: Intl.DisplayNames | null = null
  return (code) => {
    try {
      names ??= new Intl.DisplayNames([lang], { type: 'language' })
      return names.of(code) ?? code
    } catch {
      return code
    }
  }
}

export function createTranslator(lang: UiLanguage, catalog: Catalog): Translate {
  const formats = new Map<MessageKey, IntlMessageFormat>()
  const formatOf = (key: MessageKey) => {
    let format = formats.get(key)
    if (!format) {
      format = new IntlMessageFormat(catalog[key], lang)
      formats.set(key, format)
    }
    return format
  }
  const languageName = languageNamer(lang)
  const flat = (values?: MessageValues) => {
    if (!values) return values
    const out: Record<string, string | number | Date> = {}
    for (const [name, value] of Object.entries(values)) {
      if (isMessage(value)) out[name] = t(value.key, value.values)
      else if (typeof value === 'object' && !(value instanceof Date))
        out[name] = languageName(value.language)
      else out[name] = value
    }
    return out
  }
  const t = ((key: MessageKey, values?: MessageValues) => {
    // A key this version does not know (kept from another version, or sent by a stranger) shows
    // its text, if it has one, rather than failing.
    if (!Object.hasOwn(catalog, key)) return typeof values?.text === 'string' ? values.text : key
    return String(formatOf(key).format(flat(values)))
  }) as Translate
  t.message = (message) => t(message.key, message.values)
  t.rich = <T>(
    key: MessageKey,
    values: Record<string, string | number | ((chunks: (string | T)[]) => T)>,
  ) => {
    const out = formatOf(key).format<T>(values as never)
    return Array.isArray(out) ? (out as (string | T)[]) : [out as string | T]
  }
  Object.defineProperty(t, 'lang', { value: lang })
  return t
}
