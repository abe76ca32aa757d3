// The open article's annotations beside the text, in document order: click one to go to its
// passage and open it; filter by colour and tag. Annotations whose passage is no longer in this
// version of the text are kept, listed last with their quote. The save state is shown here.
import { useMemo, useState } from 'react'
import {
  COLOR_NAMES,
  type AnchoredAnnotation,
  type Color,
  type TagCount,
} from '../../src-shared/annotation'
import { renderNote } from '../annotations/markdown'
import {
  inDocumentOrder,
  type AnnotationPatch,
  type SaveStatus,
} from '../annotations/use-annotations'
import { AnnotationEditor } from './AnnotationEditor'
import { ColourFilter } from './ColourFilter'
import { TagChips } from './TagChips'

interface Props {
  annotations: AnchoredAnnotation[]
  /** ¶ number of a canonical offset, for showing where each one is. */
  paragraphOf: (offset: number) => number | null
  active: string | null
  focusNote: boolean
  knownTags: TagCount[]
  status: SaveStatus
  onSelect: (id: string) => void
  onChange: (id: string, patch: AnnotationPatch) => void
  onDelete: (id: string) => void
  onCloseEditor: () => void
  onClose: () => void
  /** Copies the given annotations (or all of the article's) as Markdown. */
  onCopyMarkdown: (ids?: string[]) => void
  onExport: () => void
}

function StatusLine({ status }: { status: SaveStatus }) {
  return (
    <p className={`save-status save-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'saving' && 'Saving…'}
      {status.kind === 'saved' && `${status.what} ✓`}
      {status.kind === 'failed' && (
        <>
          Not saved: {status.message}{' '}
          <button type="button" onClick={status.retry}>
            Retry
          </button>
        </>
      )}
    </p>
  )
}

export function AnnotationsPanel(props: Props) {
  const { annotations, active, paragraphOf, onSelect } = props
  const [colour, setColour] = useState<Color | ''>('')
  const [tag, setTag] = useState('')
  const tagsHere = useMemo(
    () => [...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)),
    [annotations],
  )
  const shown = useMemo(
    () =>
      inDocumentOrder(annotations).filter(
        (a) => (!colour || a.color === colour) && (!tag || a.tags.includes(tag)),
      ),
    [annotations, colour, tag],
  )
  const placed = shown.filter((a) => a.anchor)
  const orphans = shown.filter((a) => !a.anchor)

  const item = (a: AnchoredAnnotation) => {
    const n = a.anchor ? paragraphOf(a.anchor.start) : null
    const open = a.id === active
    return (
      <li key={a.id} className={`annotation-item${open ? ' open' : ''}`}>
        <button
          type="button"
          className="annotation-summary"
          aria-expanded={open}
          data-annotation-id={a.id}
          onClick={() => (open ? props.onCloseEditor() : onSelect(a.id))}
        >
          <span className={`swatch swatch-${a.color}`} aria-label={COLOR_NAMES[a.color]} />
          <span className="annotation-where">{n ? `¶ ${n}` : a.anchor ? '' : 'not found'}</span>
          <span className="annotation-quote" dir="auto">
            {a.quote.exact}
          </span>
          {a.note && !open && (
            <span
              className="annotation-note markdown"
              dir="auto"
              dangerouslySetInnerHTML={{ __html: renderNote(a.note) }}
            />
          )}
          {a.tags.length > 0 && !open && (
            <span className="annotation-tags">
              <TagChips tags={a.tags} />
            </span>
          )}
        </button>
        {open && (
          <AnnotationEditor
            annotation={a}
            knownTags={props.knownTags}
            focusNote={props.focusNote}
            onChange={(patch) => props.onChange(a.id, patch)}
            onDelete={() => props.onDelete(a.id)}
            onCopyMarkdown={() => props.onCopyMarkdown([a.id])}
            onClose={props.onCloseEditor}
          />
        )}
      </li>
    )
  }

  return (
    <aside className="annotations-panel" aria-label="Annotations">
      <div className="panel-head">
        <h2>
          Notes <span className="count">{annotations.length}</span>
        </h2>
        <button type="button" onClick={props.onClose} aria-label="Close notes">
          ×
        </button>
      </div>
      <div className="panel-filters">
        <ColourFilter
          value={colour}
          onChange={setColour}
          label="Show colour"
          labelFor={(c) => `Only ${COLOR_NAMES[c].toLowerCase()}`}
        />
        {tagsHere.length > 0 && (
          <select aria-label="Show tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tagsHere.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </div>
      {annotations.length > 0 && (
        <div className="panel-actions">
          <button type="button" onClick={() => props.onCopyMarkdown()}>
            Copy as Markdown
          </button>
          <button type="button" onClick={props.onExport}>
            Export…
          </button>
        </div>
      )}
      <StatusLine status={props.status} />
      {annotations.length === 0 ? (
        <p className="panel-empty">
          Select text to highlight it or add a note. With the keyboard: <kbd>V</kbd> selects a word,{' '}
          <kbd>Shift</kbd> + arrows extend it, <kbd>H</kbd> highlights.
        </p>
      ) : (
        <>
          <ol className="annotation-list">{placed.map(item)}</ol>
          {orphans.length > 0 && (
            <>
              <h3 className="orphans-title">Not found in this version of the text</h3>
              <ol className="annotation-list orphans">{orphans.map(item)}</ol>
            </>
          )}
          {shown.length === 0 && <p className="panel-empty">No notes match these filters.</p>}
        </>
      )}
    </aside>
  )
}
