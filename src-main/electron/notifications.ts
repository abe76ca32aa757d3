// The desktop notification when a sync brings new articles: how many, and the first titles.
// Clicking it brings the window forward with the library showing what is new.
import { Notification, type BrowserWindow } from 'electron'
import type { SyncReport } from '../../src-shared/api'
import { COMMAND_CHANNEL } from '../../src-shared/bridge'
import type { Translate } from '../../src-shared/i18n/translate'

export function notifyNewArticles(
  report: SyncReport,
  added: number,
  getWindow: () => BrowserWindow | null,
  t: Translate,
): void {
  if (!Notification.isSupported()) return
  const titles = report.sources.flatMap((s) => s.added.map((a) => a.title))
  const notice = new Notification({
    title: t('notify.newArticles', { count: added }),
    body: titles.slice(0, 3).join('\n') + (titles.length > 3 ? '\n…' : ''),
  })
  notice.on('click', () => {
    const win = getWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
    win.webContents.send(COMMAND_CHANNEL, 'new-articles')
  })
  notice.show()
}
