// Choosing the interface's language: shown at once (every component re-renders in it), and
// saved in the settings so the next start, and the desktop menus, use it too.
import { useCallback } from 'react'
import type { UiLanguage } from '../../src-shared/i18n/languages'
import { chooseLanguage } from '../i18n'
import { report, useApi } from '../store/app-state'

export function useInterfaceLanguageChooser(): (language: UiLanguage | null) => void {
  const api = useApi()
  return useCallback(
    (language) => {
      void chooseLanguage(language)
      void api['settings.update']({ interfaceLanguage: language }).then((r) => {
        if (!r.ok) report(r.error.message)
      })
    },
    [api],
  )
}
