// Where the reader's commands come from besides its buttons: keys pressed in the page (not
// while typing, except find) and the desktop menus, which send the same commands as their keys.
// Each is handed to `run` or, for annotating, to the notes.
import { useEffect } from 'react'
import type { AppCommand } from '../../src-shared/commands'
import { READER_COMMAND_EVENT } from '../api/app-commands'
import { commandFor, type ReaderCommand } from './shortcuts'

interface NoteCommands {
  togglePanel: () => void
  highlightSelection: () => void
  noteSelection: () => void
  copyQuote: () => void
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

export function useReaderCommands(
  run: (command: ReaderCommand) => void,
  notes: NoteCommands,
  showHelp: () => void,
  /** True while keys belong to something else (the shortcuts dialog). */
  keysElsewhere: boolean,
): void {
  // Commands from the desktop menus, as their keys would do them.
  useEffect(() => {
    const onCommand = (e: Event) => {
      const command = (e as CustomEvent<AppCommand>).detail
      switch (command) {
        case 'notes':
          return notes.togglePanel()
        case 'shortcuts':
          return showHelp()
        case 'highlight':
          return notes.highlightSelection()
        case 'note':
          return notes.noteSelection()
        case 'copy-quote':
          return notes.copyQuote()
        case 'find':
        case 'contents':
        case 'focus':
        case 'read-aloud':
        case 'bigger':
        case 'smaller':
        case 'next-article':
        case 'previous-article':
          return run(command)
      }
    }
    window.addEventListener(READER_COMMAND_EVENT, onCommand)
    return () => window.removeEventListener(READER_COMMAND_EVENT, onCommand)
  }, [notes, run, showHelp])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || keysElsewhere) return
      const command = commandFor(e)
      if (!command) return
      // Find works from anywhere; other keys only when not typing.
      if (command !== 'find' && isTyping(e.target)) return
      e.preventDefault()
      run(command)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [run, keysElsewhere])
}
