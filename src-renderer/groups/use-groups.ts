// The study groups for the whole page: the list of groups and one's own identity (asked for
// once, and again whenever something changed, not at every article opened), and one wait on
// the core that answers as soon as anything shared in a group changes (another member's file
// arrived, a pack was taken in), so the reader reloads what it shows. The wait runs only while
// one is in a group; a failed wait is retried after a pause.
import { useEffect, useState } from 'react'
import type { ApiClient } from '../../src-shared/api'
import type { GroupInfo, Member } from '../../src-shared/group'
import { useAppState } from '../store/app-state'

const RETRY_MS = 3000

export interface GroupsList {
  groups: GroupInfo[]
  me: Member
}

export interface Groups {
  /** Moves whenever anything shared in a study group changes. */
  version: number
  /** Null until first read. */
  list: GroupsList | null
}

/** The groups, read again when they were joined or left or one's identity changed (the
 * app state's groupsVersion), and whenever anything shared in them changes. */
export function useGroups(api: ApiClient): Groups {
  const recheck = useAppState((s) => s.groupsVersion)
  const [version, setVersion] = useState(0)
  const [list, setList] = useState<GroupsList | null>(null)
  useEffect(() => {
    let live = true
    void api['groups.list']({}).then((r) => {
      if (live && r.ok) setList(r.value)
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
          setVersion(since)
        }
      }
    })()
    return () => {
      live = false
    }
  }, [api, waiting, recheck])
  return { version, list }
}
