// The terminal's language for the `scholion` command: LC_ALL, then LC_MESSAGES, then LANG, as
// POSIX programs choose it ("C" and "POSIX" mean English), one of the interface's languages.
import { translatorFor } from '../../src-shared/i18n/catalogs'
import { pickLanguage, type UiLanguage } from '../../src-shared/i18n/languages'
import type { Translate } from '../../src-shared/i18n/translate'

export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): UiLanguage {
  // The first one set decides, as in POSIX: LC_ALL=C means English whatever LANG says.
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((l): l is string => !!l)
  return first ? pickLanguage([first]) : 'en'
}

export function terminalTranslator(env: NodeJS.ProcessEnv = process.env): Promise<Translate> {
  return translatorFor(terminalLanguage(env))
}
