// One Scholion per user: a second launch focuses the running window and exits.
import { app, type BrowserWindow } from 'electron'

/** Returns false when another instance already runs (this one should quit). */
export function setupSingleInstance(getWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => {
    const win = getWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  return true
}
