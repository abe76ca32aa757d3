// The native menus: the application menu and the context menu of the article, built from the
// pure templates in desktop/menu-template.ts. A command is sent to the page, which carries it
// out exactly as its keyboard shortcut would. Single keys are shown but not registered, so
// typing in a field is never taken over (function keys are registered: F11 is focus mode). The labels are in the interface's language: the
// application menu is built again when it changes; a context menu is built at each right click.
import {
  Menu,
  clipboard,
  shell,
  type BrowserWindow,
  type MenuItemConstructorOptions,
} from 'electron'
import { COMMAND_CHANNEL } from '../../src-shared/bridge'
import { isExternalLink } from '../desktop/links'
import { contextMenuTemplate, menuTemplate, type MenuEntry } from '../desktop/menu-template'
import type { Translate } from '../../src-shared/i18n/translate'

type Role = MenuItemConstructorOptions['role']

/** One menu entry as Electron wants it; `send` carries a command to the page. */
function toItem(
  entry: MenuEntry,
  send: (command: string) => void,
  link = '',
  registerKeys = true,
): MenuItemConstructorOptions {
  if ('separator' in entry) return { type: 'separator' }
  if ('command' in entry) {
    const accelerator = registerKeys ? entry.accelerator : undefined
    return {
      label: entry.label,
      click: () => send(entry.command),
      ...(accelerator
        ? { accelerator, registerAccelerator: /CmdOrCtrl|Alt|Shift|^F\d+$/.test(accelerator) }
        : {}),
    }
  }
  if (entry.role === 'copyLink')
    return { label: entry.label, click: () => clipboard.writeText(link) }
  if (entry.role === 'openLink') {
    return {
      label: entry.label,
      click: () => isExternalLink(link) && void shell.openExternal(link),
    }
  }
  return {
    role: entry.role as Role,
    ...(entry.label ? { label: entry.label } : {}),
    ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
  }
}

/** Sets the application menu, in the language of `t`; call again when the language changes. */
export function setupMenus(getWindow: () => BrowserWindow | undefined, t: Translate): void {
  const send = (command: string) => getWindow()?.webContents.send(COMMAND_CHANNEL, command)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, t).map((section) => ({
        label: section.label,
        ...(section.role ? { role: section.role as Role } : {}),
        submenu: section.items.map((item) => toItem(item, send)),
      })),
    ),
  )
}

/** The context menu of one window's page. */
export function setupContextMenu(win: BrowserWindow, language: () => Translate): void {
  const send = (command: string) => win.webContents.send(COMMAND_CHANNEL, command)
  win.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(
      {
        hasSelection: params.selectionText.trim().length > 0,
        linkUrl: params.linkURL || null,
      },
      language(),
    )
    if (!items.length) return
    Menu.buildFromTemplate(items.map((entry) => toItem(entry, send, params.linkURL, false))).popup({
      window: win,
    })
  })
}
