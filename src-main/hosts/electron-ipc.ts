// The pure half of the Electron IPC host: which frames may call the API, and how one IPC call
// becomes one dispatched contract call. src-main/electron/ipc.ts only wires this to ipcMain.
import type { Method } from '../../src-shared/api'
import { err, type Result } from '../../src-shared/result'
import type { Dispatch } from './dispatch'

export const APP_SCHEME = 'app'
export const APP_HOST = 'scholion'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * True only for the app's own top-level page: served from app://scholion (or, in development,
 * from the dev server's exact origin). Frames, other origins and missing senders are refused.
 */
export function isTrustedSender(
  sender: { url: string; isMainFrame: boolean } | null | undefined,
  devServerUrl?: string,
): boolean {
  if (!sender || !sender.isMainFrame) return false
  let origin: string
  try {
    const url = new URL(sender.url)
    origin = url.protocol === `${APP_SCHEME}:` ? `${url.protocol}//${url.host}` : url.origin
  } catch {
    return false
  }
  if (origin === APP_ORIGIN) return true
  if (!devServerUrl) return false
  try {
    return origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

export type IpcSender = { url: string; isMainFrame: boolean } | null | undefined

/** Handles one IPC invocation of `method`: refuses untrusted senders, then dispatches. */
export function createIpcHandler(dispatch: Dispatch, devServerUrl?: string) {
  return (method: Method, sender: IpcSender, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(sender, devServerUrl)) {
      return Promise.resolve(err('forbidden', { key: 'api.forbiddenPage' }))
    }
    return dispatch(method, input)
  }
}
