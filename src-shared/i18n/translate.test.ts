import { describe, expect, it } from 'vitest'
import { ENGLISH, translatorFor } from './catalogs'
import { verbatim, type Message } from './translate'

describe('messages carried as data', () => {
  it('put a reason inside a sentence in the same language', async () => {
    const reason: Message = { key: 'reason.diskFull', values: { code: 'ENOSPC' } }
    const error: Message = { key: 'settings.saveFailed', values: { reason } }
    expect(ENGLISH.message(error)).toBe(
      'Your settings could not be saved: the disk is full (ENOSPC)',
    )
    const el = await translatorFor('el')
    const greek = el.message(error)
    expect(greek).toContain('ENOSPC')
    expect(greek).not.toContain('disk')
    expect(greek).not.toBe(ENGLISH.message(error))
  })

  it('name a language in the language of the interface', async () => {
    const guessed: Message = {
      key: 'addFiles.languageGuessed',
      values: { lang: { language: 'tr' } },
    }
    expect(ENGLISH.message(guessed)).toContain('(Turkish)')
    expect((await translatorFor('de')).message(guessed)).toContain('Türkisch')
  })

  it('show an outside text as it is, and a key this version does not know by its text', () => {
    expect(ENGLISH.message(verbatim('ECONNRESET <b>'))).toBe('ECONNRESET <b>')
    const unknown = { key: 'from.a.newer.version', values: { text: 'kept words' } } as never
    expect(ENGLISH.message(unknown)).toBe('kept words')
    expect(ENGLISH.message({ key: '__proto__' } as never)).toBe('__proto__')
  })
})
