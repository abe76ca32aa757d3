// Exports and imports, as the contract and the CLI offer them. Exports render in memory (for a
// preview, a copy or a download) or write into a folder, updating files in place: stable names,
// unchanged files left untouched, the user's text below the marker kept, and a file without the
// marker never overwritten. Imports are planned first (the preview), then applied as one batch.
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportFile, ExportFormat, ExportResult, ImportSummary } from '../../src-shared/api'
import { err, ok, type Result } from '../../src-shared/result'
import type { AnnotationStore } from '../annotations/annotation-store'
import { anchor } from '../annotations/anchoring'
import { createArticleTexts, type ArticleText, type ArticleTexts } from '../library/article-texts'
import type { Library } from '../library/library'
import { syncFolder, writeFileAtomic } from '../storage/atomic-write'
import { readIfExists } from '../storage/json-store'
import {
  collectNotes,
  groupByArticle,
  inPool,
  placeAll,
  type ArticleNotes,
  type ExportScope,
} from './article-notes'
import { toCsv } from './csv'
import { planImport } from './import-plan'
import {
  articleFile,
  combinedFile,
  markdownFileName,
  mergeWithExisting,
  renderArticle,
  renderOptions,
  templateProblem,
  type RenderOptions,
} from './markdown'
import { changedTags } from './tags'
import type { ExportColours, ExportFlavour } from '../../src-shared/export-template'
import { translatorFor } from '../../src-shared/i18n/catalogs'
import type { UiLanguage } from '../../src-shared/i18n/languages'
import { toJsonLd } from './web-annotation'
import { sharedParsePool } from '../workers/parse-pool'
import { reasonOf } from '../core/error-reason'
import { type Message } from '../../src-shared/i18n/translate'

export interface ExportRequest {
  format: ExportFormat
  scope: ExportScope
  combined?: boolean | undefined
  template?: string | undefined
  flavour?: ExportFlavour | undefined
  colours?: ExportColours | undefined
  /** The language of the export's own labels (the interface's); quotes keep the article's. */
  language?: UiLanguage | undefined
  sample?: boolean | undefined
}

const markdownOptions = async (req: ExportRequest): Promise<RenderOptions> =>
  renderOptions({
    ...(req.template !== undefined && { template: req.template }),
    ...(req.flavour !== undefined && { flavour: req.flavour }),
    ...(req.colours !== undefined && { colours: req.colours }),
    labels: await translatorFor(req.language ?? 'en'),
  })

type Progress = (done: number, total: number) => void

export const COMBINED_NAME = 'Scholion notes.md'
export const CSV_NAME = 'scholion-annotations.csv'
export const JSONLD_NAME = 'scholion-annotations.jsonld'

