// scholion:// links into the desktop app: registers Scholion as the handler of the scheme and
// passes every link it is given (at launch, from a second launch, or from macOS's open-url) to
// the window, which opens the article. Links that arrive before the window has loaded wait.
import { app, type BrowserWindow } from 'electron'
import { DEEP_LINK_CHANNEL } from '../../src-shared/bridge'
import { deepLinkInArgs } from '../../src-shared/deep-link'

export function setupDeepLinks(getWindow: () => BrowserWindow | undefined) {
  // In development the handler must start Electron with the app's path.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient('scholion', process.execPath, [process.argv[1]])
  } else app.setAsDefaultProtocolClient('scholion')

  const waiting: string[] = []
  const deliver = (url: string): void => {
    const win = getWindow()
    if (!win || win.webContents.isLoading()) {
      waiting.push(url)
      return
    }
    if (win.isMinimized()) win.restore()
    win.focus()
    win.webContents.send(DEEP_LINK_CHANNEL, url)
  }
  app.on('open-url', (event, url) => {
    event.preventDefault()
    deliver(url)
  })
  const atLaunch = deepLinkInArgs(process.argv)
  if (atLaunch) waiting.push(atLaunch)

  return {
    /** For the second instance's arguments. */
    fromArgs(args: readonly string[]): void {
      const url = deepLinkInArgs(args)
      if (url) deliver(url)
    },
    /** Call once the window has loaded: sends the links that arrived before. */
    flush(): void {
      for (const url of waiting.splice(0)) deliver(url)
    },
  }
}
