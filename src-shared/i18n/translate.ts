// Messages in the interface's language: ICU MessageFormat (plurals, selects, numbers and dates
// through Intl) by intl-messageformat, the same in the page, the main process and the CLI. Each
// message is parsed once per language and kept.
import { IntlMessageFormat } from 'intl-messageformat'
import type { Catalog, MessageKey } from './catalogs/en'
import type { UiLanguage } from './languages'

export type { MessageKey }
export type MessageValues = Record<string, string | number | Date>

/** A message to show later in whatever language is current then: a key and its values. */
export interface Message {
  key: MessageKey
  values?: MessageValues
}

export interface Translate {
  (key: MessageKey, values?: MessageValues): string
  /** A message with tags (`<code>…</code>`), each rendered by the function of its name. */
  rich<T>(
    key: MessageKey,
    values: Record<string, string | number | ((chunks: (string | T)[]) => T)>,
  ): (string | T)[]
  readonly lang: UiLanguage
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
  const t = ((key: MessageKey, values?: MessageValues) =>
    String(formatOf(key).format(values))) as Translate
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
