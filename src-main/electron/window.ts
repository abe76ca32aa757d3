// The main window: sandboxed, context-isolated, no Node in the page, loaded from app://.
import { fileURLToPath } from 'node:url'
import { BrowserWindow } from 'electron'
import { secureWebPreferences } from '../desktop/web-preferences'
import { DEFAULT_SIZE } from '../desktop/window-bounds'
import { APP_ORIGIN } from '../hosts/electron-ipc'
import { flushBeforeClose } from './close-flush'
import { initialBounds, openWindowState, trackWindowState } from './window-state'

const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

export async function createMainWindow(
  dataDir: string,
  devServerUrl?: string,
): Promise<BrowserWindow> {
  const state = await openWindowState(dataDir)
  const bounds = initialBounds(state)
  const win = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 560,
    minHeight: 420,
    show: false,
    title: 'Scholion',
    backgroundColor: '#faf8f3',
    webPreferences: secureWebPreferences(PRELOAD),
  })
  if (state.data.maximized) win.maximize()
  if (state.data.fullScreen) win.setFullScreen(true)
  trackWindowState(win, state)
  flushBeforeClose(win)
  win.once('ready-to-show', () => win.show())
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}
