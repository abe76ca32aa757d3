// Annotations as the contract offers them: made from a range of an article's canonical text
// (the selectors are computed here, against the text the core holds), anchored again every time
// an article is opened, changed, deleted and restored (for undo), and listed for the notebook.
// Failures come back as Results with a sentence the user can read.
import { randomUUID } from 'node:crypto'
import type { NotebookPage, ParsedInput } from '../../src-shared/api'
import type { AnchoredAnnotation, Annotation, Creator } from '../../src-shared/annotation'
import type { Notice } from '../../src-shared/article'
import { err, ok, type Result } from '../../src-shared/result'
import { createArticleTexts, type ArticleText, type ArticleTexts } from '../library/article-texts'
import type { Library } from '../library/library'
import type { AnnotationStore } from './annotation-store'
import { anchor, describeRange, nearest } from './anchoring'
import { normalise } from './match-text'
import { queryNotebook, tagCounts } from './notebook'
import { reasonOf } from '../core/error-reason'

export interface AnnotationServiceOptions {
  store: AnnotationStore
  library: Library | null
  identity: () => Creator
  now: () => Date
  newId?: () => string
  /** Shared with the other services that read article texts. */
  texts?: ArticleTexts
  /** Other members' annotations (study groups), for the notebook. */
  others?: () => { annotation: Annotation; colour: string }[]
}

/** The notebook's first page with no filter, newest first, within the `known` newest. */
function isFirstPageOfAll(q: ParsedInput<'annotations.query'>, known: number): boolean {
  const filtered =
    q.tag || q.color || q.lang || q.articleId || q.from || q.to || q.query || q.author
  return !filtered && q.sort === 'newest' && q.offset + q.limit <= known
}

function saveFailed(error: unknown): Result<never> {
  return err('storage', { key: 'annotations.saveFailed', values: { reason: reasonOf(error) } })
}

