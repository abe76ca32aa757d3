// The app's commands that menus and keys can trigger, in one list: the desktop menu is built
// from it, the page carries them out, and a test checks that every menu item names one.

export const APP_COMMANDS = {
  'add-files': 'Add files to library…',
  sync: 'Sync now…',
  groups: 'Study groups…',
  import: 'Import annotations…',
  export: 'Export notes…',
  library: 'Library',
  'new-articles': 'New articles',
  notebook: 'Notebook',
  search: 'Search…',
  'search-selection': 'Search for selection',
  find: 'Find in article',
  contents: 'Show or hide contents',
  notes: 'Show or hide notes',
  'previous-article': 'Previous article',
  'next-article': 'Next article',
  'theme-system': 'Theme: follow the system',
  'theme-light': 'Theme: light',
  'theme-sepia': 'Theme: sepia',
  'theme-dark': 'Theme: dark',
  bigger: 'Larger text',
  smaller: 'Smaller text',
  highlight: 'Highlight selection',
  note: 'Highlight and add a note',
  'copy-quote': 'Copy quote with citation',
  shortcuts: 'Keyboard shortcuts',
  about: 'About Scholion',
} as const

export type AppCommand = keyof typeof APP_COMMANDS

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && Object.hasOwn(APP_COMMANDS, value)
}
