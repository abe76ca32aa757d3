// The reader's keyboard shortcuts: one table that both the key handler and the `?` help read.

export type ReaderCommand =
  | 'next-paragraph'
  | 'previous-paragraph'
  | 'page-down'
  | 'page-up'
  | 'top'
  | 'bottom'
  | 'next-article'
  | 'previous-article'
  | 'find'
  | 'contents'
  | 'cite'
  | 'bigger'
  | 'smaller'
  | 'help'

export interface Shortcut {
  command: ReaderCommand
  /** As shown in the help ("Ctrl/⌘ F"). */
  label: string
  description: string
  matches: (e: KeyLike) => boolean
}

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const plain =
  (...keys: string[]) =>
  (e: KeyLike) =>
    !e.ctrlKey && !e.metaKey && !e.altKey && keys.includes(e.key)
const mod =
  (...keys: string[]) =>
  (e: KeyLike) =>
    (e.ctrlKey || e.metaKey) && !e.altKey && keys.includes(e.key)

export const SHORTCUTS: Shortcut[] = [
  { command: 'next-paragraph', label: 'J', description: 'Next paragraph', matches: plain('j') },
  {
    command: 'previous-paragraph',
    label: 'K',
    description: 'Previous paragraph',
    matches: plain('k'),
  },
  {
    command: 'page-down',
    label: 'Space / Page Down',
    description: 'Next page',
    matches: (e) => plain('PageDown')(e) || (plain(' ')(e) && !e.shiftKey),
  },
  {
    command: 'page-up',
    label: 'Shift Space / Page Up',
    description: 'Previous page',
    matches: (e) => plain('PageUp')(e) || (plain(' ')(e) && e.shiftKey),
  },
  {
    command: 'top',
    label: 'Home',
    description: 'Beginning of the article',
    matches: plain('Home'),
  },
  { command: 'bottom', label: 'End', description: 'End of the article', matches: plain('End') },
  {
    command: 'next-article',
    label: ']',
    description: 'Next article in the library',
    matches: plain(']'),
  },
  {
    command: 'previous-article',
    label: '[',
    description: 'Previous article in the library',
    matches: plain('['),
  },
  { command: 'find', label: 'Ctrl/⌘ F', description: 'Find in article', matches: mod('f', 'F') },
  {
    command: 'contents',
    label: 'T',
    description: 'Show or hide the contents',
    matches: plain('t'),
  },
  {
    command: 'cite',
    label: 'C',
    description: 'Copy a citation of the paragraph at the top',
    matches: plain('c'),
  },
  { command: 'bigger', label: 'Ctrl/⌘ +', description: 'Larger text', matches: mod('+', '=') },
  { command: 'smaller', label: 'Ctrl/⌘ −', description: 'Smaller text', matches: mod('-', '_') },
  {
    command: 'help',
    label: '?',
    description: 'Show these shortcuts',
    matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?',
  },
]

/** The command a key press means, or null. */
export function commandFor(e: KeyLike): ReaderCommand | null {
  return SHORTCUTS.find((s) => s.matches(e))?.command ?? null
}
