// Desktop notifications: when a sync brings new articles (how many, and the first titles), and
// when arrived articles match saved searches (one per search, never one per article). Clicking
// one brings the window forward with the library showing what is new.
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
  notice.on('click', () => showNew(getWindow))
  notice.show()
}

function showNew(getWindow: () => BrowserWindow | null): void {
  const win = getWindow()
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
  win.webContents.send(COMMAND_CHANNEL, 'new-articles')
}

/** One notification for each saved search the arrived articles match. */
export function notifySavedSearches(
  matches: readonly { name: string; query: string; count: number }[],
  getWindow: () => BrowserWindow | null,
  t: Translate,
): void {
  if (!Notification.isSupported()) return
  for (const match of matches) {
    const notice = new Notification({
      title: t('notify.savedSearch', { name: match.name, count: match.count }),
      body: match.query,
    })
    notice.on('click', () => showNew(getWindow))
    notice.show()
  }
}
