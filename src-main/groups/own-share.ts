// One's own side of a group: the replies one wrote, which articles' files wait to be written,
// and what each file said last time (so an annotation no longer shared, or deleted, goes out as
// a tombstone). Kept in the data folder (groups/<id>/own.json), so changes made while the group
// folder is missing survive a restart and are written when it returns. Writing an article's
// file is one atomic replace inside one's own folder of the group.
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Annotation } from '../../src-shared/annotation'
import type { Member, Reply } from '../../src-shared/group'
import { writeFileAtomic } from '../storage/atomic-write'
import { ensureRealDir } from '../storage/untrusted-files'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import {
  ARTICLES_DIR,
  MANIFEST,
  MEMBERS_DIR,
  MEMBER_FILE,
  articleFileName,
  writeMember,
  writeMemberArticle,
} from './group-files'
import { lookup, safeKey } from '../../src-shared/safe-keys'
import { MessageError } from '../core/error-reason'

const creator = z.object({ id: z.string(), name: z.string() })
export const replySchema = z.object({
  id: z.string().min(1).max(100),
  groupId: z.string(),
  articleId: z.string(),
  annotationId: z.string(),
  text: z.string(),
  creator,
  created: z.string(),
  modified: z.string(),
})
const deletedSchema = z.object({ id: z.string(), deleted: z.string() })

const ownSchema = z.object({
  replies: z.array(replySchema).default([]),
  /** By article: the ids its file held when last written. */
  published: z.record(safeKey, z.array(z.string())).default({}),
  /** By article: what was taken out of its file, and when. */
  deleted: z.record(safeKey, z.array(deletedSchema)).default({}),
  /** Articles whose files wait to be written. */
  pending: z.array(z.string()).default([]),
  /** The member file as last written. */
  member: z.string().default(''),
})
export type OwnShareData = z.output<typeof ownSchema>

const MAX_DELETED = 2000
/** Group files are for the other members to read. */
const SHARED_MODE = 0o644

export interface OwnShare {
  readonly data: OwnShareData
  /** Marks articles whose files must be written again. */
  touch(articleIds: readonly string[]): Promise<void>
  putReply(reply: Reply): Promise<void>
  removeReply(id: string): Promise<Reply | null>
  /**
   * Writes what waits into the folder; resolves false (and keeps it waiting) when the folder is
   * not there. Never creates the group folder itself: a missing folder may be an unmounted disk.
   */
  flush(o: {
    folder: string
    me: Member
    /** One's annotations in the article that are shared with this group. */
    own: (articleId: string) => Promise<readonly Annotation[]>
    source: (articleId: string) => string
    now: () => Date
  }): Promise<boolean>
  idle(): Promise<void>
}

export async function openOwnShare(dir: string, now?: () => Date): Promise<OwnShare> {
  await mkdir(dir, { recursive: true })
  const store: JsonStore<OwnShareData> = await openJsonStore({
    file: join(dir, 'own.json'),
    label: 'store.groupShare',
    schema: ownSchema,
    defaults: () => ({ replies: [], published: {}, deleted: {}, pending: [], member: '' }),
    version: 1,
    now,
    indent: 0,
  })
  let flushing: Promise<boolean> | null = null

  return {
    get data() {
      return store.data
    },
    idle: () => store.idle(),
    async touch(articleIds) {
      const fresh = articleIds.filter((id) => !store.data.pending.includes(id))
      if (!fresh.length) return
      await store.update((d) => {
        d.pending.push(...fresh)
      })
    },
    async putReply(reply) {
      await store.update((d) => {
        d.replies = [...d.replies.filter((r) => r.id !== reply.id), reply]
        if (!d.pending.includes(reply.articleId)) d.pending.push(reply.articleId)
      })
    },
    async removeReply(id) {
      const reply = store.data.replies.find((r) => r.id === id) ?? null
      if (!reply) return null
      await store.update((d) => {
        d.replies = d.replies.filter((r) => r.id !== id)
        if (!d.pending.includes(reply.articleId)) d.pending.push(reply.articleId)
      })
      return reply
    },
    flush(o) {
      // One flush at a time; a call during one waits for it, then runs (new changes may wait).
      const run = async (): Promise<boolean> => {
        const present = await stat(join(o.folder, MANIFEST)).then(
          () => true,
          () => false,
        )
        if (!present) return false
        // Checked before every write: one's own folder (or its articles folder) replaced by a
        // link, by someone with write access to the group folder, must not lead the write out.
        const safe = await ensureRealDir(o.folder, [MEMBERS_DIR, o.me.id, ARTICLES_DIR])
        if (!safe.ok)
          throw new MessageError({ key: 'group.ownFolderUnsafe', values: { reason: safe.reason } })
        const mine = join(o.folder, MEMBERS_DIR, o.me.id)
        const stamp = o.now().toISOString()
        // The member file is written again only when who one is changed (not for its time).
        const who = writeMember(o.me, '')
        if (store.data.member !== who) {
          const file = join(mine, MEMBER_FILE)
          await writeFileAtomic(file, writeMember(o.me, stamp), undefined, true, SHARED_MODE)
          await store.update((d) => {
            d.member = who
          })
        }
        for (const articleId of [...store.data.pending]) {
          const annotations = (await o.own(articleId)).filter((a) => a.creator.id === o.me.id)
          const replies = store.data.replies.filter((r) => r.articleId === articleId)
          const now = new Set([...annotations.map((a) => a.id), ...replies.map((r) => r.id)])
          const gone = (lookup(store.data.published, articleId) ?? []).filter((id) => !now.has(id))
          // The tombstones are saved before the file is written: a crash between the two
          // writes the same file again on the next start.
          const deleted = [
            ...(lookup(store.data.deleted, articleId) ?? []).filter((d) => !now.has(d.id)),
            ...gone.map((id) => ({ id, deleted: stamp })),
          ].slice(-MAX_DELETED)
          if (gone.length) {
            await store.update((d) => {
              d.deleted[articleId] = deleted
            })
          }
          const text = writeMemberArticle(
            o.me.id,
            { articleId, annotations, replies, deleted },
            o.source(articleId),
            stamp,
          )
          await writeFileAtomic(
            join(mine, ARTICLES_DIR, articleFileName(articleId)),
            text,
            undefined,
            true,
            SHARED_MODE,
          )
          await store.update((d) => {
            d.published[articleId] = [...now]
            d.deleted[articleId] = deleted
            d.pending = d.pending.filter((id) => id !== articleId)
          })
        }
        return true
      }
      const next = (flushing ?? Promise.resolve(true)).catch(() => true).then(run)
      flushing = next
      return next
    },
  }
}
