// Files opened with Scholion (double-click, "Open with", or dropped on the dock icon): an
// annotation pack is read here, up to the import size limit, and handed to the page, which shows
// the import preview; an archive update pack is received and checked by the core, and the page
// shows its preview in the update dialog. Files that arrive before the window has loaded wait.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { app, type BrowserWindow } from 'electron'
import { OPEN_FILE_CHANNEL } from '../../src-shared/bridge'
import { MAX_IMPORT_CHARS } from '../../src-shared/api'
import { packFilesInArgs } from '../desktop/launch-args'
import type { Translate } from '../../src-shared/i18n/translate'
import { MessageError, reasonOf } from '../core/error-reason'
import type { ReceivedPack } from '../../src-shared/api'
import { messageOf, type Result } from '../../src-shared/result'

export function setupOpenFiles(
  getWindow: () => BrowserWindow | undefined,
  translator: () => Translate,
  /** Receives an archive update pack from its path (the core), checked. */
  receiveArchivePack: (path: string) => Promise<Result<ReceivedPack>>,
) {
  const waiting: string[] = []
  const deliver = async (path: string): Promise<void> => {
    const win = getWindow()
    if (!win || win.webContents.isLoading()) {
      waiting.push(path)
      return
    }
    if (/\.scholion-archive$/i.test(path)) {
      const received = await receiveArchivePack(path)
      win.webContents.send(
        OPEN_FILE_CHANNEL,
        received.ok
          ? { name: basename(path), content: '', archivePack: received.value }
          : {
              name: basename(path),
              content: '',
              problem: translator().message(messageOf(received.error)),
            },
      )
      if (win.isMinimized()) win.restore()
      win.focus()
      return
    }
    try {
      const mb = Math.round((MAX_IMPORT_CHARS * 4) / 1024 / 1024)
      if ((await stat(path)).size > MAX_IMPORT_CHARS * 4)
        throw new MessageError({ key: 'file.tooLarge', values: { mb } })
      const content = await readFile(path, 'utf8')
      win.webContents.send(OPEN_FILE_CHANNEL, { name: basename(path), content })
    } catch (error) {
      win.webContents.send(OPEN_FILE_CHANNEL, {
        name: basename(path),
        content: '',
        problem: translator()('file.openFailed', { name: basename(path), reason: reasonOf(error) }),
      })
    }
    if (win.isMinimized()) win.restore()
    win.focus()
  }
  app.on('open-file', (event, path) => {
    event.preventDefault()
    void deliver(path)
  })
  waiting.push(...packFilesInArgs(process.argv.slice(1)))
  return {
    fromArgs(args: readonly string[], workingDirectory: string): void {
      for (const path of packFilesInArgs(args.slice(1), workingDirectory)) void deliver(path)
    },
    flush(): void {
      for (const path of waiting.splice(0)) void deliver(path)
    },
  }
}
