// Preload of the app window (sandboxed): exposes exactly one object, the typed bridge, whose
// functions are the contract's methods and nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_NAME, buildBridge } from '../../src-shared/bridge'

contextBridge.exposeInMainWorld(
  BRIDGE_NAME,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)
