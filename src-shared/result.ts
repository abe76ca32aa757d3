// Results that cross process boundaries. Errors don't serialise and callers must always see a
// reason, so every contract call resolves to one of these two shapes instead of throwing.

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
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
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
