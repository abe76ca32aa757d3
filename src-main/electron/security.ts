// Hardening that applies to every web contents the app creates: no new windows, no navigation
// away from the app, http(s) links handed to the system browser, no permission but writing to
// the clipboard for the app's own page, no webviews.
import { app, session, shell } from 'electron'
import { isAppNavigation, isExternalLink, isPermissionGranted } from '../desktop/links'

export function setupSecurity(devServerUrl?: string): void {
  // The page may write to the clipboard (copying quotes and notes); nothing else is granted.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details, devServerUrl)),
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionGranted(permission, details, devServerUrl),
  )

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
    // The address is the event's own (the positional argument is deprecated).
    const keepInApp = (event: { url: string; preventDefault(): void }) => {
      if (!isAppNavigation(event.url, devServerUrl)) event.preventDefault()
    }
    contents.on('will-navigate', keepInApp)
    contents.on('will-redirect', keepInApp)
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
