// A group pack: everything a group has shared, in one file, for groups without a common folder
// (a USB stick, an e-mail). It is a W3C AnnotationCollection like any annotation export, with
// the group, its members and the deletions beside the items. Reading one checks every item the
// way a member's file is checked. Pure.
import type { Member } from '../../src-shared/group'
import {
  CONTEXT,
  fromIri,
  iri,
  isObject,
  isTime,
  list,
  str,
  type Json,
} from '../export/web-annotation'
import { isSafeKey } from '../../src-shared/safe-keys'
import {
  GROUP_FORMAT,
  isMemberId,
  readItems,
  readManifest,
  readMember,
  replyItem,
  type Manifest,
  type MemberArticle,
} from './group-files'
import { annotationItem } from '../export/web-annotation'
import { MAX_JSON_DEPTH, tooDeep } from '../../src-shared/json-depth'
import { verbatim, type Message } from '../../src-shared/i18n/translate'

export interface PackContent {
  group: Manifest
  members: Member[]
  /** By member id, then article id. */
  shares: Map<string, Map<string, MemberArticle>>
}

export interface ReadPack extends PackContent {
  skipped: Message[]
}

export const MAX_PACK_CHARS = 64 * 1024 * 1024

export function writePack(pack: PackContent, source: (articleId: string) => string): string {
  const items: Json[] = []
  const deleted: Json[] = []
  for (const [memberId, articles] of pack.shares) {
    for (const a of articles.values()) {
      for (const x of a.annotations) items.push(annotationItem(x, source(a.articleId)))
      for (const r of a.replies) items.push(replyItem(r))
      for (const d of a.deleted) {
        deleted.push({
          id: iri(d.id),
          'scholion:member': iri(memberId),
          'scholion:article': a.articleId,
          deleted: d.deleted,
        })
      }
    }
  }
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      label: `Scholion group: ${pack.group.name}`,
      'scholion:format': GROUP_FORMAT,
      'scholion:group': {
        type: 'scholion:StudyGroup',
        id: iri(pack.group.id),
        name: pack.group.name,
        created: pack.group.created,
        'scholion:format': GROUP_FORMAT,
      },
      'scholion:members': pack.members.map((m) => ({
        type: 'Person',
        id: iri(m.id),
        name: m.name,
        'scholion:colour': m.colour,
        'scholion:format': GROUP_FORMAT,
      })),
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
      'scholion:deleted': deleted,
    },
    null,
    1,
  )}\n`
}

/** Reads a pack; a file that is not one gives a sentence saying why. */
export function readPack(text: string): ReadPack | { error: Message } {
  if (text.length > MAX_PACK_CHARS) return { error: { key: 'pack.tooLarge', values: { mb: 64 } } }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    return {
      error: { key: 'pack.incomplete', values: { reason: verbatim((error as Error).message) } },
    }
  }
  if (tooDeep(json)) {
    return { error: { key: 'pack.tooDeep', values: { depth: MAX_JSON_DEPTH } } }
  }
  if (!isObject(json) || !isObject(json['scholion:group'])) {
    return { error: { key: 'pack.notPack' } }
  }
  const format = json['scholion:format']
  if (typeof format !== 'number' || format > GROUP_FORMAT) {
    return { error: { key: 'pack.newer', values: { format: String(format) } } }
  }
  const group = readManifest(JSON.stringify(json['scholion:group']))
  if (!group.ok) return { error: { key: 'pack.badGroup', values: { reason: group.reason } } }
  const skipped: Message[] = []
  const members: Member[] = []
  for (const m of list(json['scholion:members'])) {
    const id = isObject(m) ? fromIri(str(m.id) ?? '') : ''
    if (!isMemberId(id)) {
      skipped.push({ key: 'pack.badMemberId', values: { id: id.slice(0, 40) } })
      continue
    }
    const read = readMember(JSON.stringify(m), id)
    if (read.ok) members.push(read.value)
    else skipped.push({ key: 'pack.badMember', values: { reason: read.reason } })
  }
  // Items by who wrote them and which article they are in; each bucket checked as one file.
  const buckets = new Map<string, { member: string; articleId: string; items: unknown[] }>()
  const first = isObject(json.first) ? json.first : {}
  for (const item of list(first.items)) {
    if (!isObject(item)) {
      skipped.push({ key: 'group.itemNotObject' })
      continue
    }
    const creator = list(item.creator).find(isObject)
    const member = fromIri(str(creator?.id) ?? '')
    const target = list(item.target).find(isObject)
    const articleId = str(item['scholion:article']) ?? str(target?.['scholion:article'])
    if (!member || !articleId) {
      skipped.push({ key: 'pack.itemUnowned' })
      continue
    }
    if (!isMemberId(member) || !isSafeKey(articleId)) {
      skipped.push({ key: 'pack.itemBadIds', values: { id: member.slice(0, 40) } })
      continue
    }
    const key = `${member}\n${articleId}`
    const bucket = buckets.get(key) ?? { member, articleId, items: [] }
    bucket.items.push(item)
    buckets.set(key, bucket)
  }
  const shares = new Map<string, Map<string, MemberArticle>>()
  const articleOf = (member: string, articleId: string): MemberArticle => {
    let articles = shares.get(member)
    if (!articles) shares.set(member, (articles = new Map()))
    let a = articles.get(articleId)
    if (!a) articles.set(articleId, (a = { articleId, annotations: [], replies: [], deleted: [] }))
    return a
  }
  for (const b of buckets.values()) {
    const read = readItems(b.items, b.member, group.value.id, b.articleId, skipped)
    const into = articleOf(b.member, b.articleId)
    into.annotations.push(...read.annotations)
    into.replies.push(...read.replies)
  }
  for (const d of list(json['scholion:deleted'])) {
    if (!isObject(d) || !str(d.id) || !isTime(d.deleted)) continue
    const member = fromIri(str(d['scholion:member']) ?? '')
    const articleId = str(d['scholion:article'])
    if (!isMemberId(member) || !articleId || !isSafeKey(articleId)) continue
    articleOf(member, articleId).deleted.push({ id: fromIri(str(d.id)!), deleted: d.deleted })
  }
  return { group: group.value, members, shares, skipped }
}
