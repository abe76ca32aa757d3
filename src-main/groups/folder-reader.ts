// Reads the other members' files of one group folder, again and again, cheaply: a scan lists
// the members' folders and re-reads only files whose size or time changed. A file that cannot be
// used (cut short by a sync still running, damaged, from a newer Scholion) gives a warning and
// its last good version is kept. Every good file is copied into the data folder, so that with
// the group folder missing (unmounted, a USB stick elsewhere) the last copy is still shown, and
// a group left keeps what was shared.
import { lstat, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { timeSlices } from '../storage/time-slices'
import { kindOf, listRealDir, readUntrustedFile } from '../storage/untrusted-files'
import type { GroupWarning, Member } from '../../src-shared/group'
import {
  ARTICLES_DIR,
  MANIFEST,
  MAX_MEMBER_FILE,
  MEMBERS_DIR,
  MEMBER_FILE,
  isMemberId,
  readMember,
  readMemberArticle,
  type MemberArticle,
} from './group-files'

interface Entry {
  mtimeMs: number
  size: number
}

/** What one other member has shared, as last read. */
export interface MemberShare {
  member: Member | null
  /** By article id. */
  articles: Map<string, MemberArticle>
}

export interface FolderReader {
  /** Reads what changed; resolves true if anything shared did. */
  scan(): Promise<boolean>
  /** Whether the folder was there at the last scan. */
  readonly present: boolean
  readonly members: ReadonlyMap<string, MemberShare>
  readonly warnings: readonly GroupWarning[]
  /** Resolves once the copies of what was read are written. */
  idle(): Promise<void>
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

export async function openFolderReader(o: {
  /** The group folder; null for a group shared by packs only, or left. */
  folder: string | null
  groupId: string
  ownId: string
  /** Where good files are copied. */
  copyDir: string
}): Promise<FolderReader> {
  const members = new Map<string, MemberShare>()
  /** By relative path: what was read, to skip unchanged files. */
  const seen = new Map<string, Entry>()
  /** By relative path: the article a file held, to forget it when the file goes. */
  const fileArticle = new Map<string, { member: string; articleId: string }>()
  const warnings = new Map<string, GroupWarning>()
  let present = false
  const slice = timeSlices()

  const shareOf = (memberId: string): MemberShare => {
    let share = members.get(memberId)
    if (!share) {
      share = { member: null, articles: new Map() }
      members.set(memberId, share)
    }
    return share
  }

  /** Reads one file; true if what is shared changed. `copy` mirrors it into the copy folder. */
  const readOne = async (
    root: string,
    rel: string,
    memberId: string,
    info: Entry,
    copy: boolean,
  ) => {
    const file = join(root, rel)
    const got = await readUntrustedFile(file, { maxBytes: MAX_MEMBER_FILE })
    if (!got.ok) {
      warnings.set(rel, { file: rel, member: memberId, reason: got.reason })
      return false
    }
    const text = got.text
    // A thousand files are parsed in slices, with other requests let in between.
    await slice()
    const isMember = rel.endsWith(MEMBER_FILE)
    const read = isMember
      ? readMember(text, memberId)
      : readMemberArticle(text, memberId, o.groupId)
    if (!read.ok) {
      warnings.set(rel, { file: rel, member: memberId, reason: read.reason })
      return false
    }
    warnings.delete(rel)
    if (read.skipped.length) {
      warnings.set(rel, {
        file: rel,
        member: memberId,
        reason: {
          key: 'group.itemsSkipped',
          values: { count: read.skipped.length, first: read.skipped[0]! },
        },
      })
    }
    const share = shareOf(memberId)
    if (isMember) share.member = read.value as Member
    else {
      const article = read.value as MemberArticle
      share.articles.set(article.articleId, article)
      fileArticle.set(rel, { member: memberId, articleId: article.articleId })
    }
    if (copy) copyLater(file, rel, info, text)
    return true
  }

  // Copies are made after the scan, one at a time, so what was read shows at once. A file
  // that changed since it was read is not kept: the next scan reads it and copies it again.
  let copying: Promise<void> = Promise.resolve()
  // The copy is of the text that was read: the member's file is not opened again.
  const copyLater = (file: string, rel: string, read: Entry, text: string) => {
    copying = copying
      .then(async () => {
        const target = join(o.copyDir, rel)
        const temp = `${target}.${process.pid}.tmp`
        await mkdir(dirname(target), { recursive: true })
        await writeFile(temp, text)
        const now = await lstat(file).catch(() => null)
        if (now && now.mtimeMs === read.mtimeMs && now.size === read.size) {
          await rename(temp, target)
        } else await rm(temp, { force: true })
      })
      .catch(() => undefined)
  }

  /** Reads a tree (the folder, or the copy of it); returns whether anything changed. */
  const scanTree = async (root: string, copy: boolean): Promise<boolean> => {
    let changed = false
    const found = new Set<string>()
    for (const memberId of await listRealDir(join(root, MEMBERS_DIR))) {
      if (!isMemberId(memberId) || memberId === o.ownId) continue
      const base = join(MEMBERS_DIR, memberId)
      // A member's folder, or its articles folder, that is a link would lead anywhere.
      if (await notAFolder(root, base, memberId)) {
        found.add(base)
        continue
      }
      const articlesDir = join(base, ARTICLES_DIR)
      const articlesRefused = await notAFolder(root, articlesDir, memberId)
      if (articlesRefused) found.add(articlesDir)
      const rels = [
        join(base, MEMBER_FILE),
        ...(articlesRefused ? [] : await listRealDir(join(root, articlesDir)))
          .filter((n) => n.endsWith('.jsonld') && !n.startsWith('.'))
          .map((n) => join(articlesDir, n)),
      ]
      await Promise.all(
        rels.map(async (rel) => {
          const info = await lstat(join(root, rel)).catch(() => null)
          if (!info) return
          found.add(rel)
          if (!info.isFile()) {
            // Named, and never opened: a FIFO or a device would hold a file thread forever.
            warnings.set(rel, { file: rel, member: memberId, reason: kindOf(info) })
            return
          }
          const before = seen.get(rel)
          if (before && before.mtimeMs === info.mtimeMs && before.size === info.size) return
          seen.set(rel, { mtimeMs: info.mtimeMs, size: info.size })
          if (await readOne(root, rel, memberId, seen.get(rel)!, copy)) changed = true
        }),
      )
    }
    if (copy) {
      // A warning about something no longer there goes with it.
      for (const rel of [...warnings.keys()]) if (!found.has(rel)) warnings.delete(rel)
      // Files gone from the folder are gone for everyone: forget them and their copies.
      for (const rel of [...seen.keys()]) {
        if (found.has(rel)) continue
        seen.delete(rel)
        warnings.delete(rel)
        const held = fileArticle.get(rel)
        if (held) {
          members.get(held.member)?.articles.delete(held.articleId)
          fileArticle.delete(rel)
          changed = true
        }
        copying = copying
          .then(() => rm(join(o.copyDir, rel), { force: true }))
          .catch(() => undefined)
      }
    }
    return changed
  }

  /** True (with a warning) when `rel` exists but is not a real folder. */
  const notAFolder = async (root: string, rel: string, memberId: string): Promise<boolean> => {
    const info = await lstat(join(root, rel)).catch(() => null)
    if (!info || info.isDirectory()) {
      warnings.delete(rel)
      return false
    }
    warnings.set(rel, { file: rel, member: memberId, reason: kindOf(info) })
    return true
  }

  // The copy first: what was shared is there at once, folder or not.
  // Its entries stay in `seen`, so that on the first scan of the folder a file no longer there
  // is forgotten, and every file there is read again (its time differs from its copy's).
  await scanTree(o.copyDir, false)

  return {
    get present() {
      return present
    },
    members,
    get warnings() {
      return [...warnings.values()]
    },
    idle: () => copying,
    async scan() {
      if (!o.folder) return false
      present = await exists(join(o.folder, MANIFEST))
      // A missing folder changes nothing: the last copy stays.
      if (!present) return false
      return scanTree(o.folder, true)
    },
  }
}
