// Nothing typed is lost when a window closes or the app quits: the page is asked to save what
// waits (a note mid-sentence, the reading position) and its answer is awaited, a few seconds at
// most, before the window really closes. The page shows "Saving…" meanwhile.
import { ipcMain, type BrowserWindow } from 'electron'
import { FLUSH_CHANNEL, FLUSHED_CHANNEL } from '../../src-shared/bridge'
import { isTrustedSender } from '../hosts/electron-ipc'

/** How long a closing window waits for its page's saves. */
export const FLUSH_TIMEOUT_MS = 3000

const waiting = new Map<number, () => void>()
let nextId = 1
/** Windows whose pages have saved for good (the app quits): their close is not held again, since
 * holding a close during a quit would cancel the quit. */
const done = new WeakSet<BrowserWindow>()

/** Listens for the pages' answers; once, before any window exists. */
export function setupCloseFlush(devServerUrl?: string): void {
  ipcMain.on(FLUSHED_CHANNEL, (event, id: unknown) => {
    const frame = event.senderFrame
    const sender = frame ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame } : null
    if (!isTrustedSender(sender, devServerUrl) || typeof id !== 'number') return
    waiting.get(id)?.()
  })
}

/** Asks `win`'s page to save what waits; resolves true once it did, false after the timeout. */
export function askToFlush(win: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): Promise<boolean> {
  if (win.isDestroyed() || win.webContents.isDestroyed()) return Promise.resolve(true)
  const id = nextId++
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id)
      resolve(false)
    }, timeoutMs)
    waiting.set(id, () => {
      clearTimeout(timer)
      waiting.delete(id)
      resolve(true)
    })
    win.webContents.send(FLUSH_CHANNEL, id)
  })
}

/** Holds `win`'s close until its page has saved what waits. */
export function flushBeforeClose(win: BrowserWindow): void {
  win.on('close', (event) => {
    if (done.has(win)) return
    event.preventDefault()
    void askToFlush(win).finally(() => {
      done.add(win)
      if (!win.isDestroyed()) win.close()
    })
  })
}

/** Asks every open window's page to save what waits (the app is quitting). */
export async function flushAllWindows(windows: readonly BrowserWindow[]): Promise<void> {
  await Promise.all(windows.map((win) => askToFlush(win).finally(() => done.add(win))))
}
