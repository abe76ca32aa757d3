// The app's commands that menus and keys can trigger, in one list: the desktop menu is built
// from it, the page carries them out, and a test checks that every menu item names one. Each
// command's name is a message of the interface's catalogs.
import type { MessageKey } from './i18n/translate'

export const APP_COMMANDS = {
  'add-files': 'command.addFiles',
  sync: 'command.sync',
  groups: 'command.groups',
  import: 'command.import',
  export: 'command.export',
  'update-archive': 'command.updateArchive',
  'settings-file': 'command.settingsFile',
  library: 'command.library',
  'new-articles': 'command.newArticles',
  notebook: 'command.notebook',
  search: 'command.search',
  'search-selection': 'command.searchSelection',
  find: 'command.find',
  contents: 'command.contents',
  notes: 'command.notes',
  focus: 'command.focus',
  'read-aloud': 'command.readAloud',
  'previous-article': 'command.previousArticle',
  'next-article': 'command.nextArticle',
  'theme-system': 'command.themeSystem',
  'theme-light': 'command.themeLight',
  'theme-sepia': 'command.themeSepia',
  'theme-dark': 'command.themeDark',
  bigger: 'command.bigger',
  smaller: 'command.smaller',
  highlight: 'command.highlight',
  note: 'command.note',
  'copy-quote': 'command.copyQuote',
  shortcuts: 'command.shortcuts',
  about: 'command.about',
} as const satisfies Record<string, MessageKey>

export type AppCommand = keyof typeof APP_COMMANDS

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && Object.hasOwn(APP_COMMANDS, value)
}
