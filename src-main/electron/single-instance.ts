// One Scholion per user: a second launch focuses the running window (passing on its arguments,
// a deep link say) and exits.
import { app, type BrowserWindow } from 'electron'

/** Returns false when another instance already runs (this one should quit). */
export function setupSingleInstance(
  getWindow: () => BrowserWindow | undefined,
  onArgs: (args: string[], workingDirectory: string) => void = () => undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', (_event, args, workingDirectory) => {
    // Files named relative to where the second launch was made, not to this process.
    onArgs(args, workingDirectory)
    const win = getWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  return true
}
