// The contract's settings and reading-position methods, over their two JSON stores.
import type { Settings } from '../../src-shared/api'
import { err, ok } from '../../src-shared/result'
import { lookup } from '../../src-shared/safe-keys'
import type { JsonStore } from '../storage/json-store'
import type { EventHub, CoreEvents } from './events'
import type { HandlerSlice } from './handler-slice'
import type { ReadingPositions } from './reading-positions'
import { reasonOf } from './error-reason'

export function settingsHandlers({
  settings,
  reading,
  now,
  events,
}: {
  events?: EventHub<CoreEvents>
  settings: JsonStore<Settings>
  reading: JsonStore<ReadingPositions>
  now: () => Date
}): HandlerSlice<'settings' | 'reading'> {
  return {
    async 'settings.get'() {
      // A change asked for just before (the last article, as a page reloads) is answered, not
      // the data from before it: reads wait for the writes in flight.
      await settings.idle()
      return ok(settings.data)
    },
    async 'settings.update'(change) {
      try {
        const saved = await settings.update((draft) => {
          if (change.lastArticleId !== undefined) draft.lastArticleId = change.lastArticleId
          if (change.reader) Object.assign(draft.reader, change.reader)
          if (change.identity) {
            draft.identity.name = change.identity.name
            if (change.identity.colour) draft.identity.colour = change.identity.colour
          }
          if (change.lastColor) draft.lastColor = change.lastColor
          if (change.exportTemplate !== undefined) draft.exportTemplate = change.exportTemplate
          if (change.exportFlavour !== undefined) draft.exportFlavour = change.exportFlavour
          if (change.exportColours !== undefined) draft.exportColours = change.exportColours
          if (change.interfaceLanguage !== undefined)
            draft.interfaceLanguage = change.interfaceLanguage
          if (change.exportFolder !== undefined) draft.exportFolder = change.exportFolder
          if (change.archiveUpdateUrl !== undefined)
            draft.archiveUpdateUrl = change.archiveUpdateUrl
        })
        await events?.emit('settings.changed', { settings: saved })
        return ok(saved)
      } catch (error) {
        return err('storage', { key: 'settings.saveFailed', values: { reason: reasonOf(error) } })
      }
    },
    async 'reading.get'({ id }) {
      return ok(lookup(reading.data.positions, id) ?? null)
    },
    async 'reading.save'({ id, block, progress }) {
      const position = { block, progress, updated: now().toISOString() }
      try {
        await reading.update((draft) => {
          draft.positions[id] = position
        })
        return ok(position)
      } catch (error) {
        return err('storage', { key: 'reading.saveFailed', values: { reason: reasonOf(error) } })
      }
    },
  }
}
