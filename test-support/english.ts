// A message (a core error's or a report's) in English, for tests that read what a user reads.
import { ENGLISH } from '../src-shared/i18n/catalogs'
import type { Message } from '../src-shared/i18n/translate'

export function english(message: Message | null | undefined): string {
  return message ? ENGLISH.message(message) : ''
}
