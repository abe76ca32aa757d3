// Asks for an article's text (and its annotations, in the same request) as soon as the user
// chooses it, before the page re-renders and the reader mounts; the reader then takes that
// request instead of making its own. One request is
// kept (the last article chosen), taken once, and only for a short while.
import type { ApiClient, Article } from '../../src-shared/api'
import type { Result } from '../../src-shared/result'

/** A request not taken within this time is not used (the reader asks again). */
const KEEP_MS = 2000

type Pending = { api: ApiClient; id: string; at: number; answer: Promise<Result<Article>> }
let pending: Pending | null = null

/** Starts reading article `id` now. */
export function requestArticle(api: ApiClient, id: string): void {
  pending = { api, id, at: performance.now(), answer: get(api, id) }
}

/** The article's text: the request made when it was chosen, or a new one. */
export function takeArticle(api: ApiClient, id: string): Promise<Result<Article>> {
  const p = pending
  pending = null
  if (p && p.api === api && p.id === id && performance.now() - p.at < KEEP_MS) return p.answer
  return get(api, id)
}

/** The text with its annotations, in one request. */
const get = (api: ApiClient, id: string) => api['articles.get']({ id, annotations: true })
