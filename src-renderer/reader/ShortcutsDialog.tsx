// The `?` help: every reader shortcut, from the same table the key handler uses, and the keys
// for highlighting, notes and search.
import { ANNOTATION_SHORTCUTS } from '../annotations'
import { SHORTCUTS } from './shortcuts'
import { Dialog, DialogActions } from '../ui/Dialog'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { useT } from '../i18n'

function ShortcutTable({ rows }: { rows: readonly { label: string; description: MessageKey }[] }) {
  const t = useT()
  return (
    <table className="shortcuts">
      <tbody>
        {rows.map((s) => (
          <tr key={s.label}>
            <td>
              <kbd>{s.label}</kbd>
            </td>
            <td>{t(s.description)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const SEARCH_SHORTCUTS = [
  { label: 'Ctrl/⌘ K', description: 'keys.searchAll' },
  { label: 'Shift Ctrl/⌘ K', description: 'keys.searchSelection' },
  { label: '↑ ↓ Enter', description: 'keys.searchResults' },
] as const

const LIBRARY_SHORTCUTS = [{ label: 'Ctrl/⌘ O', description: 'keys.addFiles' }] as const

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  return (
    <Dialog title={t('keys.title')} titleId="shortcuts-title" onClose={onClose}>
      <ShortcutTable rows={SHORTCUTS} />
      <h3 className="shortcuts-section">{t('keys.annotations')}</h3>
      <ShortcutTable rows={ANNOTATION_SHORTCUTS} />
      <h3 className="shortcuts-section">{t('keys.search')}</h3>
      <ShortcutTable rows={SEARCH_SHORTCUTS} />
      <h3 className="shortcuts-section">{t('keys.library')}</h3>
      <ShortcutTable rows={LIBRARY_SHORTCUTS} />
      <DialogActions />
    </Dialog>
  )
}
