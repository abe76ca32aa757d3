import { afterEach, expect, it } from 'vitest'
import { createClient } from '../../src-shared/api'
import { err, ok } from '../../src-shared/result'
import { chooseLanguage } from '../i18n'
import { localisedClient } from './localised-client'

afterEach(() => chooseLanguage(null))

it('gives an error that carries a message in the language shown when it arrives', async () => {
  const client = localisedClient(
    createClient(async (method) =>
      method === 'annotations.delete'
        ? err('not_found', { key: 'annotations.gone' })
        : method === 'settings.get'
          ? err('internal', { key: 'common.verbatim', values: { text: 'as it came' } })
          : ok(null),
    ),
  )
  await chooseLanguage('el')
  const gone = await client['annotations.delete']({ articleId: 'a', id: 'b' })
  expect(gone.ok).toBe(false)
  if (gone.ok) return
  expect(gone.error.code).toBe('not_found')
  expect(gone.error.message).not.toBe('That annotation no longer exists.')
  expect(gone.error.message).toMatch(/\p{Script=Greek}/u)
  await chooseLanguage('en')
  const again = await client['annotations.delete']({ articleId: 'a', id: 'b' })
  expect(!again.ok && again.error.message).toBe('That annotation no longer exists.')
  const outside = await client['settings.get']({})
  expect(!outside.ok && outside.error.message).toBe('as it came')
})
