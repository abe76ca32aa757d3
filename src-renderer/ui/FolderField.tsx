// A folder's path: typed, or in the desktop app chosen with the system's folder dialog
// ("Choose…"). A browser page has no folder picker, so there the button is not shown.
import { useEffect, useState } from 'react'
import type { ApiClient } from '../../src-shared/api'
import { useApi } from '../store/app-state'
import { useT } from '../i18n'

interface Props {
  label: string
  value: string
  onChange: (path: string) => void
  placeholder: string
  /** The title of the system's dialog. */
  title: string
  required?: boolean
}

let host: Promise<string | null> | null = null
function appHost(api: ApiClient): Promise<string | null> {
  return (host ??= api['app.info']({}).then((r) => (r.ok ? r.value.host : null)))
}

export function FolderField({ label, value, onChange, placeholder, title, required }: Props) {
  const t = useT()
  const api = useApi()
  const [desktop, setDesktop] = useState(false)
  useEffect(() => {
    let live = true
    void appHost(api).then((h) => live && setDesktop(h === 'electron'))
    return () => {
      live = false
    }
  }, [api])
  const choose = async () => {
    const r = await api['app.chooseFolder']({ title })
    if (r.ok && r.value) onChange(r.value)
  }
  return (
    <label className="folder-field">
      {label}{' '}
      <span className="folder-input">
        <input
          value={value}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
          spellCheck={false}
        />
        {desktop && (
          <button type="button" onClick={() => void choose()}>
            {t('ui.choose')}
          </button>
        )}
      </span>
    </label>
  )
}
