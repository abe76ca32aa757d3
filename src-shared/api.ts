// The one contract between the UI and the core. Each entry maps a method name to the schema its
// input must satisfy at run time and (as a type only) its output. The Electron IPC host, the HTTP
// host and the renderer's client are all derived from this map: declare a method once, here.
import { z } from 'zod'
import { EXPORT_COLOURS, EXPORT_FLAVOURS } from './export-template'
import { UI_LANGUAGES } from './i18n/languages'
import type { IndexStatus, SearchResults } from './search'
import {
  COLORS,
  MAX_NOTE,
  annotationSchema,
  tagSchema,
  tagsSchema,
  type AnchoredAnnotation,
  type Annotation,
  type TagCount,
} from './annotation'
import {
  MAX_REPLY,
  memberColourSchema,
  type GroupArticle,
  type GroupInfo,
  type Member,
  type Reply,
} from './group'
import type { Result } from './result'
import { METHOD_NAMES, type MethodName } from './api-methods'
import {
  EXPORT_FORMATS,
  FONTS,
  READER_LIMITS,
  THEMES,
  type AddFilesReport,
  type AppInfo,
  type Article,
  type ArticleAnnotations,
  type ArticlePage,
  type ExportFile,
  type ExportResult,
  type ImportSummary,
  type NotebookPage,
  type PackImport,
  type ReadingPosition,
  type Settings,
  type SyncProgress,
  type SyncReport,
  type SyncSource,
} from './api-types'
import { safeKey } from './safe-keys'
import { method } from './api-method'
import { archiveMethods, savedSearchMethods, settingsFileMethods, webAddress } from './api-archive'

export { MAX_PACK_PART_CHARS, MAX_SETTINGS_FILE_CHARS } from './api-archive'

export * from './api-types'

/** Import files are sent whole; larger ones are refused. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024
const articleId = safeKey.min(1).max(300)
const annotationId = safeKey.min(1).max(100)
const groupId = safeKey.min(1).max(100)
const folder = z.string().trim().min(1).max(4096)
const replyText = z.string().trim().min(1).max(MAX_REPLY)
const exportRequest = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    scope: z
      .object({
        articleId: articleId.optional(),
        tag: tagSchema.optional(),
        ids: z.array(annotationId).max(100_000).optional(),
      })
      .strict()
      .default({}),
    /** Markdown: one file for all articles instead of one per article. */
    combined: z.boolean().optional(),
    template: z.string().max(100_000).optional(),
    /** Markdown: the flavour (its built-in template when none is given, its marker line). */
    flavour: z.enum(EXPORT_FLAVOURS).optional(),
    /** Markdown: how highlight colours show (the flavour's default when not given). */
    colours: z.enum(EXPORT_COLOURS).optional(),
    /** The language of the export's own labels ("Open in Scholion"): the interface's. */
    language: z.enum(UI_LANGUAGES).optional(),
    /** Render only the first article (for a preview). */
    sample: z.boolean().optional(),
  })
  .strict()
const importInput = z.object({ content: z.string().max(MAX_IMPORT_CHARS) }).strict()
/** Files sent to `library.addFiles` at once: their bytes as base64, within the large-input
 * limit (the page sends bigger selections in several calls). */
export const MAX_ADD_FILES_CHARS = 32 * 1024 * 1024
const addFilesInput = z
  .object({
    files: z
      .array(
        z
          .object({
            name: z.string().min(1).max(1000),
            data: z.string().max(MAX_ADD_FILES_CHARS).base64(),
          })
          .strict(),
      )
      .min(1)
      .max(500)
      .refine(
        (files) => files.reduce((n, f) => n + f.data.length, 0) <= MAX_ADD_FILES_CHARS,
        'the files are too large to send at once',
      ),
  })
  .strict()
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
const range = (r: { min: number; max: number }) => z.number().min(r.min).max(r.max)
const readerChange = z
  .object({
    theme: z.enum(THEMES),
    font: z.enum(FONTS),
    fontSize: range(READER_LIMITS.fontSize),
    lineHeight: range(READER_LIMITS.lineHeight),
    width: range(READER_LIMITS.width),
  })
  .partial()
  .strict()

