// The contract's app methods: what the app is and how it is doing (version, host, archive,
// notices), and the two things only the desktop host can do (choose a folder, open one).
import type { AppInfo, Handlers } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import { err, ok } from '../../src-shared/result'
import type { LiveLibrary } from '../library/live-library'
import type { HandlerSlice } from './handler-slice'
import { verbatim } from '../../src-shared/i18n/translate'

export interface AppHandlerDeps {
  version: string
  host: AppInfo['host']
  dataDir: string
  library: LiveLibrary | null
  /** True while the archive's documents are being checked in the background. */
  checking: () => boolean
  notices: () => Notice[]
  chooseFolder?: (title: string) => Promise<string | null>
  openFolder?: (path: string) => Promise<string>
}

export function appHandlers(d: AppHandlerDeps): HandlerSlice<'app'> {
  const info: Handlers['app.info'] = async () =>
    ok({
      name: 'Scholion',
      version: d.version,
      host: d.host,
      dataDir: d.dataDir,
      archive: d.library
        ? {
            dir: d.library.dir,
            articleCount: d.library.count,
            formatVersion: d.library.formatVersion,
            checking: d.checking(),
          }
        : null,
      notices: d.notices(),
    })
  return {
    'app.info': info,
    async 'app.chooseFolder'({ title }) {
      if (!d.chooseFolder) {
        return err('unavailable', { key: 'app.noFolderPicker' })
      }
      return ok(await d.chooseFolder(title))
    },
    async 'app.openDataFolder'() {
      if (!d.openFolder) {
        return err('unavailable', { key: 'app.openFolderYourself', values: { folder: d.dataDir } })
      }
      const problem = await d.openFolder(d.dataDir)
      return problem
        ? err('unavailable', { key: 'app.folderUnopened', values: { reason: verbatim(problem) } })
        : ok(null)
    },
  }
}
