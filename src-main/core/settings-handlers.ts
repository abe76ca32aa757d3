// The contract's settings and reading-position methods, over their two JSON stores, and the
// settings file (settings-file.ts) that carries the settings and the saved searches.
import type { Settings } from '../../src-shared/api'
import { err, ok } from '../../src-shared/result'
import { lookup } from '../../src-shared/safe-keys'
import type { JsonStore } from '../storage/json-store'
import type { EventHub, CoreEvents } from './events'
import type { HandlerSlice } from './handler-slice'
import type { ReadingPositions } from './reading-positions'
import { reasonOf } from './error-reason'
import { applyCarried, changedFields, readSettingsFile, settingsFileText } from './settings-file'

/** The saved searches, as the settings file sees them. */
export interface CarriedSearches {
  list(): readonly { name: string; query: string }[]
  importMany(
    list: readonly { name: string; query: string }[],
    dryRun: boolean,
  ): Promise<{ added: string[]; present: number; overLimit: number }>
}

export function settingsHandlers({
  settings,
  reading,
  searches,
  now,
  events,
}: {
  events?: EventHub<CoreEvents>
  settings: JsonStore<Settings>
  reading: JsonStore<ReadingPositions>
  searches: CarriedSearches
  now: () => Date
}): HandlerSlice<'settings' | 'reading'> {
  return {
    async 'settings.exportFile'() {
      await settings.idle()
      const day = now().toISOString().slice(0, 10)
      return ok({
        name: `scholion-settings-${day}.json`,
        content: settingsFileText(settings.data, searches.list(), now()),
      })
    },
    async 'settings.importFile'({ content, apply }) {
      const read = readSettingsFile(content)
      if (!read.ok) return read
      const { settings: carried, skipped } = read.value
      await settings.idle()
      const changed = changedFields(settings.data, carried)
      try {
        const added = await searches.importMany(read.value.searches, !apply)
        let saved: Settings | null = null
        if (apply) {
          saved = await settings.update((draft) => applyCarried(draft, carried))
          await events?.emit('settings.changed', { settings: saved })
        }
        return ok({
          applied: apply,
          changed,
          searchesAdded: added.added,
          searchesPresent: added.present,
          searchesOverLimit: added.overLimit,
          skipped,
          settings: saved,
        })
      } catch (error) {
        return err('storage', { key: 'settings.saveFailed', values: { reason: reasonOf(error) } })
      }
    },
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
