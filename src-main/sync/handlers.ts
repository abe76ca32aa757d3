// The contract's sync methods: the sources (with each one's last result), progress, saving the
// sources, and a run. Without a library there is nothing to sync into.
import type { SyncSource } from '../../src-shared/api'
import { err, ok } from '../../src-shared/result'
import type { HandlerSlice } from '../core/handler-slice'
import { sourcesProblem, type SyncService } from './sync-service'
import { reasonOf } from '../core/error-reason'
import { type Message } from '../../src-shared/i18n/translate'

export function syncHandlers(sync: SyncService | null, noLibrary: Message): HandlerSlice<'sync'> {
  const withLast = (list: SyncSource[]): SyncSource[] =>
    list.map((s) => ({ ...s, last: sync?.lastResults()[s.id] ?? null }))
  return {
    async 'sync.sources'() {
      return ok(withLast(sync?.sources() ?? []))
    },
    async 'sync.progress'() {
      return ok(sync?.progress() ?? null)
    },
    async 'sync.saveSources'({ sources }) {
      if (!sync) return err('unavailable', noLibrary)
      const problem = sourcesProblem(sources)
      if (problem) return err('invalid_input', problem)
      try {
        return ok(withLast(await sync.saveSources(sources)))
      } catch (error) {
        return err('storage', { key: 'sync.saveFailed', values: { reason: reasonOf(error) } })
      }
    },
    async 'sync.run'({ sources, full }) {
      if (!sync) return err('unavailable', noLibrary)
      try {
        return ok(await sync.run(sources, undefined, full))
      } catch (error) {
        return err('storage', { key: 'sync.runFailed', values: { reason: reasonOf(error) } })
      }
    },
  }
}
