// The study groups for the whole page: the list of groups and one's own identity (asked for
// once, and again whenever something changed, not at every article opened), and one wait on
// the core that answers as soon as anything shared in a group changes (another member's file
// arrived, a pack was taken in), so the reader reloads what it shows. The wait runs only while
// one is in a group; a failed wait is retried after a pause.
import { useEffect } from 'react'
import type { ApiClient } from '../../src-shared/api'
import { appState, useAppState, type GroupsState } from '../store/app-state'

const RETRY_MS = 3000

export type Groups = GroupsState
export type GroupsList = NonNullable<GroupsState['list']>

/** The study groups, as the page knows them now. */
export function useGroups(): Groups {
  return useAppState((s) => s.groups)
}

/**
 * Keeps the app state's groups current (run once, by the shell): read again when groups were
 * joined or left or one's identity changed (groupsVersion), and whenever anything shared in
 * them changes.
 */
export function useGroupsSync(api: ApiClient): void {
  const recheck = useAppState((s) => s.groupsVersion)
  const version = useAppState((s) => s.groups.version)
  const list = useAppState((s) => s.groups.list)
  const setGroups = (patch: Partial<GroupsState>) =>
    appState.set((s) => ({ groups: { ...s.groups, ...patch } }))
  useEffect(() => {
    let live = true
    void api['groups.list']({}).then((r) => {
      if (live && r.ok) setGroups({ list: r.value })
    })
    return () => {
      live = false
    }
  }, [api, recheck, version])

  const waiting = !!list && list.groups.some((g) => g.status !== 'left')
  useEffect(() => {
    if (!waiting) return
    let live = true
    void (async () => {
      let since = 0
      while (live) {
        const r = await api['groups.changes']({ since, waitMs: 20_000 })
        if (!live) return
        if (!r.ok) {
          await new Promise((done) => setTimeout(done, RETRY_MS))
          continue
        }
        if (r.value.version !== since) {
          since = r.value.version
          setGroups({ version: since })
        }
      }
    })()
    return () => {
      live = false
    }
  }, [api, waiting, recheck])
}
