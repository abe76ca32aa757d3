// One wait on the core for the whole page: it answers as soon as anything shared in a study
// group changes (another member's file arrived, a pack was taken in), and the reader then
// reloads what it shows. Only while one is in a group; a failed wait is retried after a pause.
import { useEffect, useState } from 'react'
import type { ApiClient } from '../../src-shared/api'

const RETRY_MS = 3000

export function useGroupsVersion(api: ApiClient, recheck: number): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    void (async () => {
      const list = await api['groups.list']({})
      if (!live || !list.ok || list.value.groups.every((g) => g.status === 'left')) return
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
  }, [api, recheck])
  return version
}
