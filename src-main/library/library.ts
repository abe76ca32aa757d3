// The library the user reads from: the bundled archive, opened once, listed and filtered in
// memory, with documents read from disk on demand and checked against their content hash.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, ArticlePage, ParsedInput } from '../../src-shared/api'
import type { ArticleSummary, Notice } from '../../src-shared/article'
import { err, ok, type Result } from '../../src-shared/result'
import { articleSchema, type DocJSON } from '../../src-shared/schema'
import {
  CATALOG_FILE,
  catalogSchema,
  docPath,
  sha256,
  ARCHIVE_FORMAT_VERSION,
} from './archive-format'
import { foldForMatch } from './site-chrome'

export interface Library {
  dir: string
  formatVersion: number
  readonly count: number
  list(input: ParsedInput<'articles.list'>): ArticlePage
  get(id: string): Promise<Result<Omit<Article, 'position'>>>
}

export type OpenedLibrary =
  { library: Library; notices: Notice[] } | { library: null; notices: Notice[] }

function compareBy(sort: ParsedInput<'articles.list'>['sort']) {
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => a.title.localeCompare(b.title)
  const byDate = (a: ArticleSummary, b: ArticleSummary) =>
    (a.date ?? '').localeCompare(b.date ?? '') || byTitle(a, b)
  if (sort === 'title') return byTitle
  if (sort === 'date-asc') return byDate
  return (a: ArticleSummary, b: ArticleSummary) => byDate(b, a)
}

/** Opens the archive in `dir`. A missing or unreadable archive gives no library and a notice. */
export async function openLibrary(dir: string): Promise<OpenedLibrary> {
  let raw: string
  try {
    raw = await readFile(join(dir, CATALOG_FILE), 'utf8')
  } catch {
    return {
      library: null,
      notices: [
        { level: 'error', code: 'archive_missing', message: `No archive was found in ${dir}.` },
      ],
    }
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    json = undefined
  }
  const parsed = catalogSchema.safeParse(json)
  if (!parsed.success) {
    return {
      library: null,
      notices: [
        {
          level: 'error',
          code: 'archive_damaged',
          message: `The archive catalog in ${dir} is damaged and cannot be read.`,
        },
      ],
    }
  }
  const catalog = parsed.data
  if (catalog.formatVersion > ARCHIVE_FORMAT_VERSION) {
    return {
      library: null,
      notices: [
        {
          level: 'error',
          code: 'archive_newer',
          message: `The archive in ${dir} needs a newer version of Scholion.`,
        },
      ],
    }
  }
  const articles = catalog.articles
  const byId = new Map(articles.map((a) => [a.id, a]))
  const foldedTitles = new Map(articles.map((a) => [a.id, foldForMatch(a.title)]))

  const library: Library = {
    dir,
    formatVersion: catalog.formatVersion,
    count: articles.length,
    list({ offset, limit, lang, query, sort }) {
      const needle = query ? foldForMatch(query) : ''
      const languages = new Map<string, number>()
      const matching = articles.filter((a) => {
        if (needle && !foldedTitles.get(a.id)!.includes(needle)) return false
        languages.set(a.lang, (languages.get(a.lang) ?? 0) + 1)
        return !lang || a.lang === lang
      })
      matching.sort(compareBy(sort))
      return {
        total: matching.length,
        offset,
        items: matching.slice(offset, offset + limit),
        languages: [...languages]
          .map(([l, count]) => ({ lang: l, count }))
          .sort((a, b) => b.count - a.count),
      }
    },
    async get(id) {
      const meta = byId.get(id)
      if (!meta) return err('not_found', `There is no article "${id}" in the library.`)
      let bytes: string
      try {
        bytes = await readFile(join(dir, docPath(meta.contentHash)), 'utf8')
      } catch {
        return err('unavailable', `The text of "${meta.title}" is missing from the archive.`)
      }
      if (sha256(bytes) !== meta.contentHash) {
        return err(
          'unavailable',
          `The text of "${meta.title}" is damaged in the archive (checksum mismatch).`,
        )
      }
      try {
        const doc = articleSchema.nodeFromJSON(JSON.parse(bytes))
        doc.check()
        return ok({ meta, doc: doc.toJSON() as DocJSON })
      } catch (error) {
        return err(
          'unavailable',
          `The text of "${meta.title}" cannot be shown: ${(error as Error).message}`,
        )
      }
    },
  }
  return { library, notices: [] }
}
