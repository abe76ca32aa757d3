// Hardening that applies to every web contents the app creates: no new windows, no navigation
// away from the app, http(s) links handed to the system browser, no permissions, no webviews.
import { app, session, shell } from 'electron'
import { isAppNavigation, isExternalLink } from '../desktop/links'

export function setupSecurity(devServerUrl?: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
    const keepInApp = (event: { preventDefault(): void }, url: string) => {
      if (!isAppNavigation(url, devServerUrl)) event.preventDefault()
    }
    contents.on('will-navigate', keepInApp)
    contents.on('will-redirect', keepInApp)
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
