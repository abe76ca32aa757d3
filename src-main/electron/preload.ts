// Preload of the app window (sandboxed): exposes the typed bridge, whose functions are the
// contract's methods and nothing else, and one event source for deep links and menu commands
// (strings only).
import { contextBridge, ipcRenderer } from 'electron'
import type { PackPreview } from '../../src-shared/api-types'
import {
  BRIDGE_NAME,
  COMMAND_CHANNEL,
  DEEP_LINK_CHANNEL,
  FLUSH_CHANNEL,
  FLUSHED_CHANNEL,
  OPEN_FILE_CHANNEL,
  EVENTS_NAME,
  buildBridge,
  type AppEvents,
} from '../../src-shared/bridge'

contextBridge.exposeInMainWorld(
  BRIDGE_NAME,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)

const events: AppEvents = {
  onDeepLink(listener) {
    const handler = (_event: unknown, url: unknown) => {
      if (typeof url === 'string') listener(url)
    }
    ipcRenderer.on(DEEP_LINK_CHANNEL, handler)
    return () => ipcRenderer.removeListener(DEEP_LINK_CHANNEL, handler)
  },
  onCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if (typeof command === 'string') listener(command)
    }
    ipcRenderer.on(COMMAND_CHANNEL, handler)
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, handler)
  },
  onOpenFile(listener) {
    const handler = (_event: unknown, file: unknown) => {
      const f = file as {
        name?: unknown
        content?: unknown
        problem?: unknown
        archivePack?: { upload?: unknown; preview?: unknown }
      } | null
      if (typeof f?.name !== 'string' || typeof f.content !== 'string') return
      const pack = f.archivePack
      const upload = typeof pack?.upload === 'string' && /^[0-9a-f]{24}$/.test(pack.upload)
      listener({
        name: f.name,
        content: f.content,
        ...(typeof f.problem === 'string' ? { problem: f.problem } : {}),
        // The preview is shown as text only; the upload id is all the page sends back.
        ...(upload
          ? {
              archivePack: {
                upload: pack!.upload as string,
                preview: (pack!.preview ?? null) as PackPreview | null,
              },
            }
          : {}),
      })
    }
    ipcRenderer.on(OPEN_FILE_CHANNEL, handler)
    return () => ipcRenderer.removeListener(OPEN_FILE_CHANNEL, handler)
  },
  onFlushRequest(listener) {
    const handler = (_event: unknown, id: unknown) => {
      if (typeof id !== 'number') return
      const answer = () => ipcRenderer.send(FLUSHED_CHANNEL, id)
      listener().then(answer, answer)
    }
    ipcRenderer.on(FLUSH_CHANNEL, handler)
    return () => ipcRenderer.removeListener(FLUSH_CHANNEL, handler)
  },
}
contextBridge.exposeInMainWorld(EVENTS_NAME, events)