export const contract = {
  'app.info': method<AppInfo>()(z.object({}).strict()),
  /** Asks the user to choose a folder (the desktop app only): its path, or null if cancelled. */
  'app.chooseFolder': method<string | null>()(z.object({ title: z.string().max(200) }).strict()),
  /** Shows the data folder in the system's file manager (the desktop app only). */
  'app.openDataFolder': method<null>()(z.object({}).strict()),
  'articles.list': method<ArticlePage>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        lang: z.string().min(1).max(20).optional(),
        year: z.number().int().min(1000).max(9999).optional(),
        section: z.string().min(1).max(300).optional(),
        /** read: opened at least once; unread: never opened; annotated: has annotations;
         * own: the user's own files; new: new since the last visit. */
        status: z.enum(['read', 'unread', 'annotated', 'own', 'new']).optional(),
        query: z.string().max(200).optional(),
        sort: z.enum(['date-desc', 'date-asc', 'title']).default('date-desc'),
      })
      .strict(),
  ),
  'articles.get': method<Article>()(
    z
      .object({
        id: articleId,
        /** An earlier version's content hash (see Article.versions). */
        version: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional(),
        /** The article's annotations too, placed in its text (opening an article is then one
         * request). Not for an earlier version. */
        annotations: z.boolean().optional(),
      })
      .strict(),
  ),
  'settings.get': method<Settings>()(z.object({}).strict()),
  'settings.update': method<Settings>()(
    z
      .object({
        lastArticleId: articleId.nullable().optional(),
        reader: readerChange.optional(),
        identity: z
          .object({ name: z.string().trim().max(200), colour: memberColourSchema.optional() })
          .strict()
          .optional(),
        lastColor: z.enum(COLORS).optional(),
        exportTemplate: z.string().max(100_000).nullable().optional(),
        exportFolder: z.string().max(4096).nullable().optional(),
        exportFlavour: z.enum(EXPORT_FLAVOURS).optional(),
        interfaceLanguage: z.enum(UI_LANGUAGES).nullable().optional(),
        exportColours: z.enum(EXPORT_COLOURS).nullable().optional(),
        archiveUpdateUrl: webAddress.nullable().optional(),
      })
      .strict(),
  ),
  'reading.get': method<ReadingPosition | null>()(z.object({ id: articleId }).strict()),
  'reading.save': method<ReadingPosition>()(
    z
      .object({
        id: articleId,
        block: z.number().int().min(0).max(1_000_000),
        progress: z.number().min(0).max(1),
      })
      .strict(),
  ),
  'annotations.forArticle': method<ArticleAnnotations>()(z.object({ articleId }).strict()),
  'annotations.create': method<AnchoredAnnotation>()(
    z
      .object({
        articleId,
        /** Offsets into the article's canonical text. */
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        color: z.enum(COLORS),
        note: z.string().max(MAX_NOTE).default(''),
        tags: tagsSchema.default([]),
        /** Share it with this study group. */
        group: groupId.optional(),
      })
      .strict(),
  ),
  'annotations.update': method<Annotation>()(
    z
      .object({
        articleId,
        id: annotationId,
        color: z.enum(COLORS).optional(),
        note: z.string().max(MAX_NOTE).optional(),
        tags: tagsSchema.optional(),
        /** Share it with this study group; null: keep it to oneself. */
        group: groupId.nullable().optional(),
      })
      .strict(),
  ),
  'annotations.delete': method<Annotation>()(z.object({ articleId, id: annotationId }).strict()),
  /** Attaches an annotation to another passage of the article's current text (an orphan's
   * repair): its note, tags, replies, id and creation stay; its quote and position change. */
  'annotations.reanchor': method<AnchoredAnnotation>()(
    z
      .object({
        articleId,
        id: annotationId,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
      })
      .strict(),
  ),
  /** Puts an annotation back exactly as it was: undo of a delete. */
  'annotations.restore': method<AnchoredAnnotation>()(
    z.object({ annotation: annotationSchema }).strict(),
  ),
  'annotations.query': method<NotebookPage>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(0).max(500).default(100),
        tag: tagSchema.optional(),
        color: z.enum(COLORS).optional(),
        lang: z.string().min(1).max(20).optional(),
        articleId: articleId.optional(),
        /** ISO dates (YYYY-MM-DD), inclusive, on the day the annotation was made. */
        from: isoDay.optional(),
        to: isoDay.optional(),
        query: z.string().max(200).optional(),
        /** Only this member's (a member id), in study groups. */
        author: z.string().min(1).max(100).optional(),
        sort: z.enum(['newest', 'oldest', 'article']).default('newest'),
      })
      .strict(),
  ),
  'annotations.tags': method<TagCount[]>()(z.object({}).strict()),
  /** The files an export would write, rendered in memory (for a preview, a copy or a download). */
  'export.render': method<ExportFile[]>()(exportRequest),
  /** Writes an export into a folder, updating earlier exports in place. */
  'export.write': method<ExportResult>()(
    exportRequest.extend({ folder: z.string().min(1).max(4096) }).strict(),
  ),
  /** One article's notes (or the given ones) as Markdown for the clipboard. */
  'export.copy': method<string>()(
    z
      .object({
        articleId,
        ids: z.array(annotationId).max(10_000).optional(),
        language: z.enum(UI_LANGUAGES).optional(),
      })
      .strict(),
  ),
  /** Adds files (saved web pages, Markdown, text) to the user's own library. */
  'library.addFiles': method<AddFilesReport>()(addFilesInput),
  /** Where sync looks for new articles. */
  'sync.sources': method<SyncSource[]>()(z.object({}).strict()),
  /** Replaces the list of sources (add, edit, remove, enable); built-in ones may be turned off
   * but come back if removed. */
  'sync.saveSources': method<SyncSource[]>()(
    z
      .object({
        sources: z
          .array(
            z
              .object({
                id: safeKey.min(1).max(100),
                name: z.string().trim().min(1).max(200),
                url: z.url({ protocol: /^https?$/ }),
                pattern: z.string().max(500).nullable(),
                enabled: z.boolean(),
                intervalMinutes: z.number().int().min(15).max(10_080),
              })
              .strict(),
          )
          .max(200),
      })
      .strict(),
  ),
  /** Where a sync under way is, source by source (null when none runs). */
  'sync.progress': method<SyncProgress | null>()(z.object({}).strict()),
  /** Looks for new articles now, in the enabled sources or the ones named. */
  'sync.run': method<SyncReport>()(
    z
      .object({
        sources: z.array(z.string().min(1).max(100)).max(100).optional(),
        /** Ask for everything again, not conditionally (a server that lies about 304). */
        full: z.boolean().optional(),
      })
      .strict(),
  ),
  ...archiveMethods,
  ...savedSearchMethods,
  ...settingsFileMethods,
  /** What importing a file of annotations would change; nothing is written. */
  'import.preview': method<ImportSummary>()(importInput),
  /** Imports a file of annotations: all of it or, if it cannot be read, nothing. */
  'import.apply': method<ImportSummary>()(importInput),
  /** Searches article titles and text, and annotations (quotes, notes, tags). */
  'search.query': method<SearchResults>()(
    z
      .object({
        query: z.string().max(2000),
        offset: z.number().int().min(0).max(100_000).default(0),
        limit: z.number().int().min(0).max(200).default(20),
        /** How many of the article hits get a snippet. */
        snippets: z.number().int().min(0).max(50).default(10),
        notesLimit: z.number().int().min(0).max(200).default(10),
      })
      .strict(),
  ),
  /** The search index's state (building progress). */
  'search.status': method<IndexStatus>()(z.object({}).strict()),
  /** The study groups one is in (and has left), and who one is in them. */
  'groups.list': method<{ groups: GroupInfo[]; me: Member }>()(z.object({}).strict()),
  /** Starts a group in a folder the members sync. */
  'groups.create': method<GroupInfo>()(
    z.object({ folder, name: z.string().trim().min(1).max(200) }).strict(),
  ),
  /** Joins the group whose folder this is. */
  'groups.join': method<GroupInfo>()(z.object({ folder }).strict()),
  /** Leaves a group, keeping a read-only copy of what was shared. */
  'groups.leave': method<GroupInfo>()(z.object({ groupId }).strict()),
  /** Others' annotations and everyone's replies in an article. */
  'groups.forArticle': method<GroupArticle>()(z.object({ articleId }).strict()),
  /** Resolves with the version of what is shared once it differs from `since` (or after
   * `waitMs`): the reader waits on it to show others' changes as they come. */
  'groups.changes': method<{ version: number }>()(
    z
      .object({
        since: z.number().int().min(0),
        waitMs: z.number().int().min(0).max(30_000).default(20_000),
      })
      .strict(),
  ),
  'groups.reply': method<Reply>()(
    z.object({ groupId, articleId, annotationId, text: replyText }).strict(),
  ),
  'groups.editReply': method<Reply>()(
    z.object({ groupId, id: annotationId, text: replyText }).strict(),
  ),
  'groups.deleteReply': method<Reply>()(z.object({ groupId, id: annotationId }).strict()),
  /** Everything a group shared as one file, for a group without a common folder. */
  'groups.exportPack': method<ExportFile>()(z.object({ groupId }).strict()),
  /** Takes in a group pack (joining its group if need be). */
  'groups.importPack': method<PackImport>()(importInput),
} as const

