// The `?` help: every reader shortcut, from the same table the key handler uses, and the keys
// for highlighting, notes and search.
import { ANNOTATION_SHORTCUTS } from '../annotations'
import { SHORTCUTS } from './shortcuts'
import { Dialog, DialogActions } from '../ui/Dialog'

function ShortcutTable({ rows }: { rows: readonly { label: string; description: string }[] }) {
  return (
    <table className="shortcuts">
      <tbody>
        {rows.map((s) => (
          <tr key={s.label}>
            <td>
              <kbd>{s.label}</kbd>
            </td>
            <td>{s.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const SEARCH_SHORTCUTS = [
  { label: 'Ctrl/⌘ K', description: 'Search articles and notes' },
  { label: 'Shift Ctrl/⌘ K', description: 'Search for the selected text' },
  { label: '↑ ↓ Enter', description: 'Choose a result and open it at the match' },
]

const LIBRARY_SHORTCUTS = [
  { label: 'Ctrl/⌘ O', description: 'Add files to your library (or drop them on the window)' },
]

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" titleId="shortcuts-title" onClose={onClose}>
      <ShortcutTable rows={SHORTCUTS} />
      <h3 className="shortcuts-section">Highlights and notes</h3>
      <ShortcutTable rows={ANNOTATION_SHORTCUTS} />
      <h3 className="shortcuts-section">Search</h3>
      <ShortcutTable rows={SEARCH_SHORTCUTS} />
      <h3 className="shortcuts-section">Library</h3>
      <ShortcutTable rows={LIBRARY_SHORTCUTS} />
      <DialogActions />
    </Dialog>
  )
}
