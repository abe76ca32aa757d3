// The desktop menus as data: File, Edit, View, Go, Help, with the app's commands and their
// shortcuts, and the context menus for a selection and a link. Electron-free, so it is tested
// here; src-main/electron/menus.ts turns it into Electron menus.
import { APP_COMMANDS, type AppCommand } from '../../src-shared/commands'

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

const cmd = (command: AppCommand, accelerator?: string): MenuEntry =>
  accelerator
    ? { command, label: APP_COMMANDS[command], accelerator }
    : { command, label: APP_COMMANDS[command] }
const sep: MenuEntry = { separator: true }

export function menuTemplate(platform: NodeJS.Platform): MenuSection[] {
  const mac = platform === 'darwin'
  const sections: MenuSection[] = []
  if (mac) {
    sections.push({
      label: 'Scholion',
      role: 'appMenu',
      items: [cmd('about'), sep, { role: 'hide' }, { role: 'hideOthers' }, sep, { role: 'quit' }],
    })
  }
  sections.push(
    {
      label: 'File',
      items: [
        cmd('add-files', 'CmdOrCtrl+O'),
        cmd('sync'),
        cmd('groups', 'CmdOrCtrl+Shift+G'),
        sep,
        cmd('import', 'CmdOrCtrl+Shift+I'),
        cmd('export', 'CmdOrCtrl+Shift+E'),
        sep,
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      items: [
        { role: 'undo' },
        { role: 'redo' },
        sep,
        // Cut and paste need their roles: on macOS ⌘X and ⌘V in text fields work only through
        // menu items that carry them.
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
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
      label: 'View',
      items: [
        cmd('contents', 'T'),
        cmd('notes'),
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
        { role: 'zoomIn', label: 'Zoom in', accelerator: 'CmdOrCtrl+Shift+=' },
        { role: 'zoomOut', label: 'Zoom out', accelerator: 'CmdOrCtrl+Shift+-' },
        { role: 'resetZoom', label: 'Actual size', accelerator: 'CmdOrCtrl+0' },
        sep,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
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
      label: 'Help',
      role: 'help',
      items: mac ? [cmd('shortcuts', '?')] : [cmd('shortcuts', '?'), cmd('about')],
    },
  )
  return sections
}

/** The menu for a right click in the article: on selected text, and on a link. */
export function contextMenuTemplate(opts: {
  hasSelection: boolean
  linkUrl: string | null
}): MenuEntry[] {
  const items: MenuEntry[] = []
  if (opts.hasSelection)
    items.push(cmd('highlight'), cmd('note'), cmd('copy-quote'), cmd('search-selection'), {
      role: 'copy',
    })
  if (opts.linkUrl && /^https?:/i.test(opts.linkUrl)) {
    if (items.length) items.push(sep)
    items.push(
      { role: 'copyLink', label: 'Copy link' },
      { role: 'openLink', label: 'Open in browser' },
    )
  }
  return items
}
