// Who the user is to study groups and in their annotations: an id made once and kept in the
// settings, with the name and colour they choose. A settings file that cannot be written (read
// only) still gives this session an id of its own, kept in memory.
import { randomUUID } from 'node:crypto'
import type { Settings } from '../../src-shared/api'
import type { Member } from '../../src-shared/group'
import type { JsonStore } from '../storage/json-store'

export async function ensureIdentity(settings: JsonStore<Settings>): Promise<() => Member> {
  let fallback = settings.data.identity
  if (!fallback.id) {
    fallback = { id: randomUUID(), name: '', colour: '' }
    const made = fallback
    await settings
      .update((draft) => {
        draft.identity = made
      })
      .catch(() => undefined)
  }
  return () => {
    const { id, name, colour } = settings.data.identity.id ? settings.data.identity : fallback
    return { id, name, colour }
  }
}
