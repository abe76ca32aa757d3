// The small toolbar over a selection: highlight in one of five colours, add a note, copy the
// quote with its citation. Pressing a button keeps the selection (mousedown is not let through).
import { useLayoutEffect, useRef, useState } from 'react'
import { COLORS, type Color } from '../../src-shared/annotation'
import { useT } from '../i18n'

interface Props {
  at: { top: number; left: number; bottom: number }
  onHighlight: (color: Color) => void
  onNote: () => void
  onCopy: () => void
  /** While an annotation waits to be attached: attach it to this selection. */
  onAttach?: (() => void) | undefined
}

export function SelectionToolbar({ at, onHighlight, onNote, onCopy, onAttach }: Props) {
  const t = useT()
  // Above the selection, unless it starts too near the top to fit.
  const above = at.top > 56
  const box = useRef<HTMLDivElement>(null)
  const [left, setLeft] = useState(at.left)
  // Keep the whole toolbar inside the reading area, however near its edge the selection is.
  useLayoutEffect(() => {
    const el = box.current
    const area = el?.offsetParent as HTMLElement | null
    if (!el || !area) return setLeft(at.left)
    const half = el.offsetWidth / 2 + 8
    setLeft(Math.min(Math.max(at.left, half), Math.max(half, area.clientWidth - half)))
  }, [at.left])
  return (
    <div
      ref={box}
      className={`selection-toolbar ${above ? 'above' : 'below'}`}
      role="toolbar"
      aria-label={t('selection.label')}
      style={{ top: above ? at.top : at.bottom, left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {onAttach && (
        <>
          <button type="button" className="primary" onClick={onAttach}>
            {t('selection.attach')}
          </button>
          <span className="toolbar-divider" aria-hidden="true" />
        </>
      )}
      {COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          aria-label={t('selection.highlight', { colour: color })}
          title={t('selection.highlightKey', { colour: color, key: i + 1 })}
          onClick={() => onHighlight(color)}
        />
      ))}
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" onClick={onNote} title={t('selection.noteHint')}>
        {t('selection.note')}
      </button>
      <button type="button" onClick={onCopy} title={t('selection.copyHint')}>
        {t('selection.copy')}
      </button>
    </div>
  )
}
