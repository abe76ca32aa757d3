// Registers every contract method on ipcMain. Sender checks and validation live in the pure
// handler (hosts/electron-ipc.ts); this file only adapts Electron's event to it.
import { ipcMain } from 'electron'
import { methods } from '../../src-shared/api'
import { channelFor } from '../../src-shared/bridge'
import type { Dispatch } from '../hosts/dispatch'
import { createIpcHandler } from '../hosts/electron-ipc'

export function setupIpc(dispatch: Dispatch, devServerUrl?: string): void {
  const handle = createIpcHandler(dispatch, devServerUrl)
  for (const method of methods) {
    ipcMain.handle(channelFor(method), (event, input: unknown) => {
      const frame = event.senderFrame
      const sender = frame
        ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame }
        : null
      return handle(method, sender, input)
    })
  }
}
