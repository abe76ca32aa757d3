// The app:// protocol that serves the built renderer, so the app never loads from a remote
// origin nor from file:// (which would give the page access to every local file).
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from '../hosts/electron-ipc'
import { contentType, resolveStaticFile, SECURITY_HEADERS } from '../hosts/static-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST ? await resolveStaticFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    return new Response(await readFile(file), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) },
    })
  })
}
