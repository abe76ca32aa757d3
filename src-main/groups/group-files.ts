// The files of a group folder, written and read. Each member writes only under its own folder,
// one small W3C JSON-LD AnnotationPage per article, so no two members ever write the same file
// and a change rewrites one article's file:
//
//   scholion-group.json                         the group: id, name, format (written once)
//   members/<member id>/member.json             the member: name, colour
//   members/<member id>/articles/<hash>.jsonld  the member's annotations, replies and deletions
//                                               in one article
//
// Reading is strict and never throws: a file that is cut short, damaged, from a newer format or
// that speaks for someone else gives a reason instead, and the caller keeps what it had.
import { createHash } from 'node:crypto'
import { annotationSchema, plainlyValid, type Annotation } from '../../src-shared/annotation'
import { MAX_REPLY, memberColourSchema, type Member, type Reply } from '../../src-shared/group'
import { isSafeKey } from '../../src-shared/safe-keys'
import {
  CONTEXT,
  annotationItem,
  fromIri,
  iri,
  isObject,
  isTime,
  list,
  readW3c,
  str,
  type Json,
} from '../export/web-annotation'
import { MAX_JSON_DEPTH, tooDeep } from '../../src-shared/json-depth'
import { verbatim, type Message } from '../../src-shared/i18n/translate'

/** The format this version writes; files of a higher one are skipped until an update. */
export const GROUP_FORMAT = 1
export const MANIFEST = 'scholion-group.json'
export const MEMBERS_DIR = 'members'
export const ARTICLES_DIR = 'articles'
export const MEMBER_FILE = 'member.json'
/** Member files larger than this are not read (a member's whole article is far smaller). */
export const MAX_MEMBER_FILE = 16 * 1024 * 1024

const MEMBER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/** A member id is a folder name and a record key: plain characters, no reserved name. */
export function isMemberId(id: string): boolean {
  return MEMBER_ID.test(id) && isSafeKey(id)
}

/** The file name of one article's file: ids may hold any character, names may not. */
export function articleFileName(articleId: string): string {
  return `${createHash('sha256').update(articleId).digest('hex').slice(0, 32)}.jsonld`
}

export interface Manifest {
  id: string
  name: string
  created: string
}

export interface MemberArticle {
  articleId: string
  annotations: Annotation[]
  replies: Reply[]
  /** Ids this member deleted (annotations or replies), with when. */
  deleted: { id: string; deleted: string }[]
}

export type Read<T> = { ok: true; value: T; skipped: Message[] } | { ok: false; reason: Message }

/** The file's JSON object, or why it is not a group file (both made here, so a file's own
 * fields can never pass for a reason). */
function parse(text: string): { json: Json } | { reason: Message } {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    return {
      reason: { key: 'group.damaged', values: { reason: verbatim((error as Error).message) } },
    }
  }
  if (tooDeep(json)) return { reason: { key: 'group.tooDeep', values: { depth: MAX_JSON_DEPTH } } }
  if (!isObject(json)) return { reason: { key: 'group.notGroupFile' } }
  const format = json['scholion:format']
  if (typeof format !== 'number' || !Number.isInteger(format))
    return { reason: { key: 'group.noFormat' } }
  if (format > GROUP_FORMAT) {
    return { reason: { key: 'group.newer', values: { format } } }
  }
  return { json }
}

export function writeManifest(m: Manifest): string {
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      type: 'scholion:StudyGroup',
      id: iri(m.id),
      name: m.name,
      created: m.created,
      'scholion:format': GROUP_FORMAT,
    },
    null,
    2,
  )}\n`
}

export function readManifest(text: string): Read<Manifest> {
  const parsed = parse(text)
  if ('reason' in parsed) return { ok: false, reason: parsed.reason }
  const { json } = parsed
  const id = str(json.id)
  const name = str(json.name)
  if (!id || name === null || !isTime(json.created)) {
    return { ok: false, reason: { key: 'group.noManifest' } }
  }
  return {
    ok: true,
    value: { id: fromIri(id), name: name.slice(0, 200), created: json.created },
    skipped: [],
  }
}

export function writeMember(m: Member, modified: string): string {
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      type: 'Person',
      id: iri(m.id),
      name: m.name,
      'scholion:colour': m.colour,
      modified,
      'scholion:format': GROUP_FORMAT,
    },
    null,
    2,
  )}\n`
}

export function readMember(text: string, memberId: string): Read<Member> {
  const parsed = parse(text)
  if ('reason' in parsed) return { ok: false, reason: parsed.reason }
  const { json } = parsed
  const id = fromIri(str(json.id) ?? '')
  if (id !== memberId) return { ok: false, reason: { key: 'group.someoneElse' } }
  const colour = memberColourSchema.safeParse(json['scholion:colour'])
  return {
    ok: true,
    value: {
      id,
      name: (str(json.name) ?? '').slice(0, 200),
      colour: colour.success ? colour.data.toLowerCase() : '#57534e',
    },
    skipped: [],
  }
}

