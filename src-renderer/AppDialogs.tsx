// The app's dialogs, one at a time: which one is shown, with what it was opened on (files
// dropped on the window, a file opened with the desktop app), is the app's state; this draws it.
import type { Settings } from '../src-shared/api'
import type { OpenedFile } from '../src-shared/bridge'
import { UpdateArchiveDialog } from './archive'
import { AboutDialog } from './app'
import { ExportDialog, ImportDialog } from './exchange'
import { GroupsDialog } from './groups'
import { AddFilesDialog } from './library'
import { SettingsFileDialog } from './settings'
import { SyncDialog } from './sync'

export type DialogKind =
  | 'none'
  | 'about'
  | 'import'
  | 'export'
  | 'add-files'
  | 'sync'
  | 'groups'
  | 'update-archive'
  | 'settings-file'

/** The dialog shown, and what it was opened on. */
export interface ShownDialog {
  kind: DialogKind
  /** An archive update pack dropped on the window, for the update dialog. */
  droppedPack?: File
  /** An archive update pack opened with the desktop app, received by the main process. */
  openedPack?: OpenedFile
  /** Files dropped on the window, for the add-files dialog. */
  dropped?: File[]
  /** An annotation file opened with the desktop app, for the import preview. */
  openedFile?: OpenedFile
}

export const NO_DIALOG: ShownDialog = { kind: 'none' }

interface Props {
  dialog: ShownDialog
  show: (dialog: ShownDialog) => void
  /** Opens an article (and closes the dialog). */
  onOpen: (id: string) => void
  /** Settings imported from a file, to show at once. */
  onSettingsImported: (settings: Settings) => void
}

export function AppDialogs({ dialog, show, onOpen, onSettingsImported }: Props) {
  const close = () => show(NO_DIALOG)
  switch (dialog.kind) {
    case 'none':
      return null
    case 'about':
      return (
        <AboutDialog
          onClose={close}
          onUpdateArchive={() => show({ kind: 'update-archive' })}
          onSettingsFile={() => show({ kind: 'settings-file' })}
        />
      )
    case 'settings-file':
      return <SettingsFileDialog onClose={close} onImported={onSettingsImported} />
    case 'update-archive':
      return (
        <UpdateArchiveDialog
          dropped={dialog.droppedPack ?? null}
          opened={dialog.openedPack ?? null}
          onClose={close}
          onOpen={(id) => {
            close()
            onOpen(id)
          }}
        />
      )
    case 'add-files':
      return <AddFilesDialog dropped={dialog.dropped ?? null} onClose={close} onOpen={onOpen} />
    case 'sync':
      return <SyncDialog onClose={close} onOpen={onOpen} />
    case 'groups':
      return <GroupsDialog onClose={close} />
    case 'export':
      return <ExportDialog scope={{}} onClose={close} />
    case 'import':
      return (
        <ImportDialog
          initial={dialog.openedFile ?? null}
          onClose={close}
          onImported={() => undefined}
        />
      )
  }
}
