// Which URLs leave the app for the system browser, which navigations stay in the app, and the
// one permission the app's page is given.
import { APP_ORIGIN } from '../hosts/electron-ipc'

/** Only http(s) links are handed to the system browser; file:, javascript:, data: never are. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/** True if a navigation stays on the app's own page (app://scholion or the dev server). */
export function isAppNavigation(url: string, devServerUrl?: string): boolean {
  try {
    const target = new URL(url)
    if (`${target.protocol}//${target.host}` === APP_ORIGIN) return true
    return devServerUrl !== undefined && target.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * The permissions the app grants: only writing to the clipboard (copying a quote with its
 * citation, a paragraph's link, notes as Markdown, the diagnostics), and only to the app's own
 * page in its main frame. Everything else (camera, notifications from pages, …) is refused.
 */
export function isPermissionGranted(
  permission: string,
  request: { requestingUrl?: string; isMainFrame: boolean },
  devServerUrl?: string,
): boolean {
  return (
    permission === 'clipboard-sanitized-write' &&
    request.isMainFrame &&
    request.requestingUrl !== undefined &&
    isAppNavigation(request.requestingUrl, devServerUrl)
  )
}
