// A list of articles just added (by adding files or by a sync), each opening in the reader,
// with what the import found in it and any warnings about it.
import { useCloseDialog } from './Dialog'
import { useT } from '../i18n'

interface Props {
  items: { id: string; title: string; detail?: string; warnings?: string[] }[]
  onOpen: (id: string) => void
  className?: string
  /** Opening an article also closes the dialog these links are in. */
  closesDialog?: boolean
}

export function ArticleLinks({ items, onOpen, className, closesDialog = false }: Props) {
  const t = useT()
  const close = useCloseDialog()
  if (items.length === 0) return null
  return (
    <ul className={className}>
      {items.map((a) => (
        <li key={a.id}>
          <button
            type="button"
            className="link-button"
            dir="auto"
            onClick={() => {
              onOpen(a.id)
              if (closesDialog) close()
            }}
          >
            {a.title}
          </button>
          {a.detail && <span className="hint"> {a.detail}</span>}
          {a.warnings && a.warnings.length > 0 && (
            <ul className="import-warnings" aria-label={t('ui.warningsAbout', { title: a.title })}>
              {a.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}
