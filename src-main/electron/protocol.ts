// The app:// protocol that serves the built renderer (and the stored pictures), so the app never loads from a remote
// origin nor from file:// (which would give the page access to every local file).
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from '../hosts/electron-ipc'
import {
  contentType,
  mediaHeaders,
  resolveStaticFile,
  SECURITY_HEADERS,
} from '../hosts/static-files'
import { isMediaName, MEDIA_PATH } from '../../src-shared/media'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the renderer, and stored pictures under /media/ (`picture`: Core.picture). */
export function setupAppProtocol(
  rendererDir: string,
  picture: (name: string) => Promise<Uint8Array | null>,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host === APP_HOST && url.pathname.startsWith(MEDIA_PATH)) {
      const name = url.pathname.slice(MEDIA_PATH.length)
      const bytes = isMediaName(name) ? await picture(name) : null
      if (!bytes) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
      return new Response(new Uint8Array(bytes), { headers: mediaHeaders(name) })
    }
    const file = url.host === APP_HOST ? await resolveStaticFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    return new Response(await readFile(file), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) },
    })
  })
}
