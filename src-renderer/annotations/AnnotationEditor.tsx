// One annotation opened: its colour, its note in Markdown with a live preview, its tags, and
// delete. Typing saves after a pause, and at once when leaving the field, closing the editor, or
// leaving the page; every keystroke is also kept as a draft, offered again after a crash.
// Escape closes the editor.
import { useEffect, useRef, useState } from 'react'
import { COLORS, type AnchoredAnnotation, type TagCount } from '../../src-shared/annotation'
import { renderNote } from '../ui/markdown'
import type { AnnotationPatch } from './use-annotations'
import { clearDraft, draftFor, saveDraft, type NoteDraft } from './note-drafts'
import { registerFlush } from '../api/pending-saves'
import { TagInput } from './TagInput'
import { useT } from '../i18n'

interface Props {
  annotation: AnchoredAnnotation
  knownTags: TagCount[]
  focusNote: boolean
  /** Resolves true once the change is saved. */
  onChange: (patch: AnnotationPatch) => Promise<boolean>
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
  const t = useT()
  const [note, setNote] = useState(annotation.note)
  const saved = useRef(annotation.note)
  /** What the field holds now, for flushes that run outside React (the page being left). */
  const typed = useRef(annotation.note)
  typed.current = note
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const [draft, setDraft] = useState<NoteDraft | null>(() =>
    draftFor(annotation.id, annotation.note),
  )
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

  const id = annotation.id
  const flush = (value: string) => {
    clearTimeout(timer.current)
    if (value === saved.current) return
    saved.current = value
    void onChange({ note: value }).then((ok) => {
      // Saved, and nothing typed since: the draft has done its work.
      if (ok && typed.current === value) clearDraft(id)
    })
  }
  const flushRef = useRef(flush)
  flushRef.current = flush
  // A pending note is saved at once when the editor closes (another annotation, another
  // article) and when the page is left, never dropped.
  useEffect(() => {
    const unregister = registerFlush(() => flushRef.current(typed.current))
    return () => {
      unregister()
      flushRef.current(typed.current)
    }
  }, [id])

  return (
    <div
      className="annotation-editor"
      ref={root}
      role="group"
      aria-label={t('editor.label')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          flush(note)
          onClose()
        }
      }}
    >
      <div className="colour-choice" role="radiogroup" aria-label={t('editor.colour')}>
        {COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={annotation.color === color}
            aria-label={t('colour.name', { colour: color })}
            title={t('colour.name', { colour: color })}
            tabIndex={annotation.color === color ? 0 : -1}
            className={`swatch swatch-${color}`}
            onClick={() => annotation.color !== color && onChange({ color })}
            onKeyDown={(e) => {
              // Right to left, the arrow that points forward is the left one.
              const forward = getComputedStyle(e.currentTarget).direction === 'rtl' ? -1 : 1
              const step = {
                ArrowRight: forward,
                ArrowDown: 1,
                ArrowLeft: -forward,
                ArrowUp: -1,
              }[e.key]
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
      {draft && (
        <div className="note-draft" role="alert">
          <p>
            {t('editor.draft', {
              at: new Date(draft.at),
              note: draft.note.length > 120 ? `${draft.note.slice(0, 120)}…` : draft.note,
            })}
          </p>
          <button
            type="button"
            onClick={() => {
              setNote(draft.note)
              typed.current = draft.note
              setDraft(null)
              flush(draft.note)
            }}
          >
            {t('editor.restoreDraft')}
          </button>
          <button
            type="button"
            onClick={() => {
              clearDraft(id)
              setDraft(null)
            }}
          >
            {t('editor.discardDraft')}
          </button>
        </div>
      )}
      <label className="note-label">
        {t('editor.note')} <span className="hint">Markdown</span>
        <textarea
          ref={field}
          value={note}
          rows={Math.min(12, Math.max(3, note.split('\n').length + 1))}
          placeholder={t('editor.notePlaceholder')}
          onChange={(e) => {
            const value = e.target.value
            setNote(value)
            typed.current = value
            saveDraft(id, value, saved.current)
            clearTimeout(timer.current)
            timer.current = setTimeout(() => flush(value), NOTE_PAUSE_MS)
          }}
          onBlur={() => flush(note)}
        />
      </label>
      {note.trim() && (
        <div
          className="note-preview markdown"
          aria-label={t('editor.preview')}
          // Safe: markdown-it escapes raw HTML and refuses unsafe links.
          dangerouslySetInnerHTML={{ __html: renderNote(note) }}
        />
      )}
      <TagInput tags={annotation.tags} known={knownTags} onChange={(tags) => onChange({ tags })} />
      <div className="editor-actions">
        <button type="button" className="danger" onClick={onDelete}>
          {t('editor.delete')}
        </button>
        <button type="button" onClick={onCopyMarkdown} title={t('editor.copyHint')}>
          {t('editor.copy')}
        </button>
        <button
          type="button"
          onClick={() => {
            flush(note)
            onClose()
          }}
        >
          {t('editor.done')}
        </button>
      </div>
    </div>
  )
}
