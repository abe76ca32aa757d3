// Commands chosen in the desktop app's native menus reach the page here. The app carries out
// its own (dialogs, views, themes) and passes reader commands on as a `scholion-command` event
// on window, which the open reader listens to.
import { EVENTS_NAME, type AppEvents, type OpenedFile } from '../../src-shared/bridge'
import { isAppCommand, type AppCommand } from '../../src-shared/commands'

export const READER_COMMAND_EVENT = 'scholion-command'

export function subscribeCommands(onCommand: (command: AppCommand) => void): () => void {
  const events = (window as unknown as Record<string, AppEvents | undefined>)[EVENTS_NAME]
  if (!events) return () => undefined
  return events.onCommand((command) => {
    if (isAppCommand(command)) onCommand(command)
  })
}

/** Annotation packs opened with the desktop app. */
export function subscribeOpenedFiles(onFile: (file: OpenedFile) => void): () => void {
  const events = (window as unknown as Record<string, AppEvents | undefined>)[EVENTS_NAME]
  return events ? events.onOpenFile(onFile) : () => undefined
}

export function sendToReader(command: AppCommand): void {
  window.dispatchEvent(new CustomEvent(READER_COMMAND_EVENT, { detail: command }))
}

/** The desktop app asking the page to save what waits before its window closes. */
export function subscribeFlushRequests(onRequest: () => Promise<void>): () => void {
  const events = (window as unknown as Record<string, AppEvents | undefined>)[EVENTS_NAME]
  return events?.onFlushRequest ? events.onFlushRequest(onRequest) : () => undefined
}
