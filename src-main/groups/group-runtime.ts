// One group while the app runs: one's own share (written into the folder, or waiting for it),
// the others' files (read, watched and polled), and what came in pack files (kept in
// groups/<id>/received.json). It answers for one article at a time: who is there, the others'
// annotations and everyone's replies, each member's copies merged by the exchange rules.
import { watch, type FSWatcher } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { annotationSchema, type Annotation } from '../../src-shared/annotation'
import type { GroupInfo, GroupWarning, Member, Reply } from '../../src-shared/group'
import { ok, err, type Result } from '../../src-shared/result'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import { openFolderReader, type FolderReader } from './folder-reader'
import { isMemberId, type Manifest, type MemberArticle } from './group-files'
import type { PackContent } from './group-pack'
import { mergeMemberArticles } from './merge'
import { openOwnShare, replySchema, type OwnShare } from './own-share'
import { isSafeKey, lookup, safeKey } from '../../src-shared/safe-keys'
import { reasonOf } from '../core/error-reason'

export interface GroupEntry extends Manifest {
  folder: string | null
  joined: string
  left: string | null
}

const articleSchema = z.object({
  articleId: z.string(),
  annotations: z.array(annotationSchema),
  replies: z.array(replySchema),
  deleted: z.array(z.object({ id: z.string(), deleted: z.string() })),
})
const receivedSchema = z.object({
  members: z.array(z.object({ id: z.string(), name: z.string(), colour: z.string() })),
  shares: z.record(safeKey, z.record(safeKey, articleSchema)),
})
type Received = z.output<typeof receivedSchema>

const UNKNOWN_COLOUR = '#57534e'

/** Words signed with the name the member goes by now (it may have changed since). */
function named<T extends { creator: { id: string; name: string } }>(x: T, m: Member): T {
  return m.name && m.name !== x.creator.name ? { ...x, creator: { ...x.creator, name: m.name } } : x
}
const DEBOUNCE_MS = 80

export interface ArticleView {
  members: (Member & { me: boolean })[]
  others: { annotation: Annotation; colour: string }[]
  replies: Reply[]
}

export interface GroupRuntime {
  readonly entry: GroupEntry
  readonly own: OwnShare
  info(me: Member): GroupInfo
  /** Files of others that could not be read (cheap: no counting). */
  warnings(): readonly GroupWarning[]
  article(articleId: string, me: Member): ArticleView
  saveReply(reply: Reply): Promise<Result<Reply>>
  /** Writes what waits, soon (changes come in bursts). */
  schedule(): void
  /** Writes what waits, then reads what changed. */
  refresh(): Promise<void>
  flush(): Promise<boolean>
  /** Resolves once the copies of what was read are written. */
  idle(): Promise<void>
  pack(me: Member, own: readonly Annotation[]): PackContent
  allOthers(meId: string): { annotation: Annotation; colour: string }[]
  receive(
    pack: PackContent,
    meId: string,
  ): Promise<{ members: number; annotations: number; replies: number }>
  close(): void
}

