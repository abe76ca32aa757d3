// What the study groups add to the open article: the others' annotations and everyone's
// replies (reloaded whenever the groups' version moves; not asked for at all when one is in no
// group), the groups one can share with, and whose highlights are shown (everyone, only one's
// own, or a choice of members; remembered).
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ApiClient } from '../../src-shared/api'
import type { GroupArticle, Member, Reply } from '../../src-shared/group'
import type { Groups } from './use-groups'

const HIDDEN_KEY = 'scholion.hiddenMembers'
const SHARE_KEY = 'scholion.shareTo'

function stored<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(key)
    return raw === null ? fallback : (JSON.parse(raw) as T)
  } catch {
    return fallback
  }
}

export function useGroupView(
  api: ApiClient,
  articleId: string,
  { version, list }: Groups,
  report: (message: string) => void,
) {
  const [view, setView] = useState<GroupArticle | null>(null)
  const groups = useMemo(() => list?.groups ?? [], [list])
  const me = list?.me ?? null
  const [hidden, setHidden] = useState<string[]>(() => stored(HIDDEN_KEY, []))
  const [shareTo, setShareToState] = useState<string>(() => stored(SHARE_KEY, ''))

  const inGroups = groups.length > 0
  const load = useCallback(async () => {
    // Not in a group: nothing to ask while the article opens.
    if (!inGroups) return setView(null)
    const article = await api['groups.forArticle']({ articleId })
    if (article.ok) setView(article.value)
    else report(article.error.message)
  }, [api, articleId, report, inGroups])
  useEffect(() => {
    void load()
  }, [load, version])

  const open = useMemo(() => groups.filter((g) => g.status !== 'left'), [groups])
  // A group left (or gone) is no longer where new highlights go.
  const share = open.some((g) => g.id === shareTo) ? shareTo : ''
  const setShareTo = (id: string) => {
    setShareToState(id)
    window.localStorage.setItem(SHARE_KEY, JSON.stringify(id))
  }
  const setHiddenMembers = (ids: string[]) => {
    setHidden(ids)
    window.localStorage.setItem(HIDDEN_KEY, JSON.stringify(ids))
  }

  // Members of every group, once each; oneself first.
  const people = useMemo(() => {
    const seen = new Map<string, Member & { me: boolean }>()
    for (const m of view?.members ?? []) if (!seen.has(m.id)) seen.set(m.id, m)
    return [...seen.values()].sort((a, b) => Number(b.me) - Number(a.me))
  }, [view])
  const others = useMemo(
    () => (view?.others ?? []).filter((a) => !hidden.includes(a.creator.id)),
    [view, hidden],
  )

  /** Runs a change to a reply; reloads on success, says why on failure. */
  const replyChange = useCallback(
    async (
      call: () => Promise<{ ok: true; value: Reply } | { ok: false; error: { message: string } }>,
    ) => {
      const r = await call()
      if (!r.ok) {
        report(r.error.message)
        return false
      }
      await load()
      return true
    },
    [load, report],
  )

  return {
    inGroups,
    /** Groups one can share with. */
    groups: open,
    me,
    people,
    others,
    replies: view?.replies ?? [],
    hidden,
    setHidden: setHiddenMembers,
    showOwn: !!me && !hidden.includes(me.id),
    shareTo: share,
    setShareTo,
    reply: (groupId: string, annotationId: string, text: string) =>
      replyChange(() => api['groups.reply']({ groupId, articleId, annotationId, text })),
    editReply: (groupId: string, id: string, text: string) =>
      replyChange(() => api['groups.editReply']({ groupId, id, text })),
    deleteReply: (groupId: string, id: string) =>
      replyChange(() => api['groups.deleteReply']({ groupId, id })),
  }
}

export type GroupView = ReturnType<typeof useGroupView>
