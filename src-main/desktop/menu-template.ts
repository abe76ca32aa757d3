// The desktop menus as data: File, Edit, View, Go, Help, with the app's commands and their
// shortcuts, and the context menus for a selection and a link. Electron-free, so it is tested
// here; src-main/electron/menus.ts turns it into Electron menus.
import { APP_COMMANDS, type AppCommand } from '../../src-shared/commands'
import { ENGLISH } from '../../src-shared/i18n/catalogs'
import type { Translate } from '../../src-shared/i18n/translate'

/** A menu entry: an app command, one of Electron's standard roles, or a separator. */
export type MenuEntry =
  | { command: AppCommand; label: string; accelerator?: string }
  | { role: string; label?: string; accelerator?: string }
  | { separator: true }

export interface MenuSection {
  label: string
  role?: string
  items: MenuEntry[]
}

const sep: MenuEntry = { separator: true }

/** The menus in the interface's language (`t`): every label, Electron's roles' too. */
export function menuTemplate(platform: NodeJS.Platform, t: Translate = ENGLISH): MenuSection[] {
  const mac = platform === 'darwin'
  const cmd = (command: AppCommand, accelerator?: string): MenuEntry =>
    accelerator
      ? { command, label: t(APP_COMMANDS[command]), accelerator }
      : { command, label: t(APP_COMMANDS[command]) }
  const sections: MenuSection[] = []
  if (mac) {
    sections.push({
      label: 'Scholion',
      role: 'appMenu',
      items: [
        cmd('about'),
        sep,
        { role: 'hide', label: t('menu.hide') },
        { role: 'hideOthers', label: t('menu.hideOthers') },
        sep,
        { role: 'quit', label: t('menu.quit') },
      ],
    })
  }
  sections.push(
    {
      label: t('menu.file'),
      items: [
        cmd('add-files', 'CmdOrCtrl+O'),
        cmd('sync'),
        cmd('groups', 'CmdOrCtrl+Shift+G'),
        sep,
        cmd('import', 'CmdOrCtrl+Shift+I'),
        cmd('export', 'CmdOrCtrl+Shift+E'),
        cmd('settings-file'),
        sep,
        cmd('update-archive'),
        sep,
        mac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      items: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        sep,
        // Cut and paste need their roles: on macOS ⌘X and ⌘V in text fields work only through
        // menu items that carry them.
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        sep,
        cmd('highlight'),
        cmd('note'),
        cmd('copy-quote'),
        sep,
        cmd('find', 'CmdOrCtrl+F'),
        cmd('search-selection', 'CmdOrCtrl+Shift+K'),
      ],
    },
    {
      label: t('menu.view'),
      items: [
        cmd('contents', 'T'),
        cmd('notes'),
        // Only the text: F11 here, F in the page (a browser keeps F11 for its own full screen).
        cmd('focus', 'F11'),
        cmd('read-aloud', 'R'),
        sep,
        cmd('theme-system'),
        cmd('theme-light'),
        cmd('theme-sepia'),
        cmd('theme-dark'),
        sep,
        cmd('bigger', 'CmdOrCtrl+='),
        cmd('smaller', 'CmdOrCtrl+-'),
        sep,
        // Page zoom scales the whole window, library included; text size, above, only the
        // article. Keys of their own, so they never take Ctrl/⌘ + and − from text size.
        { role: 'zoomIn', label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+Shift+=' },
        { role: 'zoomOut', label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+Shift+-' },
        { role: 'resetZoom', label: t('menu.actualSize'), accelerator: 'CmdOrCtrl+0' },
        sep,
        // Its usual F11 is focus mode's here.
        {
          role: 'togglefullscreen',
          label: t('menu.fullScreen'),
          accelerator: mac ? 'Ctrl+Cmd+F' : 'Shift+F11',
        },
      ],
    },
    {
      label: t('menu.go'),
      items: [
        cmd('library', 'CmdOrCtrl+1'),
        cmd('new-articles'),
        cmd('notebook', 'CmdOrCtrl+2'),
        cmd('search', 'CmdOrCtrl+K'),
        sep,
        cmd('previous-article', '['),
        cmd('next-article', ']'),
      ],
    },
    {
      label: t('menu.help'),
      role: 'help',
      items: mac ? [cmd('shortcuts', '?')] : [cmd('shortcuts', '?'), cmd('about')],
    },
  )
  return sections
}

/** The menu for a right click in the article: on selected text, and on a link. */
export function contextMenuTemplate(
  opts: {
    hasSelection: boolean
    linkUrl: string | null
  },
  t: Translate = ENGLISH,
): MenuEntry[] {
  const cmd = (command: AppCommand): MenuEntry => ({ command, label: t(APP_COMMANDS[command]) })
  const items: MenuEntry[] = []
  if (opts.hasSelection)
    items.push(cmd('highlight'), cmd('note'), cmd('copy-quote'), cmd('search-selection'), {
      role: 'copy',
      label: t('menu.copy'),
    })
  if (opts.linkUrl && /^https?:/i.test(opts.linkUrl)) {
    if (items.length) items.push(sep)
    items.push(
      { role: 'copyLink', label: t('menu.copyLink') },
      { role: 'openLink', label: t('menu.openLink') },
    )
  }
  return items
}