export async function openGroupRuntime(o: {
  entry: GroupEntry
  dir: string
  me: () => Member
  ownIn: (articleId: string) => Promise<readonly Annotation[]>
  source: (articleId: string) => string
  now: () => Date
  watch: boolean
  pollMs: number
  onChange: () => void
}): Promise<GroupRuntime> {
  const { entry } = o
  const own = await openOwnShare(o.dir, o.now)
  const received: JsonStore<Received> = await openJsonStore({
    file: join(o.dir, 'received.json'),
    label: { key: 'store.groupCopy', values: { name: entry.name } },
    schema: receivedSchema,
    defaults: () => ({ members: [], shares: {} }),
    version: 1,
    now: o.now,
    indent: 0,
  })
  const live = entry.left ? null : entry.folder
  const reader: FolderReader = await openFolderReader({
    folder: live,
    groupId: entry.id,
    ownId: o.me().id,
    copyDir: join(o.dir, 'copy'),
  })

  const flush = () =>
    live
      ? own.flush({ folder: live, me: o.me(), own: o.ownIn, source: o.source, now: o.now })
      : Promise.resolve(false)
  /** Why one's own files could not be written last time (they wait), or null. */
  let writeProblem: GroupWarning | null = null
  let busy: Promise<void> = Promise.resolve()
  const refresh = (): Promise<void> => {
    busy = busy
      .then(async () => {
        const wrote = await flush().then(
          (done) => {
            writeProblem = null
            return done
          },
          (error: Error) => {
            const me = o.me().id
            writeProblem = { file: `members/${me}`, member: me, reason: reasonOf(error) }
            return false
          },
        )
        const changed = await reader.scan()
        if (changed || wrote) o.onChange()
      })
      .catch(() => undefined)
    return busy
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void refresh(), DEBOUNCE_MS)
  }

  let watcher: FSWatcher | null = null
  let poll: ReturnType<typeof setInterval> | undefined
  if (live && o.watch) {
    try {
      watcher = watch(live, { recursive: true }, schedule)
      // Watching must not keep a command-line run (an export, say) from ending.
      watcher.unref()
      watcher.on('error', () => {
        watcher?.close()
        watcher = null
      })
    } catch {
      watcher = null // Polling alone, then.
    }
    poll = setInterval(() => void refresh(), o.pollMs)
    poll.unref?.()
    void refresh()
  }

  const others = (): string[] => {
    const ids = new Set([...reader.members.keys(), ...Object.keys(received.data.shares)])
    ids.delete(o.me().id)
    return [...ids]
  }
  const profile = (id: string): Member =>
    reader.members.get(id)?.member ??
    received.data.members.find((m) => m.id === id) ?? { id, name: '', colour: UNKNOWN_COLOUR }
  const share = (memberId: string, articleId: string): MemberArticle | undefined =>
    mergeMemberArticles([
      reader.members.get(memberId)?.articles.get(articleId),
      lookup(lookup(received.data.shares, memberId) ?? {}, articleId),
    ])
  const articlesOf = (memberId: string) =>
    new Set([
      ...(reader.members.get(memberId)?.articles.keys() ?? []),
      ...Object.keys(lookup(received.data.shares, memberId) ?? {}),
    ])

  /** One's own annotations in the group's files (replies are published beside them). */
  const ownCount = () => {
    const replies = new Set(own.data.replies.map((r) => r.id))
    return Object.values(own.data.published)
      .flat()
      .filter((id) => !replies.has(id)).length
  }

  return {
    entry,
    own,
    warnings: () => (writeProblem ? [writeProblem, ...reader.warnings] : reader.warnings),
    info(me) {
      const status = entry.left
        ? 'left'
        : !entry.folder
          ? 'pack'
          : reader.present
            ? 'connected'
            : 'missing'
      return {
        id: entry.id,
        name: entry.name,
        folder: entry.folder,
        status,
        joined: entry.joined,
        left: entry.left,
        members: [
          { ...me, annotations: ownCount(), me: true },
          ...others().map((id) => {
            let annotations = 0
            for (const a of articlesOf(id)) annotations += share(id, a)?.annotations.length ?? 0
            return { ...profile(id), annotations, me: false }
          }),
        ],
        pending: own.data.pending.length,
        warnings: [...(writeProblem ? [writeProblem] : []), ...reader.warnings],
      }
    },
    article(articleId, me) {
      const view: ArticleView = {
        members: [{ ...me, me: true }],
        others: [],
        replies: own.data.replies.filter((r) => r.articleId === articleId),
      }
      for (const id of others()) {
        const m = profile(id)
        view.members.push({ ...m, me: false })
        const s = share(id, articleId)
        if (!s) continue
        for (const annotation of s.annotations) {
          view.others.push({ annotation: named(annotation, m), colour: m.colour })
        }
        view.replies.push(...s.replies.map((r) => named(r, m)))
      }
      return view
    },
    async saveReply(reply) {
      try {
        await own.putReply(reply)
      } catch (error) {
        return err('storage', { key: 'group.replyUnsaved', values: { reason: reasonOf(error) } })
      }
      schedule()
      o.onChange()
      return ok(reply)
    },
    schedule,
    refresh,
    flush,
    idle: () => reader.idle(),
    allOthers(meId) {
      const out: { annotation: Annotation; colour: string }[] = []
      for (const id of others()) {
        if (id === meId) continue
        const m = profile(id)
        for (const a of articlesOf(id)) {
          for (const annotation of share(id, a)?.annotations ?? []) {
            out.push({ annotation: named(annotation, m), colour: m.colour })
          }
        }
      }
      return out
    },
    pack(me, mine) {
      const shares = new Map<string, Map<string, MemberArticle>>()
      const byArticle = new Map<string, MemberArticle>()
      const at = (articleId: string) => {
        let a = byArticle.get(articleId)
        if (!a)
          byArticle.set(articleId, (a = { articleId, annotations: [], replies: [], deleted: [] }))
        return a
      }
      for (const a of mine) at(a.articleId).annotations.push(a)
      for (const r of own.data.replies) at(r.articleId).replies.push(r)
      for (const [articleId, deleted] of Object.entries(own.data.deleted)) {
        at(articleId).deleted.push(...deleted)
      }
      shares.set(me.id, byArticle)
      for (const id of others()) {
        const articles = new Map<string, MemberArticle>()
        for (const a of articlesOf(id)) {
          const s = share(id, a)
          if (s) articles.set(a, s)
        }
        shares.set(id, articles)
      }
      return {
        group: { id: entry.id, name: entry.name, created: entry.created },
        members: [me, ...others().map(profile)],
        shares,
      }
    },
    async receive(pack, meId) {
      const counts = { members: 0, annotations: 0, replies: 0 }
      await received.update((d) => {
        for (const m of pack.members) {
          if (m.id === meId) continue
          d.members = [...d.members.filter((x) => x.id !== m.id), m]
        }
        for (const [memberId, articles] of pack.shares) {
          // One's own words are kept as they are here.
          if (memberId === meId) continue
          counts.members++
          // Ids were checked when the pack was read; checked again, as keys of a record.
          if (!isMemberId(memberId)) continue
          const into = lookup(d.shares, memberId) ?? {}
          d.shares[memberId] = into
          for (const [articleId, incoming] of articles) {
            if (!isSafeKey(articleId)) continue
            counts.annotations += incoming.annotations.length
            counts.replies += incoming.replies.length
            into[articleId] = mergeMemberArticles([lookup(into, articleId), incoming])!
          }
        }
      })
      return counts
    },
    close() {
      clearTimeout(timer)
      clearInterval(poll)
      watcher?.close()
    },
  }
}
