// The API client with its writes counted (persistence/pending-saves.ts), so that leaving the page
// or closing the desktop window can wait for them and the page can say "Saving…". Reads and the
// long wait for group changes are not counted.
import type { ApiClient } from '../../src-shared/api'
import { trackSave } from './pending-saves'

/** Methods that change what is stored. */
export function isWrite(method: string): boolean {
  return (
    /\.(create|update|delete|restore|reanchor|save|reply|editReply|deleteReply|apply|saveSources)$/.test(
      method,
    ) || method === 'library.addFiles'
  )
}

export function trackedClient(client: ApiClient): ApiClient {
  const wrapped: Record<string, unknown> = {}
  for (const [method, call] of Object.entries(client) as [
    string,
    (i: unknown) => Promise<unknown>,
  ][]) {
    wrapped[method] = isWrite(method) ? (input: unknown) => trackSave(call(input)) : call
  }
  return Object.freeze(wrapped) as ApiClient
}
