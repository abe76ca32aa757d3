// One annotation opened: its colour, its note in Markdown with a live preview, its tags, and
// delete. Typing saves after a pause (and when leaving the field); Escape closes the editor.
import { useEffect, useRef, useState } from 'react'
import {
  COLOR_NAMES,
  COLORS,
  type AnchoredAnnotation,
  type TagCount,
} from '../../src-shared/annotation'
import { renderNote } from '../annotations/markdown'
import type { AnnotationPatch } from '../annotations/use-annotations'
import { TagInput } from './TagInput'

interface Props {
  annotation: AnchoredAnnotation
  knownTags: TagCount[]
  focusNote: boolean
  onChange: (patch: AnnotationPatch) => void
  onDelete: () => void
  onCopyMarkdown: () => void
  onClose: () => void
}

const NOTE_PAUSE_MS = 600

export function AnnotationEditor({
  annotation,
  knownTags,
  focusNote,
  onChange,
  onDelete,
  onCopyMarkdown,
  onClose,
}: Props) {
  const [note, setNote] = useState(annotation.note)
  const saved = useRef(annotation.note)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const field = useRef<HTMLTextAreaElement>(null)
  const root = useRef<HTMLDivElement>(null)

  // Undo and redo change the note from outside: show it, unless the reader is mid-sentence.
  useEffect(() => {
    if (annotation.note !== saved.current) {
      saved.current = annotation.note
      setNote(annotation.note)
    }
  }, [annotation.note])

  useEffect(() => {
    if (focusNote) field.current?.focus()
    else root.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus()
  }, [focusNote, annotation.id])

  const flush = (value: string) => {
    clearTimeout(timer.current)
    if (value !== saved.current) {
      saved.current = value
      onChange({ note: value })
    }
  }
  useEffect(() => () => clearTimeout(timer.current), [])

  return (
    <div
      className="annotation-editor"
      ref={root}
      role="group"
      aria-label="Edit annotation"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          flush(note)
          onClose()
        }
      }}
    >
      <div className="colour-choice" role="radiogroup" aria-label="Colour">
        {COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={annotation.color === color}
            aria-label={COLOR_NAMES[color]}
            title={COLOR_NAMES[color]}
            tabIndex={annotation.color === color ? 0 : -1}
            className={`swatch swatch-${color}`}
            onClick={() => annotation.color !== color && onChange({ color })}
            onKeyDown={(e) => {
              const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key]
              if (!step) return
              e.preventDefault()
              const next = COLORS[(COLORS.indexOf(color) + step + COLORS.length) % COLORS.length]!
              onChange({ color: next })
              const buttons = root.current?.querySelectorAll<HTMLElement>('[role="radio"]')
              buttons?.[COLORS.indexOf(next)]?.focus()
            }}
          />
        ))}
      </div>
      <label className="note-label">
        Note <span className="hint">Markdown</span>
        <textarea
          ref={field}
          value={note}
          rows={Math.min(12, Math.max(3, note.split('\n').length + 1))}
          placeholder="Write a note…"
          onChange={(e) => {
            const value = e.target.value
            setNote(value)
            clearTimeout(timer.current)
            timer.current = setTimeout(() => flush(value), NOTE_PAUSE_MS)
          }}
          onBlur={() => flush(note)}
        />
      </label>
      {note.trim() && (
        <div
          className="note-preview markdown"
          aria-label="Note preview"
          // Safe: markdown-it escapes raw HTML and refuses unsafe links.
          dangerouslySetInnerHTML={{ __html: renderNote(note) }}
        />
      )}
      <TagInput tags={annotation.tags} known={knownTags} onChange={(tags) => onChange({ tags })} />
      <div className="editor-actions">
        <button type="button" className="danger" onClick={onDelete}>
          Delete
        </button>
        <button type="button" onClick={onCopyMarkdown} title="Copy this note as Markdown">
          Copy
        </button>
        <button
          type="button"
          onClick={() => {
            flush(note)
            onClose()
          }}
        >
          Done
        </button>
      </div>
    </div>
  )
}
