// The reader settings as React state: loaded once (by the app, with the other settings),
// applied at once on every change (and when the OS switches light/dark), saved through the API;
// a failed save is reported, not hidden.
import { useCallback, useEffect, useState } from 'react'
import { DEFAULT_READER, type ApiClient, type ReaderSettings } from '../../src-shared/api'
import { applyReaderStyle } from './reader-style'

function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)'
  const [dark, setDark] = useState(() => window.matchMedia?.(query).matches ?? false)
  useEffect(() => {
    const list = window.matchMedia?.(query)
    if (!list) return
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches)
    list.addEventListener('change', onChange)
    return () => list.removeEventListener('change', onChange)
  }, [])
  return dark
}

export function useReaderSettings(api: ApiClient, report: (message: string) => void) {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER)
  const systemDark = useSystemDark()

  useEffect(
    () => applyReaderStyle(document.documentElement, settings, systemDark),
    [settings, systemDark],
  )

  const change = useCallback(
    (patch: Partial<ReaderSettings>) => {
      setSettings((current) => ({ ...current, ...patch }))
      void api['settings.update']({ reader: patch }).then((r) => {
        if (!r.ok) report(r.error.message)
      })
    },
    [api, report],
  )
  // The app reads all settings once at start and hands the reader's part here.
  return { settings, change, load: setSettings }
}
