// The one modal dialog of the app: opened as a native modal (<dialog>.showModal(), so focus is
// trapped inside and Escape closes it), titled by its heading, and giving focus back to what had
// it when it closes. Its content can close it (`useCloseDialog`), and `DialogActions` is the row
// of buttons at its foot with the closing button last.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { useT } from '../i18n'

interface Props {
  /** The heading's id (for aria-labelledby) and its text; or a label when there is no heading. */
  title: ReactNode
  titleId?: string
  label?: string
  className?: string
  onClose: () => void
  children: ReactNode
}

const CloseContext = createContext<() => void>(() => undefined)

/** Closes the dialog this is rendered in (its onClose then runs, as for Escape). */
export function useCloseDialog(): () => void {
  return useContext(CloseContext)
}

export function Dialog({ title, titleId, label, className, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  // What had the focus before the dialog came, read as it first renders: by its effects, a
  // button inside may have taken the focus already (autoFocus).
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    // Focus goes back where it was (the button that opened the dialog), if it is still there.
    return () => {
      if (opener?.isConnected) opener.focus()
    }
  }, [opener])
  const close = () => ref.current?.close()
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={title && titleId ? titleId : undefined}
      aria-label={label}
      onClose={onClose}
    >
      <CloseContext.Provider value={close}>
        {title && <h2 id={titleId}>{title}</h2>}
        {children}
      </CloseContext.Provider>
    </dialog>
  )
}

/** The buttons at the foot of a dialog: `children` first, then the closing one. */
export function DialogActions({
  children,
  closeLabel,
  closeAutoFocus = true,
}: {
  children?: ReactNode
  closeLabel?: string
  /** The closing button takes the focus as the dialog opens (not where a field should). */
  closeAutoFocus?: boolean
}) {
  const t = useT()
  return (
    <div className="dialog-actions">
      {children}
      <form method="dialog">
        <button type="submit" autoFocus={closeAutoFocus}>
          {closeLabel ?? t('ui.close')}
        </button>
      </form>
    </div>
  )
}
