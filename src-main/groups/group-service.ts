// Study groups without a server: a group is a folder the members already sync (Syncthing,
// Nextcloud, a network share, a USB stick), or pack files passed around. This service keeps the
// list of groups one is in (groups/groups.json), writes one's own share into each folder, watches
// the folders and merges what the others wrote, and answers the reader: others' annotations in
// an article, placed in the text here, and the replies under them. Every failure comes back as a
// Result; a bad file of someone else's is a warning, never an error of one's own.
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import type { Annotation } from '../../src-shared/annotation'
import type { ExportFile, PackImport } from '../../src-shared/api'
import type { Notice } from '../../src-shared/article'
import type { GroupArticle, GroupInfo, Member, Reply } from '../../src-shared/group'
import { err, ok, type Result } from '../../src-shared/result'
import type { AnnotationStore } from '../annotations/annotation-store'
import { anchor } from '../annotations/anchoring'
import { sourceOf } from '../export/web-annotation'
import type { ArticleTexts } from '../library/article-texts'
import type { Library } from '../library/library'
import { writeFileAtomic } from '../storage/atomic-write'
import { readUntrustedFile } from '../storage/untrusted-files'
import { userFolderPath } from '../storage/user-path'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import {
  MANIFEST,
  MAX_MEMBER_FILE,
  readManifest,
  writeManifest,
  type Manifest,
} from './group-files'
import { writePack } from './group-pack'
import { openGroupRuntime, type GroupRuntime } from './group-runtime'
import { lookup } from '../../src-shared/safe-keys'
import { sharedParsePool } from '../workers/parse-pool'
import { reasonOf } from '../core/error-reason'
import type { Message, MessageKey } from '../../src-shared/i18n/translate'

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  created: z.string(),
  folder: z.string().nullable(),
  joined: z.string(),
  left: z.string().nullable().default(null),
})
type Entry = z.output<typeof entrySchema>
const listSchema = z.object({ groups: z.array(entrySchema).default([]) })

export const GROUPS_DIR = 'groups'
/** How often folders are looked at besides being watched (network shares send no events). */
export const POLL_MS = 1000

export interface GroupServiceOptions {
  dataDir: string
  store: AnnotationStore
  library: Library | null
  texts: ArticleTexts
  identity: () => Member
  now: () => Date
  /** Watch and poll the folders (default true; tests drive `refresh` themselves). */
  watch?: boolean
  /** Where `~` in a typed folder leads (default: the user's home). */
  home?: string
}

const fail = (key: MessageKey, error: unknown) =>
  err('storage', { key, values: { reason: reasonOf(error) } })

