// Keys for annotating, checked before the reader's own shortcuts: with text selected, `h`
// highlights (last colour), `1`–`5` highlight in a colour, `n` adds a note, `c` copies the quote,
// Escape drops the selection; Shift+arrows extend it; `v` starts one. Ctrl/⌘ Z undoes,
// Shift+Ctrl/⌘ Z (or Ctrl+Y) redoes.
import { useEffect, useRef } from 'react'
import { COLORS, type Color } from '../../src-shared/annotation'
import type { Extend } from './use-text-selection'
import type { MessageKey } from '../../src-shared/i18n/translate'

export interface AnnotationKeyActions {
  hasSelection: () => boolean
  highlight: (color: Color | null) => void
  note: () => void
  copy: () => void
  clear: () => void
  startSelection: () => void
  extend: (how: Extend) => void
  undo: () => void
  redo: () => void
  /** True while a dialog or panel wants the keys for itself. */
  suspended: boolean
}

/** The same keys, for the `?` help. */
export const ANNOTATION_SHORTCUTS = [
  { label: 'V', description: 'keys.selectWord' },
  { label: 'Shift → / ←', description: 'keys.extendWord' },
  { label: 'Shift ↓ / ↑', description: 'keys.extendSentence' },
  { label: 'H', description: 'keys.highlight' },
  { label: '1 – 5', description: 'keys.highlightColour' },
  { label: 'N', description: 'keys.note' },
  { label: 'C', description: 'keys.copyQuote' },
  { label: 'Esc', description: 'keys.dropSelection' },
  { label: 'Ctrl/⌘ Z', description: 'keys.undo' },
  { label: 'Shift Ctrl/⌘ Z', description: 'keys.redo' },
] as const satisfies readonly { label: string; description: MessageKey }[]

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

const MIRRORED: Record<string, string> = { ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight' }

const EXTEND: Record<string, Extend> = {
  ArrowRight: 'word-forward',
  ArrowLeft: 'word-back',
  ArrowDown: 'sentence-forward',
  ArrowUp: 'sentence-back',
}

export function useAnnotationKeys(actions: AnnotationKeyActions): void {
  const latest = useRef(actions)
  latest.current = actions
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current
      if (e.defaultPrevented || a.suspended || isTyping(e.target)) return
      const mod = e.ctrlKey || e.metaKey
      const run = (f: () => void) => {
        e.preventDefault()
        f()
      }
      if (mod && !e.altKey && e.key.toLowerCase() === 'z') return run(e.shiftKey ? a.redo : a.undo)
      if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'y') return run(a.redo)
      if (mod || e.altKey) return
      if (e.shiftKey && EXTEND[e.key] && a.hasSelection()) {
        // In a right-to-left article the left arrow points forward.
        const rtl = document.querySelector('.reader-scroll .article[dir="rtl"]') !== null
        const key = rtl ? (MIRRORED[e.key] ?? e.key) : e.key
        return run(() => a.extend(EXTEND[key]!))
      }
      if (e.key === 'v' || e.key === 'V') return run(a.startSelection)
      if (!a.hasSelection()) return
      const digit = Number(e.key)
      if (digit >= 1 && digit <= COLORS.length) return run(() => a.highlight(COLORS[digit - 1]!))
      if (e.key === 'h') return run(() => a.highlight(null))
      if (e.key === 'n') return run(a.note)
      if (e.key === 'c') return run(a.copy)
      if (e.key === 'Escape') return run(a.clear)
    }
    // Capture: these keys mean something else (c cites a paragraph) when text is selected.
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [])
}
