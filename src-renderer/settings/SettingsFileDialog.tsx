// The settings file: save this installation's settings and saved searches to a file, or read
// one (from another computer, a fresh install), see what it would change, then import it.
import { useState } from 'react'
import type { Settings, SettingsField, SettingsFileImport } from '../../src-shared/api'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { download } from '../api/download'
import { chooseLanguage, useT } from '../i18n'
import { savedSearchesChanged, useApi } from '../store/app-state'
import { Dialog, DialogActions } from '../ui/Dialog'
import { Problem } from '../ui/Problem'

const FIELD_NAMES: Record<SettingsField, MessageKey> = {
  reader: 'settingsFile.fieldReader',
  interfaceLanguage: 'settingsFile.fieldLanguage',
  lastColor: 'settingsFile.fieldColour',
  exportTemplate: 'settingsFile.fieldTemplate',
  exportFlavour: 'settingsFile.fieldFlavour',
  exportColours: 'settingsFile.fieldExportColours',
  archiveUpdateUrl: 'settingsFile.fieldUpdateUrl',
  name: 'settingsFile.fieldName',
}

interface Props {
  onClose: () => void
  /** The settings after an import, for the app to show at once. */
  onImported: (settings: Settings) => void
}

function Summary({ s }: { s: SettingsFileImport }) {
  const t = useT()
  const fields = s.changed.map((f) => t(FIELD_NAMES[f])).join(', ')
  return (
    <div className="settings-file-summary" role="status">
      <p>
        {s.changed.length === 0
          ? t('settingsFile.noChange')
          : t(s.applied ? 'settingsFile.changed' : 'settingsFile.willChange', { fields })}
      </p>
      {s.searchesAdded.length > 0 && (
        <p>
          {t(s.applied ? 'settingsFile.searchesAdded' : 'settingsFile.searchesToAdd', {
            count: s.searchesAdded.length,
            names: s.searchesAdded.join(', '),
          })}
        </p>
      )}
      {s.searchesPresent > 0 && (
        <p>{t('settingsFile.searchesPresent', { count: s.searchesPresent })}</p>
      )}
      {s.searchesOverLimit > 0 && (
        <p>{t('settingsFile.searchesOverLimit', { count: s.searchesOverLimit })}</p>
      )}
      {s.skipped.length > 0 && (
        <p className="hint">{t('settingsFile.skipped', { fields: s.skipped.join(', ') })}</p>
      )}
    </div>
  )
}

export function SettingsFileDialog({ onClose, onImported }: Props) {
  const t = useT()
  const api = useApi()
  const [content, setContent] = useState<string | null>(null)
  const [preview, setPreview] = useState<SettingsFileImport | null>(null)
  const [done, setDone] = useState<SettingsFileImport | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const save = async () => {
    const r = await api['settings.exportFile']({})
    if (!r.ok) return setProblem(r.error.message)
    download(r.value.name, r.value.content)
    setSaved(t('settingsFile.saved', { name: r.value.name }))
  }

  const choose = async (file: File | undefined) => {
    setPreview(null)
    setDone(null)
    setProblem(null)
    if (!file) return
    const text = await file.text()
    setContent(text)
    setBusy(true)
    const r = await api['settings.importFile']({ content: text, apply: false })
    setBusy(false)
    if (r.ok) setPreview(r.value)
    else setProblem(r.error.message)
  }

  const apply = async () => {
    if (content === null) return
    setBusy(true)
    const r = await api['settings.importFile']({ content, apply: true })
    setBusy(false)
    if (!r.ok) return setProblem(r.error.message)
    setPreview(null)
    setDone(r.value)
    if (r.value.searchesAdded.length) savedSearchesChanged()
    if (r.value.settings) {
      if (r.value.changed.includes('interfaceLanguage'))
        void chooseLanguage(r.value.settings.interfaceLanguage)
      onImported(r.value.settings)
    }
  }

  const changes = preview ? preview.changed.length + preview.searchesAdded.length : 0
  return (
    <Dialog title={t('settingsFile.title')} titleId="settings-file-title" onClose={onClose}>
      <p className="hint">{t('settingsFile.intro')}</p>
      <section aria-labelledby="settings-file-save">
        <h3 id="settings-file-save">{t('settingsFile.saveHeading')}</h3>
        <button type="button" onClick={() => void save()}>
          {t('settingsFile.save')}
        </button>
        {saved && <p role="status">{saved}</p>}
      </section>
      <section aria-labelledby="settings-file-import">
        <h3 id="settings-file-import">{t('settingsFile.importHeading')}</h3>
        <label className="file-field">
          {t('settingsFile.choose')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
        <Problem message={problem} />
        {preview && <Summary s={preview} />}
        {done && <Summary s={done} />}
      </section>
      <DialogActions
        closeLabel={done ? t('editor.done') : t('linkConfirm.cancel')}
        closeAutoFocus={false}
      >
        <button
          type="button"
          className="primary"
          onClick={() => void apply()}
          disabled={busy || !preview || changes === 0}
        >
          {t('settingsFile.import')}
        </button>
      </DialogActions>
    </Dialog>
  )
}
