// The interface's language in the main process (menus, notifications): the one chosen in the
// settings, else the system's (Electron's app.getLocale()), with its translator.
import { translatorFor } from '../../src-shared/i18n/catalogs'
import { interfaceLanguage, type UiLanguage } from '../../src-shared/i18n/languages'
import type { Translate } from '../../src-shared/i18n/translate'

export function mainTranslator(
  chosen: UiLanguage | null,
  systemLocale: string,
): Promise<Translate> {
  return translatorFor(interfaceLanguage(chosen, [systemLocale]))
}