export function createExportService(
  store: AnnotationStore,
  library: Library | null,
  textOf: ArticleTexts = createArticleTexts(library),
) {
  const notesFor = async (scope: ExportScope, onProgress?: Progress): Promise<ArticleNotes[]> =>
    collectNotes(await store.all(), library, scope, onProgress)

  async function render(req: ExportRequest, onProgress?: Progress): Promise<Result<ExportFile[]>> {
    const options = await markdownOptions(req)
    const problem = req.format === 'md' ? templateProblem(options.template) : null
    if (problem) return err('invalid_input', problem)
    const found = await notesFor(req.scope, onProgress)
    const notes = req.sample ? found.slice(0, 1) : found
    if (req.format === 'csv') return ok([{ name: CSV_NAME, content: toCsv(notes) }])
    if (req.format === 'jsonld') {
      const tombstones =
        req.scope.articleId || req.scope.tag || req.scope.ids ? [] : await store.tombstones()
      return ok([{ name: JSONLD_NAME, content: toJsonLd(notes, tombstones) }])
    }
    try {
      if (req.combined) return ok([{ name: COMBINED_NAME, content: combinedFile(notes, options) }])
      return ok(
        notes.map((n) => ({
          name: markdownFileName(n.meta.id),
          content: articleFile(n, options),
        })),
      )
    } catch (error) {
      return err('invalid_input', {
        key: 'export.templateUnusable',
        values: { reason: reasonOf(error) },
      })
    }
  }

  async function write(
    req: ExportRequest & { folder: string },
    onProgress?: Progress,
  ): Promise<Result<ExportResult>> {
    // Markdown, a file per article: read, render and write each article in turn, several at a
    // time, so the disk works while the next one renders. Other exports render, then write.
    const perArticle = req.format === 'md' && !req.combined
    const options = await markdownOptions(req)
    if (perArticle) {
      const problem = templateProblem(options.template)
      if (problem) return err('invalid_input', problem)
    }
    const files = perArticle ? ok<ExportFile[]>([]) : await render(req, onProgress)
    if (!files.ok) return files
    const result: ExportResult = {
      folder: req.folder,
      written: [],
      unchanged: [],
      skipped: [],
      tagsChanged: [],
    }
    try {
      await mkdir(req.folder, { recursive: true })
      // One listing instead of a failed open per new file.
      const present = new Set(await readdir(req.folder))
      // Several files at a time: the disk, not the processor, sets the pace here.
      const queue = [...files.value]
      const one = async (file: ExportFile): Promise<void> => {
        const path = join(req.folder, file.name)
        const existing = present.has(file.name) ? await readIfExists(path) : null
        const content =
          req.format === 'md' ? mergeWithExisting(file.content, existing) : file.content
        if (content === null) {
          result.skipped.push({
            name: file.name,
            reason: { key: 'export.notOurs' },
          })
        } else if (content === existing) result.unchanged.push(file.name)
        else {
          await writeFileAtomic(path, content, undefined, false)
          result.written.push(file.name)
        }
      }
      // Markdown: the annotations in scope, by article, read once (files and the tag report).
      const groups = req.format === 'md' ? groupByArticle(await store.all(), req.scope) : null
      if (perArticle && groups) {
        let done = 0
        await inPool(groups, 8, async ([articleId, annotations]) => {
          const notes = await placeAll(library, articleId, annotations)
          await one({ name: markdownFileName(articleId), content: articleFile(notes, options) })
          onProgress?.(++done, groups.size)
        })
      } else await inPool(queue, 8, one)
      for (const list of [result.written, result.unchanged]) list.sort()
      // Markdown writes tags as Obsidian and Logseq read them; the ones that changed are told.
      if (groups)
        result.tagsChanged = changedTags([...groups.values()].flat().flatMap((a) => a.tags))
      if (result.written.length) await syncFolder(req.folder)
    } catch (error) {
      return err('storage', {
        key: 'export.writeFailed',
        values: { folder: req.folder, reason: reasonOf(error) },
      })
    }
    return ok(result)
  }

  async function plan(content: string) {
    // Read off the main thread, within a time and memory budget.
    const parsed = await sharedParsePool()
      .parseAnnotationFile(content)
      .catch((error: Error) => ({
        error: { key: 'import.unreadable', values: { reason: reasonOf(error) } } satisfies Message,
      }))
    if ('error' in parsed) return err('invalid_input', parsed.error)
    const resolveArticle = (i: { articleId: string | null; source: string | null }) => {
      if (!library) return null
      if (i.articleId && library.summary(i.articleId)) return i.articleId
      const deep = i.source && /^scholion:\/\/article\/([^#?]+)/.exec(i.source)
      if (deep) {
        const id = decodeURIComponent(deep[1]!)
        if (library.summary(id)) return id
      }
      return i.source ? library.findBySource(i.source) : null
    }
    const needText = new Set<string>()
    for (const item of parsed.items) {
      const id = item.position ? null : resolveArticle(item)
      if (id) needText.add(id)
    }
    // Where passages are in the current texts, for items whose file gives no position.
    const placements = new Map<string, ArticleText | null>()
    for (const id of needText) {
      const t = await textOf(id)
      placements.set(id, t.ok ? t.value : null)
    }
    const [local, tombstones] = await Promise.all([store.all(), store.tombstones()])
    return ok(
      planImport(parsed, {
        local,
        tombstones,
        resolveArticle,
        place: (articleId, item) => {
          const t = placements.get(articleId)
          const at = t ? anchor(t.text, { quote: item.quote }) : null
          return {
            start: at?.start ?? 0,
            end: at?.end ?? 0,
            contentHash: t?.contentHash ?? '',
          }
        },
      }),
    )
  }

  return {
    render,
    write,
    /** One article's notes (or some of them) as Markdown, for the clipboard. */
    async copy(
      articleId: string,
      ids?: string[],
      options: Partial<RenderOptions> = {},
      language: UiLanguage = 'en',
    ): Promise<Result<string>> {
      const notes = await notesFor({ articleId, ids })
      if (!notes.length) return err('not_found', { key: 'export.nothingToCopy' })
      const labels = await translatorFor(language)
      return ok(renderArticle(notes[0]!, { ...options, labels }, false))
    },
    async previewImport(content: string): Promise<Result<ImportSummary>> {
      const planned = await plan(content)
      return planned.ok ? ok(planned.value.summary) : planned
    },
    async applyImport(content: string, onProgress?: Progress): Promise<Result<ImportSummary>> {
      const planned = await plan(content)
      if (!planned.ok) return planned
      try {
        await store.applyBatch(planned.value.ops, onProgress)
      } catch (error) {
        return err('storage', { key: 'import.saveFailed', values: { reason: reasonOf(error) } })
      }
      return ok(planned.value.summary)
    },
  }
}

export type ExportService = ReturnType<typeof createExportService>