/** The W3C form of a reply: an annotation whose target is the annotation it answers. */
export function replyItem(r: Reply): Json {
  return {
    id: iri(r.id),
    type: 'Annotation',
    motivation: 'replying',
    created: r.created,
    modified: r.modified,
    creator: { id: iri(r.creator.id), type: 'Person', name: r.creator.name || undefined },
    body: { type: 'TextualBody', purpose: 'replying', format: 'text/markdown', value: r.text },
    target: iri(r.annotationId),
    'scholion:article': r.articleId,
  }
}

/** One member's file for one article. `source` is the article's address. */
export function writeMemberArticle(
  memberId: string,
  a: MemberArticle,
  source: string,
  modified: string,
): string {
  return `${JSON.stringify({
    '@context': CONTEXT,
    type: 'AnnotationPage',
    'scholion:format': GROUP_FORMAT,
    'scholion:member': iri(memberId),
    'scholion:article': a.articleId,
    modified,
    items: [...a.annotations.map((x) => annotationItem(x, source)), ...a.replies.map(replyItem)],
    'scholion:deleted': a.deleted.map((d) => ({ id: iri(d.id), deleted: d.deleted })),
  })}\n`
}

function readReply(o: Json, groupId: string, articleId: string): Reply | Message {
  const id = str(o.id)
  const target = str(list(o.target)[0])
  if (!id || !target) return { key: 'group.replyNoTarget' }
  if (!isSafeKey(fromIri(id)) || !isSafeKey(fromIri(target))) return { key: 'group.replyReserved' }
  const body = list(o.body).find(isObject)
  const text = str(body?.value) ?? ''
  if (!text.trim() || text.length > MAX_REPLY) return { key: 'group.replyText' }
  const creator = list(o.creator).find(isObject)
  if (!isTime(o.created)) return { key: 'group.replyTime' }
  return {
    id: fromIri(id),
    groupId,
    articleId,
    annotationId: fromIri(target),
    text,
    creator: {
      id: fromIri(str(creator?.id) ?? ''),
      name: (str(creator?.name) ?? '').slice(0, 200),
    },
    created: o.created,
    modified: isTime(o.modified) ? o.modified : o.created,
  }
}

/**
 * Reads one member's file for one article, as annotations of `groupId`. Items that speak for
 * another member are dropped: a member's folder holds that member's words only.
 */
export function readMemberArticle(
  text: string,
  memberId: string,
  groupId: string,
): Read<MemberArticle> {
  const parsed = parse(text)
  if ('reason' in parsed) return { ok: false, reason: parsed.reason }
  const { json } = parsed
  const articleId = str(json['scholion:article'])
  if (
    !articleId ||
    !isSafeKey(articleId) ||
    fromIri(str(json['scholion:member']) ?? '') !== memberId
  ) {
    return { ok: false, reason: { key: 'group.noOwner' } }
  }
  const skipped: Message[] = []
  const out = readItems(list(json.items), memberId, groupId, articleId, skipped)
  for (const d of list(json['scholion:deleted'])) {
    if (isObject(d) && str(d.id) && isTime(d.deleted)) {
      out.deleted.push({ id: fromIri(str(d.id)!), deleted: d.deleted })
    }
  }
  return { ok: true, value: out, skipped }
}

/** A member's items in one article (annotations and replies), each checked; what cannot be
 * used is described in `skipped`. */
export function readItems(
  items: unknown[],
  memberId: string,
  groupId: string,
  articleId: string,
  skipped: Message[],
): MemberArticle {
  const out: MemberArticle = { articleId, annotations: [], replies: [], deleted: [] }
  for (const item of items) {
    if (!isObject(item)) {
      skipped.push({ key: 'group.itemNotObject' })
      continue
    }
    if (item.motivation === 'replying') {
      const reply = readReply(item, groupId, articleId)
      if ('key' in reply) skipped.push(reply)
      else if (reply.creator.id !== memberId) skipped.push({ key: 'group.replyOfOther' })
      else out.replies.push(reply)
      continue
    }
    const read = readW3c(item)
    if ('key' in read) {
      skipped.push(read)
      continue
    }
    if (read.creator.id !== memberId) {
      skipped.push({ key: 'group.annotationOfOther' })
      continue
    }
    const candidate: Annotation = {
      id: read.id,
      articleId,
      contentHash: read.contentHash,
      quote: read.quote,
      position: read.position ?? { start: 0, end: 0 },
      color: read.color,
      note: read.note,
      tags: read.tags,
      creator: read.creator,
      created: read.created,
      modified: read.modified,
      group: groupId,
    }
    // Thousands of items at a time: the schema only for what the quick check is unsure of.
    if (plainlyValid(candidate)) {
      out.annotations.push(candidate)
      continue
    }
    const checked = annotationSchema.safeParse(candidate)
    if (checked.success) out.annotations.push(checked.data)
    else
      skipped.push({
        key: 'group.invalidAnnotation',
        values: { reason: verbatim(checked.error.issues[0]?.message ?? '') },
      })
  }
  return out
}
