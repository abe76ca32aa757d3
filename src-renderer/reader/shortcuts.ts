// The reader's keyboard shortcuts: one table that both the key handler and the `?` help read.
import type { MessageKey } from '../../src-shared/i18n/translate'

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
  | 'library'
  | 'focus'
  | 'cite'
  | 'read-aloud'
  | 'bigger'
  | 'smaller'
  | 'help'

export interface Shortcut {
  command: ReaderCommand
  /** As shown in the help ("Ctrl/⌘ F"). */
  label: string
  description: MessageKey
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
  { command: 'next-paragraph', label: 'J', description: 'keys.nextParagraph', matches: plain('j') },
  {
    command: 'previous-paragraph',
    label: 'K',
    description: 'keys.previousParagraph',
    matches: plain('k'),
  },
  {
    command: 'page-down',
    label: 'Space / Page Down',
    description: 'keys.nextPage',
    matches: (e) => plain('PageDown')(e) || (plain(' ')(e) && !e.shiftKey),
  },
  {
    command: 'page-up',
    label: 'Shift Space / Page Up',
    description: 'keys.previousPage',
    matches: (e) => plain('PageUp')(e) || (plain(' ')(e) && e.shiftKey),
  },
  {
    command: 'top',
    label: 'Home',
    description: 'keys.top',
    matches: plain('Home'),
  },
  { command: 'bottom', label: 'End', description: 'keys.bottom', matches: plain('End') },
  {
    command: 'next-article',
    label: ']',
    description: 'keys.nextArticle',
    matches: plain(']'),
  },
  {
    command: 'previous-article',
    label: '[',
    description: 'keys.previousArticle',
    matches: plain('['),
  },
  { command: 'find', label: 'Ctrl/⌘ F', description: 'keys.find', matches: mod('f', 'F') },
  {
    command: 'contents',
    label: 'T',
    description: 'keys.contents',
    matches: plain('t'),
  },
  {
    command: 'library',
    label: 'L',
    description: 'keys.toggleLibrary',
    matches: plain('l'),
  },
  {
    command: 'focus',
    label: 'F',
    description: 'keys.focus',
    matches: plain('f'),
  },
  {
    command: 'cite',
    label: 'C',
    description: 'keys.cite',
    matches: plain('c'),
  },
  {
    command: 'read-aloud',
    label: 'R',
    description: 'keys.readAloud',
    matches: plain('r'),
  },
  { command: 'bigger', label: 'Ctrl/⌘ +', description: 'keys.bigger', matches: mod('+', '=') },
  { command: 'smaller', label: 'Ctrl/⌘ −', description: 'keys.smaller', matches: mod('-', '_') },
  {
    command: 'help',
    label: '?',
    description: 'keys.help',
    matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?',
  },
]

/** The command a key press means, or null. */
export function commandFor(e: KeyLike): ReaderCommand | null {
  return SHORTCUTS.find((s) => s.matches(e))?.command ?? null
}
