// The object the Electron preload exposes to the page, and its name. It carries exactly the
// contract's methods and nothing else, so a compromised page can reach only validated calls.
import type { ApiClient, Method } from './api'
import { METHOD_NAMES } from './api-methods'
import type { Result } from './result'

import type { PackPreview } from './api-types'
export const BRIDGE_NAME = 'scholion'
/** A second, tiny object for what the main process tells the page: deep links opened. */
export const EVENTS_NAME = 'scholionEvents'
export const DEEP_LINK_CHANNEL = 'scholion-event:deep-link'
export const COMMAND_CHANNEL = 'scholion-event:command'
export const OPEN_FILE_CHANNEL = 'scholion-event:open-file'
/** The main process asks the page to save what waits (the window closes, the app quits)… */
export const FLUSH_CHANNEL = 'scholion-event:flush'
/** …and the page answers, with the request's number, once its saves are done. */
export const FLUSHED_CHANNEL = 'scholion:flushed'

/** A file opened with the app: an annotation pack (its name and text), or an archive update
 * pack (received and checked by the main process: `archivePack`), or why it could not be read. */
export interface OpenedFile {
  name: string
  content: string
  problem?: string
  /** An archive update pack, checked and ready to preview. */
  archivePack?: { upload: string; preview: PackPreview | null }
}

export interface AppEvents {
  /** Calls `listener` with every scholion:// link the app is asked to open; returns a way
   * to stop. */
  onDeepLink(listener: (url: string) => void): () => void
  /** Calls `listener` with every app command chosen in a native menu. */
  onCommand(listener: (command: string) => void): () => void
  /** Calls `listener` with every annotation pack file opened with the app. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void
  /** Calls `listener` when the window is about to close or the app to quit; the main process
   * waits (a few seconds at most) for the promise it returns: what waits to be saved, saved. */
  onFlushRequest(listener: () => Promise<void>): () => void
}

/** IPC channel of a contract method. */
export function channelFor(method: Method): string {
  return `scholion:${method}`
}

/** Builds the bridge: one function per contract method, each forwarding to `invoke`. */
export function buildBridge(
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): ApiClient {
  const bridge: Record<string, (input: unknown) => Promise<Result<unknown>>> = {}
  for (const m of METHOD_NAMES) {
    bridge[m] = (input) => invoke(channelFor(m), input) as Promise<Result<unknown>>
  }
  return Object.freeze(bridge) as ApiClient
}