export async function openGroupService(o: GroupServiceOptions) {
  const base = join(o.dataDir, GROUPS_DIR)
  await mkdir(base, { recursive: true })
  const list: JsonStore<z.output<typeof listSchema>> = await openJsonStore({
    file: join(base, 'groups.json'),
    label: 'store.groups',
    schema: listSchema,
    defaults: () => ({ groups: [] }),
    version: 1,
    now: o.now,
  })
  const runtimes = new Map<string, GroupRuntime>()
  let version = 1
  const waiters = new Set<() => void>()
  const bump = () => {
    version++
    for (const wake of waiters) wake()
    waiters.clear()
  }

  const me = (): Member => o.identity()
  const source = (articleId: string) =>
    sourceOf(articleId, o.library?.summary(articleId)?.sourceUrl)
  const ownIn = async (groupId: string, articleId: string) =>
    (await o.store.list(articleId)).filter((a) => a.group === groupId)

  const start = async (entry: Entry): Promise<GroupRuntime> => {
    const runtime = await openGroupRuntime({
      entry,
      dir: join(base, entry.id),
      me,
      ownIn: (articleId) => ownIn(entry.id, articleId),
      source,
      now: o.now,
      watch: o.watch !== false,
      pollMs: POLL_MS,
      onChange: bump,
    })
    runtimes.set(entry.id, runtime)
    return runtime
  }
  for (const entry of list.data.groups) await start(entry)

  const info = (id: string): GroupInfo => runtimes.get(id)!.info(me())
  const active = (groupId: string): Result<GroupRuntime> => {
    const r = runtimes.get(groupId)
    if (!r) return err('not_found', { key: 'group.notHere' })
    if (r.entry.left) return err('invalid_input', { key: 'group.left' })
    return ok(r)
  }
  const needIdentity = (): Result<Member> => {
    const m = me()
    if (!m.name.trim() || !m.colour) {
      return err('invalid_input', { key: 'group.needIdentity' })
    }
    return ok(m)
  }

  const addEntry = async (manifest: Manifest, folder: string | null): Promise<GroupInfo> => {
    const existing = runtimes.get(manifest.id)
    const entry: Entry = {
      id: manifest.id,
      name: manifest.name,
      created: manifest.created,
      folder,
      joined: existing?.entry.joined ?? o.now().toISOString(),
      left: null,
    }
    await list.update((d) => {
      d.groups = [...d.groups.filter((g) => g.id !== entry.id), entry]
    })
    existing?.close()
    const runtime = await start(entry)
    await runtime.refresh()
    bump()
    return info(entry.id)
  }

  const service = {
    /** Changes whenever anything shared does (others' files, one's own, packs). */
    version: () => version,
    /** Resolves with the version once it is past `since`, or after `waitMs`. */
    changes(since: number, waitMs: number): Promise<number> {
      if (version !== since) return Promise.resolve(version)
      return new Promise((done) => {
        const wake = () => {
          clearTimeout(timer)
          done(version)
        }
        const timer = setTimeout(() => {
          waiters.delete(wake)
          done(version)
        }, waitMs)
        waiters.add(wake)
      })
    },
    list(): { groups: GroupInfo[]; me: Member } {
      return { groups: [...runtimes.keys()].map(info), me: me() }
    },
    async create(folder: string, name: string): Promise<Result<GroupInfo>> {
      const who = needIdentity()
      if (!who.ok) return who
      const path = userFolderPath(folder, o.home ?? homedir())
      if (!path.ok) return path
      const dir = path.value
      const isDir = await stat(dir).then(
        (s) => s.isDirectory(),
        () => false,
      )
      if (!isDir) return err('invalid_input', { key: 'group.noFolder', values: { folder: dir } })
      const held = await readUntrustedFile(join(dir, MANIFEST), { maxBytes: MAX_MEMBER_FILE })
      if (held.ok) {
        const m = readManifest(held.text)
        return err(
          'invalid_input',
          m.ok
            ? { key: 'group.folderHasGroup', values: { name: m.value.name } }
            : { key: 'group.folderHasBadGroup', values: { reason: m.reason } },
        )
      }
      // Hidden files are a sync tool's own (.stfolder, .DS_Store); anything else is someone's.
      const names = (await readdir(dir)).filter((n) => !n.startsWith('.'))
      if (names.length) {
        return err('invalid_input', {
          key: 'group.folderNotEmpty',
          values: { folder: dir, count: names.length, name: names[0]! },
        })
      }
      const manifest = { id: randomUUID(), name: name.trim(), created: o.now().toISOString() }
      try {
        await writeFileAtomic(join(dir, MANIFEST), writeManifest(manifest), undefined, true, 0o644)
        return ok(await addEntry(manifest, dir))
      } catch (error) {
        return fail('group.createFailed', error)
      }
    },
    async join(folder: string): Promise<Result<GroupInfo>> {
      const who = needIdentity()
      if (!who.ok) return who
      const path = userFolderPath(folder, o.home ?? homedir())
      if (!path.ok) return path
      const dir = path.value
      const read = await readUntrustedFile(join(dir, MANIFEST), { maxBytes: MAX_MEMBER_FILE })
      if (!read.ok) {
        const missing = read.code === 'ENOENT' || read.code === 'ENOTDIR'
        return err(
          'invalid_input',
          missing
            ? { key: 'group.noGroupThere', values: { folder: dir, file: MANIFEST } }
            : { key: 'group.manifestUnreadable', values: { folder: dir, reason: read.reason } },
        )
      }
      const m = readManifest(read.text)
      if (!m.ok)
        return err('invalid_input', { key: 'group.unreadable', values: { reason: m.reason } })
      const here = runtimes.get(m.value.id)
      if (here && !here.entry.left && here.entry.folder === dir) {
        return err('invalid_input', { key: 'group.alreadyIn', values: { name: m.value.name } })
      }
      try {
        return ok(await addEntry(m.value, dir))
      } catch (error) {
        return fail('group.joinFailed', error)
      }
    },
    async leave(groupId: string): Promise<Result<GroupInfo>> {
      const r = active(groupId)
      if (!r.ok) return r
      const left = o.now().toISOString()
      try {
        await r.value.flush()
        await list.update((d) => {
          const g = d.groups.find((x) => x.id === groupId)
          if (g) g.left = left
        })
      } catch (error) {
        return fail('group.leaveFailed', error)
      }
      r.value.close()
      await start({ ...r.value.entry, left })
      bump()
      return ok(info(groupId))
    },
    /** One's own annotations in an article changed: their groups' files are written again. */
    async ownChanged(articleId: string, groups: readonly (string | undefined)[]): Promise<void> {
      const touched = new Set(groups.filter((g): g is string => !!g))
      for (const r of runtimes.values()) {
        if (r.entry.left || !r.entry.folder) continue
        if (touched.has(r.entry.id) || lookup(r.own.data.published, articleId)?.length) {
          await r.own.touch([articleId])
          r.schedule()
        }
      }
    },
    /** Every other member's annotation in every group, for the notebook. */
    allOthers(): { annotation: Annotation; colour: string }[] {
      return [...runtimes.values()].flatMap((r) => r.allOthers(me().id))
    },
    /** Whether one may share with this group (joined, not left). */
    canShare: (groupId: string) => active(groupId).ok,
    async forArticle(articleId: string): Promise<Result<GroupArticle>> {
      // Not in a group: nothing to place (and no text to read while the article opens).
      if (runtimes.size === 0) return ok({ version, others: [], replies: [], members: [] })
      const text = await o.texts(articleId)
      const place = (a: Annotation) =>
        text.ok ? anchor(text.value.text, { quote: a.quote, position: a.position }) : null
      const out: GroupArticle = { version, others: [], replies: [], members: [] }
      for (const r of runtimes.values()) {
        const view = r.article(articleId, me())
        out.members.push(...view.members.map((m) => ({ ...m, groupId: r.entry.id })))
        for (const { annotation, colour } of view.others) {
          out.others.push({ ...annotation, anchor: place(annotation), groupId: r.entry.id, colour })
        }
        out.replies.push(...view.replies)
      }
      return ok(out)
    },
    async reply(input: {
      groupId: string
      articleId: string
      annotationId: string
      text: string
    }): Promise<Result<Reply>> {
      const r = active(input.groupId)
      if (!r.ok) return r
      const who = needIdentity()
      if (!who.ok) return who
      const mine = await ownIn(input.groupId, input.articleId)
      const known =
        mine.some((a) => a.id === input.annotationId) ||
        r.value
          .article(input.articleId, who.value)
          .others.some((x) => x.annotation.id === input.annotationId)
      if (!known) return err('not_found', { key: 'group.notShared' })
      const stamp = o.now().toISOString()
      const reply: Reply = {
        id: randomUUID(),
        groupId: input.groupId,
        articleId: input.articleId,
        annotationId: input.annotationId,
        text: input.text,
        creator: { id: who.value.id, name: who.value.name },
        created: stamp,
        modified: stamp,
      }
      return r.value.saveReply(reply)
    },
    async editReply(groupId: string, id: string, text: string): Promise<Result<Reply>> {
      const r = active(groupId)
      if (!r.ok) return r
      const reply = r.value.own.data.replies.find((x) => x.id === id)
      if (!reply) return err('not_found', { key: 'group.replyGone' })
      return r.value.saveReply({ ...reply, text, modified: o.now().toISOString() })
    },
    async deleteReply(groupId: string, id: string): Promise<Result<Reply>> {
      const r = active(groupId)
      if (!r.ok) return r
      try {
        const gone = await r.value.own.removeReply(id)
        if (!gone) return err('not_found', { key: 'group.replyGone' })
        r.value.schedule()
        bump()
        return ok(gone)
      } catch (error) {
        return fail('group.replyDeleteFailed', error)
      }
    },
    async exportPack(groupId: string): Promise<Result<ExportFile>> {
      const r = runtimes.get(groupId)
      if (!r) return err('not_found', { key: 'group.notHere' })
      const own = (await o.store.all()).filter((a) => a.group === groupId)
      const content = writePack(r.pack(me(), own), source)
      const safe = r.entry.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'group'
      return ok({ name: `${safe}.scholion-group.jsonld`, content })
    },
    async importPack(content: string): Promise<Result<PackImport>> {
      // Read off the main thread, within a time and memory budget.
      const read = await sharedParsePool()
        .readPack(content)
        .catch((error: Error) => ({
          error: { key: 'pack.unreadable', values: { reason: reasonOf(error) } } satisfies Message,
        }))
      if ('error' in read) return err('invalid_input', read.error)
      const here = runtimes.get(read.group.id)
      if (here?.entry.left) {
        return err('invalid_input', { key: 'pack.leftGroup', values: { name: here.entry.name } })
      }
      try {
        const group = here ? info(here.entry.id) : await addEntry(read.group, null)
        const counts = await runtimes.get(group.id)!.receive(read, me().id)
        bump()
        return ok({
          group: info(group.id),
          ...counts,
          skipped: read.skipped.slice(0, 200),
          skippedCount: read.skipped.length,
        })
      } catch (error) {
        return fail('pack.importFailed', error)
      }
    },
    /** Writes what waits and reads what changed, in every group (tests; the watchers do it). */
    async refresh(): Promise<void> {
      for (const r of runtimes.values()) await r.refresh()
    },
    async flush(): Promise<void> {
      await list.idle()
      for (const r of runtimes.values()) {
        await r.flush().catch(() => undefined)
        await r.idle()
      }
    },
    close(): void {
      for (const r of runtimes.values()) r.close()
      for (const wake of waiters) wake()
    },
    /** The list's own recoveries, and a word for each group with files that could not be
     * read (the details are in the Groups dialog). */
    get notices(): Notice[] {
      const skipped = [...runtimes.values()].flatMap((r): Notice[] => {
        // Asked on every app.info: the warnings alone, not the members' counts.
        const n = r.entry.left ? 0 : r.warnings().length
        if (!n) return []
        return [
          {
            level: 'warning',
            code: 'group_files_skipped',
            message: { key: 'notice.groupFilesSkipped', values: { count: n, name: r.entry.name } },
          },
        ]
      })
      return [...list.notices, ...skipped]
    },
  }
  return service
}

export type GroupService = Awaited<ReturnType<typeof openGroupService>>
