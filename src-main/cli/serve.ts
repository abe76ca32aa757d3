// `scholion serve`: the HTTP host on loopback with a fresh token, until interrupted.
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createCore } from '../core/create-core'
import { appVersion, rendererDir } from '../core/app-paths'
import { createDispatcher } from '../hosts/dispatch'
import { createHttpHost } from '../hosts/http'
import { cliDirs } from './dirs'
import { reasonOf } from '../core/error-reason'
import type { Translate } from '../../src-shared/i18n/translate'

export interface ServeOptions {
  /** What the terminal is told, in its language. */
  t: Translate
  appRoot: string
  port: number
  dataDir?: string | undefined
  archive?: string | undefined
  releaseKeys?: string | undefined
  /** Sync on start when online and on the sources' schedules. */
  autoSync?: boolean
}

export async function serve({
  t,
  appRoot,
  port,
  dataDir,
  archive,
  releaseKeys,
  autoSync = true,
}: ServeOptions): Promise<void> {
  const {
    dataDir: dir,
    archiveDir,
    releaseKeysDir,
  } = cliDirs(appRoot, {
    dataDir,
    archive,
    releaseKeys,
  })
  const core = await createCore({
    dataDir: dir,
    archiveDir,
    releaseKeysDir,
    host: 'http',
    version: appVersion(appRoot),
    autoSync: autoSync && {
      onAdded: (_report, added) => console.log(t('cli.syncAdded', { count: added })),
    },
  })
  const token = randomBytes(24).toString('base64url')
  const server = createHttpHost({
    dispatch: createDispatcher(core.handlers),
    staticDir: rendererDir(appRoot),
    token,
    picture: (name) => core.picture(name),
  })
  server.listen(port, '127.0.0.1')
  await once(server, 'listening')
  const { port: actual } = server.address() as { port: number }
  for (const notice of core.notices) console.error(`[${notice.level}] ${t.message(notice.message)}`)
  console.log(t('cli.serving', { archive: archiveDir, data: dir }))
  console.log(t('cli.open', { url: `http://127.0.0.1:${actual}/#token=${token}` }))
  const stop = () => {
    // Browsers keep connections open; a stopping server does not wait for them. Writes asked
    // for before the signal are finished first.
    server.close()
    server.closeAllConnections()
    void core
      .flush()
      .catch((error: unknown) => console.error(`[error] ${t.message(reasonOf(error))}`))
      .finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