export type Contract = typeof contract

/** Methods whose input may be a whole file (up to MAX_IMPORT_CHARS); hosts allow them more. */
export const LARGE_INPUT_METHODS: ReadonlySet<string> = new Set<keyof Contract>([
  'library.addFiles',
  'import.preview',
  'import.apply',
  'groups.importPack',
  'archive.receivePack',
])
export type Method = keyof Contract

// Compile-time proof that METHOD_NAMES lists exactly the contract's methods.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesMatchContract: Same<Method, MethodName> = true
void namesMatchContract
/** What a caller passes (defaults may be omitted). */
export type Input<M extends Method> = z.input<Contract[M]['input']>
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>
export type Output<M extends Method> = NonNullable<Contract[M]['output']>['type']

export const methods: readonly Method[] = METHOD_NAMES

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name)
}

/** The core's side of the contract: one async function per method, returning a Result. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Result<Output<M>>> }

/** The caller's side: what the renderer (or a script) holds. */
export type ApiClient = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> }

/** Moves one call across a boundary and brings its Result back. */
export type Transport = (method: Method, input: unknown) => Promise<Result<unknown>>

/** Builds a client with exactly one function per contract method, all going through `transport`. */
export function createClient(transport: Transport): ApiClient {
  const client: Record<string, (input: unknown) => Promise<Result<unknown>>> = {}
  for (const m of methods) client[m] = (input) => transport(m, input)
  return client as ApiClient
}

/** Turns a validation failure into one readable sentence. */
export function describeInvalidInput(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ')
}
