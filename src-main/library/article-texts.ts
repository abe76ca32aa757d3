// The canonical text of recently used articles, read through the library once and kept for
// the next few calls: a burst of highlights, or an import placing many passages, parses each
// article once. Bounded, so a long session does not keep every article it touched. A text is
// kept with the version it was read from (its content hash): when the article gets a new version
// (a sync, an import), the next call reads the new text, so placements follow it at once.
import { err, ok, type Result } from '../../src-shared/result'
import { canonicalTextFromJson } from './canonical-json'
import type { Library } from './library'

export interface ArticleText {
  contentHash: string
  text: string
}

export type ArticleTexts = (articleId: string) => Promise<Result<ArticleText>>

export function createArticleTexts(library: Library | null, capacity = 8): ArticleTexts {
  const recent = new Map<string, ArticleText>()
  return async function textOf(articleId: string): Promise<Result<ArticleText>> {
    const hit = recent.get(articleId)
    if (hit && hit.contentHash === library?.summary(articleId)?.contentHash) {
      // Most recently used last.
      recent.delete(articleId)
      recent.set(articleId, hit)
      return ok(hit)
    }
    if (!library) return err('unavailable', { key: 'library.archiveUnopened' })
    const meta = library.summary(articleId)
    const doc = await library.docJson(articleId)
    if (!doc.ok) return doc
    const value = { contentHash: meta!.contentHash, text: canonicalTextFromJson(doc.value).text }
    recent.delete(articleId)
    recent.set(articleId, value)
    if (recent.size > capacity) recent.delete(recent.keys().next().value!)
    return ok(value)
  }
}
