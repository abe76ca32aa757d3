// A core on the bundled archive and a data folder, called the way a host calls it, for tests:
// `call(method, input)` resolves with the value, or throws "code: message" for an error.
import { createCore, type Core, type CoreOptions } from '../src-main/core/create-core'
import { createDispatcher } from '../src-main/hosts/dispatch'

export const BUNDLED_ARCHIVE = new URL('../resources/archive', import.meta.url).pathname
export const SEED_ARTICLE = 'en-the-class-struggle-cannot-be-denigrated'

export type Call = <T>(method: string, input: unknown) => Promise<T>

export async function openTestCore(dataDir: string, now: () => Date): Promise<Call> {
  return (await openTestApp(dataDir, now)).call
}

/** The same, with the core itself (its groups, search…) and options for it. */
export async function openTestApp(
  dataDir: string,
  now: () => Date,
  options: Partial<CoreOptions> = {},
): Promise<{ call: Call; core: Core }> {
  const core = await createCore({
    dataDir,
    archiveDir: BUNDLED_ARCHIVE,
    host: 'http',
    version: '9.9.9',
    verifyArchive: false,
    now,
    // Sync's pauses between requests and backoffs are for real sites, not a test's server.
    fetchPolicy: { minIntervalMs: 0, backoffMs: 1, timeoutMs: 5_000 },
    ...options,
  })
  const dispatch = createDispatcher(core.handlers)
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(method, input)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value as T
  }
  return { call, core }
}
