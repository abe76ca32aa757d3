// How copies of one member's words in one article combine, whichever way they came (the group
// folder, a pack file, the copy kept from before): by id, the newer `modified` wins; a deletion
// wins over a version it is not older than, and loses to a newer one. The same rules as
// importing annotations. Pure.
import type { MemberArticle } from './group-files'

interface Stamped {
  id: string
  modified: string
}

function mergeList<T extends Stamped>(
  lists: readonly (readonly T[])[],
  deleted: ReadonlyMap<string, string>,
): T[] {
  const byId = new Map<string, T>()
  for (const list of lists) {
    for (const item of list) {
      const seen = byId.get(item.id)
      if (!seen || item.modified > seen.modified) byId.set(item.id, item)
    }
  }
  return [...byId.values()].filter((x) => {
    const gone = deleted.get(x.id)
    return gone === undefined || gone < x.modified
  })
}

export function mergeMemberArticles(
  copies: readonly (MemberArticle | undefined)[],
): MemberArticle | undefined {
  const present = copies.filter((c): c is MemberArticle => c !== undefined)
  if (present.length <= 1) return present[0]
  const deleted = new Map<string, string>()
  for (const c of present) {
    for (const d of c.deleted) {
      const seen = deleted.get(d.id)
      if (!seen || d.deleted > seen) deleted.set(d.id, d.deleted)
    }
  }
  return {
    articleId: present[0]!.articleId,
    annotations: mergeList(
      present.map((c) => c.annotations),
      deleted,
    ),
    replies: mergeList(
      present.map((c) => c.replies),
      deleted,
    ),
    deleted: [...deleted].map(([id, at]) => ({ id, deleted: at })),
  }
}
