// Why something failed, as a message the page can show in its own language: an error made with
// a message keeps it; a system error is named by its code (the disk is full, no permission…);
// anything else gives its own words, which have no translation.
import { ENGLISH } from '../../src-shared/i18n/catalogs'
import { verbatim, type Message, type MessageKey } from '../../src-shared/i18n/translate'

/** An error whose message is a catalog message; thrown inside the core, shown by its message. */
export class MessageError extends Error {
  constructor(readonly said: Message) {
    super(ENGLISH.message(said))
  }
}

const SYSTEM_ERRORS: Record<string, MessageKey> = {
  ENOSPC: 'reason.diskFull',
  EDQUOT: 'reason.diskFull',
  EACCES: 'reason.noPermission',
  EPERM: 'reason.noPermission',
  EROFS: 'reason.readOnly',
  ENOENT: 'reason.missing',
  ENOTDIR: 'reason.missing',
  EISDIR: 'reason.isFolder',
  EMFILE: 'reason.tooManyFiles',
  ENFILE: 'reason.tooManyFiles',
  EBUSY: 'reason.busy',
  EIO: 'reason.ioError',
}

export function reasonOf(error: unknown): Message {
  if (error instanceof MessageError) return error.said
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    const key =
      code !== undefined && Object.hasOwn(SYSTEM_ERRORS, code) ? SYSTEM_ERRORS[code] : null
    return key ? { key, values: { code: code! } } : verbatim(error.message)
  }
  return verbatim(String(error))
}
