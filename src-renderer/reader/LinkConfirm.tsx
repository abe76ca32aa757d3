// Before leaving the app for a link, show where it goes and let the reader decide.

interface Props {
  href: string
  onOpen: () => void
  onCancel: () => void
}

export function LinkConfirm({ href, onOpen, onCancel }: Props) {
  return (
    <div className="link-confirm" role="alertdialog" aria-label="Open link in your browser">
      <p>
        Open <span className="link-target">{href}</span> in your browser?
      </p>
      <div className="link-confirm-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          Open in browser
        </button>
      </div>
    </div>
  )
}
