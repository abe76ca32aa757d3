// What importing a file would change, worked out before anything is written: each incoming
// annotation is matched to an article in the library and merged by id with what is here (the
// newer `modified` wins; a deletion wins over an older change, and loses to a newer one). The
// plan is a list of store operations plus a summary for the preview. Pure.
import { annotationSchema, type Annotation } from '../../src-shared/annotation'
import type { ImportChange, ImportSummary } from '../../src-shared/api'
import type { BatchOp, Tombstone } from '../annotations/annotation-store'
import type { Incoming, ParsedFile } from './web-annotation'
import { verbatim } from '../../src-shared/i18n/translate'

export interface ImportPlan {
  ops: BatchOp[]
  summary: ImportSummary
}

export interface PlanContext {
  local: readonly Annotation[]
  tombstones: readonly (Tombstone & { articleId: string })[]
  /** The library's id for an incoming annotation's article, or null if it has none. */
  resolveArticle: (incoming: { articleId: string | null; source: string | null }) => string | null
  /** Where a passage is in the article's current text, when the file does not say. */
  place: (articleId: string, item: Incoming) => { start: number; end: number; contentHash: string }
}

const PREVIEW = 200

export function planImport(parsed: ParsedFile, ctx: PlanContext): ImportPlan {
  const local = new Map(ctx.local.map((a) => [a.id, a]))
  const deletedHere = new Map(ctx.tombstones.map((t) => [t.id, t]))
  const summary: ImportSummary = {
    format: parsed.format,
    added: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    skipped: [],
    skippedCount: 0,
    changes: [],
  }
  const ops: BatchOp[] = []
  const note = (change: ImportChange) => {
    if (summary.changes.length < PREVIEW) summary.changes.push(change)
  }
  // A file of a million broken items must not make an answer of megabytes: the first ones, and
  // how many in all.
  const skip = (skipped: ImportSummary['skipped'][number]) => {
    summary.skippedCount++
    if (summary.skipped.length < PREVIEW) summary.skipped.push(skipped)
  }
  for (const s of parsed.skipped) skip({ item: s.item, id: null, reason: s.reason })

  // One entry per id: the newest version in the file.
  const newest = new Map<string, Incoming>()
  for (const item of parsed.items) {
    const seen = newest.get(item.id)
    if (!seen || item.modified > seen.modified) newest.set(item.id, item)
  }

  for (const item of newest.values()) {
    const articleId = ctx.resolveArticle(item)
    if (!articleId) {
      skip({
        item: null,
        id: item.id,
        reason:
          item.source || item.articleId
            ? { key: 'import.noArticle', values: { source: item.source ?? item.articleId ?? '' } }
            : { key: 'import.noSource' },
      })
      continue
    }
    const here = local.get(item.id)
    const gone = deletedHere.get(item.id)
    if (here && here.modified >= item.modified) {
      summary.unchanged++
      continue
    }
    if (!here && gone && gone.deleted >= item.modified) {
      skip({
        item: null,
        id: item.id,
        reason: { key: 'import.deletedHere' },
      })
      continue
    }
    const placed = item.position
      ? { ...item.position, contentHash: item.contentHash }
      : ctx.place(articleId, item)
    const candidate = annotationSchema.safeParse({
      id: item.id,
      articleId,
      contentHash: placed.contentHash,
      quote: item.quote,
      position: { start: placed.start, end: placed.end },
      color: item.color,
      note: item.note,
      tags: item.tags,
      creator: item.creator,
      created: item.created,
      modified: item.modified,
    })
    if (!candidate.success) {
      const issue = candidate.error.issues[0]
      skip({
        item: null,
        id: item.id,
        reason: {
          key: 'import.invalid',
          values: { field: issue?.path.join('.') ?? '', reason: verbatim(issue?.message ?? '') },
        },
      })
      continue
    }
    const annotation = candidate.data
    if (here && here.articleId !== articleId) {
      ops.push({ kind: 'delete', articleId: here.articleId, id: here.id, deleted: item.modified })
    }
    ops.push({ kind: 'put', annotation })
    if (here) summary.updated++
    else summary.added++
    note({ kind: here ? 'update' : 'add', id: item.id, articleId, quote: item.quote.exact })
  }

  for (const t of parsed.tombstones) {
    const here = local.get(t.id)
    if (!here || here.modified >= t.deleted || newest.has(t.id)) {
      summary.unchanged++
      continue
    }
    ops.push({ kind: 'delete', articleId: here.articleId, id: here.id, deleted: t.deleted })
    summary.deleted++
    note({ kind: 'delete', id: here.id, articleId: here.articleId, quote: here.quote.exact })
  }
  return { ops, summary }
}
