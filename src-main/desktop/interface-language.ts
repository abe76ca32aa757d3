// The interface's language in the main process (menus, notifications): the one chosen in the
// settings, else the system's (Electron's app.getLocale()), with its catalog loaded.
import { loadCatalog } from '../../src-shared/i18n/catalogs'
import { interfaceLanguage, type UiLanguage } from '../../src-shared/i18n/languages'
import { createTranslator, type Translate } from '../../src-shared/i18n/translate'

export async function mainTranslator(
  chosen: UiLanguage | null,
  systemLocale: string,
): Promise<Translate> {
  const lang = interfaceLanguage(chosen, [systemLocale])
  return createTranslator(lang, await loadCatalog(lang))
}
