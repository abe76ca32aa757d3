// Results that cross process boundaries. Errors don't serialise and callers must always see a
// reason, so every contract call resolves to one of these two shapes instead of throwing. An
// error carries its message as a key and values, so the page shows it in its own language, and
// in English as `message` for logs, scripts and older pages.
import { ENGLISH } from './i18n/catalogs'
import { verbatim, type Message, type MessageKey, type MessageValues } from './i18n/translate'

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'unavailable'
  | 'storage'
  | 'internal'

export interface ApiError {
  code: ErrorCode
  /** The message in English. */
  message: string
  key?: MessageKey
  values?: MessageValues
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(code: ErrorCode, message: Message): Result<T> {
  const error: ApiError = { code, message: ENGLISH.message(message), key: message.key }
  if (message.values) error.values = message.values
  return { ok: false, error }
}

/** The message of an error, to show or to put in another message. */
export function messageOf(error: ApiError): Message {
  return error.key ? { key: error.key, values: error.values } : verbatim(error.message)
}

/** True for a value shaped like a Result; used to check what arrives over a wire. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; value?: unknown; error?: unknown }
  if (v.ok === true) return 'value' in v
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false
  const e = v.error as { code?: unknown; message?: unknown }
  return typeof e.code === 'string' && typeof e.message === 'string'
}
