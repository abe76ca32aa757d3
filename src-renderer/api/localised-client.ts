// The API client with its errors in the interface's language: an error that carries a message
// (a key and values) gets its `message` in the language shown when it arrives, so every place
// that shows `error.message` shows it translated. Reports inside answers (skipped files, sync
// failures, notices) carry messages too, and are translated where they are shown.
import type { ApiClient } from '../../src-shared/api'
import type { Result } from '../../src-shared/result'
import { translate } from '../i18n'

export function localise<T>(result: Result<T>): Result<T> {
  if (result.ok || !result.error.key) return result
  return {
    ok: false,
    error: { ...result.error, message: translate(result.error.key, result.error.values) },
  }
}

export function localisedClient(client: ApiClient): ApiClient {
  const wrapped: Record<string, unknown> = {}
  for (const [method, call] of Object.entries(client) as [
    string,
    (i: unknown) => Promise<Result<unknown>>,
  ][]) {
    wrapped[method] = (input: unknown) => call(input).then(localise)
  }
  return Object.freeze(wrapped) as ApiClient
}