export function createAnnotationService({
  store,
  library,
  identity,
  now,
  newId = randomUUID,
  texts,
  others = () => [],
}: AnnotationServiceOptions) {
  // The canonical texts of the last few articles, so a burst of highlights parses once.
  const textOf = texts ?? createArticleTexts(library)

  const place = (text: string, a: Annotation): AnchoredAnnotation => {
    const selector = { quote: a.quote, position: a.position }
    const placed = anchor(text, selector)
    if (placed) {
      // Placed where the words differ from the quote (not only in typesetting): say so.
      const changed =
        normalise(text.slice(placed.start, placed.end)).trim() !== normalise(a.quote.exact).trim()
      return changed ? { ...a, anchor: placed, changed } : { ...a, anchor: placed }
    }
    // An orphan: the closest passage, for the reader to judge (and attach it there).
    const candidate = nearest(text, selector)
    return candidate ? { ...a, anchor: null, nearest: candidate } : { ...a, anchor: null }
  }

  /** The selectors of a range of an article's current text, or why it is not a passage. */
  const passageOf = async ({
    articleId,
    start,
    end,
  }: {
    articleId: string
    start: number
    end: number
  }): Promise<Result<{ text: ArticleText; selectors: ReturnType<typeof describeRange> }>> => {
    const text = await textOf(articleId)
    if (!text.ok) return text
    if (end > text.value.text.length || start >= end) {
      return err('invalid_input', { key: 'annotations.outside' })
    }
    const selectors = describeRange(text.value.text, start, end)
    if (!selectors.quote.exact.trim()) return err('invalid_input', { key: 'annotations.empty' })
    return ok({ text: text.value, selectors })
  }

  return {
    async forArticle(
      articleId: string,
    ): Promise<Result<{ annotations: AnchoredAnnotation[]; notices: Notice[] }>> {
      const list = await store.list(articleId)
      // None to place: no need to read the text while the article opens.
      if (list.length === 0) {
        if (!library?.summary(articleId))
          return err('not_found', { key: 'library.noArticle', values: { id: articleId } })
        return ok({ annotations: [], notices: [...store.notices] })
      }
      const text = await textOf(articleId)
      if (!text.ok) return text
      return ok({
        annotations: list.map((a) => place(text.value.text, a)),
        notices: [...store.notices],
      })
    },

    async create(input: ParsedInput<'annotations.create'>): Promise<Result<AnchoredAnnotation>> {
      const passage = await passageOf(input)
      if (!passage.ok) return passage
      const { text, selectors } = passage.value
      const { start, end } = input
      const stamp = now().toISOString()
      const annotation: Annotation = {
        id: newId(),
        articleId: input.articleId,
        contentHash: text.contentHash,
        quote: selectors.quote,
        position: selectors.position,
        color: input.color,
        note: input.note,
        tags: input.tags,
        creator: identity(),
        created: stamp,
        modified: stamp,
        ...(input.group ? { group: input.group } : {}),
      }
      try {
        await store.put(annotation)
      } catch (error) {
        return saveFailed(error)
      }
      return ok({ ...annotation, anchor: { start, end, confidence: 1 } })
    },

    async update(input: ParsedInput<'annotations.update'>): Promise<Result<Annotation>> {
      try {
        const saved = await store.update(input.articleId, input.id, (draft) => {
          if (input.color !== undefined) draft.color = input.color
          if (input.note !== undefined) draft.note = input.note
          if (input.tags !== undefined) draft.tags = input.tags
          if (input.group === null) delete draft.group
          else if (input.group !== undefined) draft.group = input.group
          draft.modified = now().toISOString()
        })
        return saved ? ok(saved) : err('not_found', { key: 'annotations.gone' })
      } catch (error) {
        return saveFailed(error)
      }
    },

    async remove(input: ParsedInput<'annotations.delete'>): Promise<Result<Annotation>> {
      try {
        const removed = await store.remove(input.articleId, input.id)
        return removed ? ok(removed) : err('not_found', { key: 'annotations.gone' })
      } catch (error) {
        return err('storage', {
          key: 'annotations.deleteFailed',
          values: { reason: reasonOf(error) },
        })
      }
    },

    /** Attaches an annotation to another passage of the current text (an orphan's repair, or
     * one placed on a changed passage): the quote and position are the new passage's, and the
     * note, tags, group, id and creation time stay. Undone by `restore` of what it was. */
    async reanchor(
      input: ParsedInput<'annotations.reanchor'>,
    ): Promise<Result<AnchoredAnnotation>> {
      const passage = await passageOf(input)
      if (!passage.ok) return passage
      const { text, selectors } = passage.value
      const { start, end } = input
      try {
        const saved = await store.update(input.articleId, input.id, (draft) => {
          draft.quote = selectors.quote
          draft.position = selectors.position
          draft.contentHash = text.contentHash
          draft.modified = now().toISOString()
        })
        if (!saved) return err('not_found', { key: 'annotations.gone' })
        return ok({ ...saved, anchor: { start, end, confidence: 1 } })
      } catch (error) {
        return saveFailed(error)
      }
    },

    /** Puts back an annotation exactly as it was (undo of a delete, redo of a create). */
    async restore(annotation: Annotation): Promise<Result<AnchoredAnnotation>> {
      const text = await textOf(annotation.articleId)
      try {
        await store.put(annotation)
      } catch (error) {
        return saveFailed(error)
      }
      return ok(text.ok ? place(text.value.text, annotation) : { ...annotation, anchor: null })
    },

    async query(input: ParsedInput<'annotations.query'>): Promise<Result<NotebookPage>> {
      const shared = others()
      const colours = new Map(shared.map((x) => [x.annotation.creator.id, x.colour]))
      const summaryOf = (id: string) => library?.summary(id) ?? null
      // Before every file is read (a cold start), the notebook's first page comes from what the
      // store keeps of the newest annotations; the rest loads meanwhile.
      const head = store.loaded() ? null : store.head()
      if (head && isFirstPageOfAll(input, head.newest.length)) {
        void store.all().catch(() => undefined)
        const known = [...head.newest, ...shared.map((x) => x.annotation)]
        const page = queryNotebook(known, input, summaryOf, colours)
        return ok({ ...page, total: head.total + shared.length, partial: true })
      }
      const all = [...(await store.all()), ...shared.map((x) => x.annotation)]
      return ok(queryNotebook(all, input, summaryOf, colours))
    },

    async tags() {
      return ok(tagCounts(await store.all()))
    },
  }
}

export type AnnotationService = ReturnType<typeof createAnnotationService>
