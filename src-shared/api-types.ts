// What the contract's methods give back (and the reader settings they take): the articles,
// pages, settings, reports and progress the UI shows. The methods themselves, with their input
// schemas, are in api.ts, which exports all of this too.
import type { ArticleSummary, Notice, Translation } from './article'
import type { ExportColours, ExportFlavour } from './export-template'
import type { UiLanguage } from './i18n/languages'
import type { AnchoredAnnotation, Color, Creator, NotebookEntry, TagCount } from './annotation'
import type { DocJSON } from './schema'
import type { GroupInfo } from './group'
import type { Message } from './i18n/translate'

export interface AppInfo {
  name: string
  version: string
  host: 'electron' | 'http'
  dataDir: string
  archive: {
    dir: string
    articleCount: number
    formatVersion: number
    /** True while the archive's files are being checked in the background. */
    checking: boolean
  } | null
  /** Things the user must be told once: a recovered store, a damaged archive file… */
  notices: Notice[]
}

export interface ArticlePage {
  total: number
  offset: number
  items: ArticleSummary[]
  /** Counts per language and per year among the articles matching the other filters. */
  languages: { lang: string; count: number }[]
  years: { year: number; count: number }[]
  /** Counts per section (articles without one are not counted here). */
  sections: { section: string; count: number }[]
  /** How many of the matching articles were opened, how many not, how many have notes, how
   * many are the user's own files, and how many are new since the last visit. */
  status: { read: number; unread: number; annotated: number; own: number; new: number }
}

/** An earlier version of an article (it changed on the site since). */
export interface ArticleVersion {
  contentHash: string
  title: string
  /** When the next version replaced it (ISO time). */
  until: string
}

export interface Article {
  meta: ArticleSummary
  doc: DocJSON
  /** Earlier versions, oldest first; when `version` was asked for, this is that version's
   * text and `meta.contentHash` names it. */
  versions?: ArticleVersion[]
  /** The same article in other languages, when the archive links them. */
  translations: Translation[]
  /** Where the reader left this article, so it opens there in one call; null if never read. */
  position: ReadingPosition | null
  /** When asked for (`annotations: true`), and they could be read: as annotations.forArticle
   * gives them. */
  annotations?: ArticleAnnotations
}

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const
export const FONTS = ['serif', 'sans'] as const

/** How articles are set. Ranges are enforced by the contract; the UI offers the same steps. */
export interface ReaderSettings {
  theme: (typeof THEMES)[number]
  font: (typeof FONTS)[number]
  /** px */
  fontSize: number
  lineHeight: number
  /** Measure in characters. */
  width: number
}

export const READER_LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2.1, step: 0.1 },
  width: { min: 45, max: 90, step: 5 },
} as const

export const DEFAULT_READER: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.65,
  width: 65,
}

export interface Settings {
  lastArticleId: string | null
  reader: ReaderSettings
  /** Who this installation is: the creator of its annotations, and in groups, its colour
   * ('' until chosen). */
  identity: Creator & { colour: string }
  /** The colour `h` highlights with. */
  lastColor: Color
  /** The user's Markdown export template; null for the default. */
  exportTemplate: string | null
  /** Where exports were last written. */
  exportFolder: string | null
  /** The Markdown flavour last chosen (and the one the user's template is for). */
  exportFlavour: ExportFlavour
  /** How highlight colours show in Markdown; null for the flavour's default. */
  exportColours: ExportColours | null
  /** The interface's language; null to follow the system's. */
  interfaceLanguage: UiLanguage | null
  /** Where to look for a newer signed archive update when online; null (the default): never. */
  archiveUpdateUrl: string | null
}

/** The notebook: a page of annotations across the library, with counts for every filter. */
export interface NotebookPage {
  total: number
  offset: number
  items: NotebookEntry[]
  tags: TagCount[]
  colors: { color: Color; count: number }[]
  languages: { lang: string; count: number }[]
  articles: { id: string; title: string; count: number }[]
  /** Who wrote them, when other members' annotations are in the notebook too. */
  authors: { id: string; name: string; count: number; colour?: string }[]
  /** The first page, answered before every annotation was read (a cold start): the items and
   * the total are right, the counts of the filters are of these items only. Ask again shortly
   * for the whole answer. */
  partial?: boolean
}

export const EXPORT_FORMATS = ['md', 'csv', 'jsonld'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportFile {
  name: string
  content: string
}

export interface ExportResult {
  folder: string
  written: string[]
  /** Files already up to date, left untouched. */
  unchanged: string[]
  skipped: { name: string; reason: Message }[]
  /** Tags written differently than they are stored (spaces, punctuation), each once. */
  tagsChanged: { from: string; to: string }[]
}

export interface ImportChange {
  kind: 'add' | 'update' | 'delete'
  id: string
  articleId: string
  quote: string
}

/** What an import does (or would do): counts, what was skipped and why, the first changes. */
export interface ImportSummary {
  format: 'scholion' | 'w3c' | 'hypothesis'
  added: number
  updated: number
  deleted: number
  unchanged: number
  /** The first items skipped (at most 200), and why; `skippedCount` counts them all. */
  skipped: { item: number | null; id: string | null; reason: Message }[]
  skippedCount: number
  changes: ImportChange[]
}

/** What adding files to the user's own library did: each file added or skipped, and why. */
export interface AddFilesReport {
  /** Each article added, with what the import found in it and what looks wrong (#18). */
  added: {
    id: string
    title: string
    file: string
    dropped: string[]
    lang: string
    date: string | null
    author: string | null
    section: string | null
    /** The language was guessed from the text (the file name does not say it). */
    langGuessed: boolean
    warnings: Message[]
  }[]
  skipped: { file: string; reason: Message }[]
}

/** What taking in a group pack did. */
export interface PackImport {
  group: GroupInfo
  /** Members whose words the pack carried (not counting oneself). */
  members: number
  annotations: number
  replies: number
  /** The first items skipped (at most 200), and why; `skippedCount` counts them all. */
  skipped: Message[]
  skippedCount: number
}

/** What one source brought in one sync. */
export interface SyncSourceResult {
  id: string
  name: string
  /** Articles added to the user's library. */
  added: { id: string; title: string }[]
  /** Links to articles the library has already. */
  known: number
  /** Pages that could not be fetched or read, with why. A page several sources name is listed
   * once, under the first, with the others' names in `alsoIn`. */
  failed: { url: string; reason: Message; alsoIn?: string[] }[]
  /** Why the source itself could not be read; null when it was. */
  error: Message | null
  /** The listing had not changed since the last sync (304, or the same content). */
  unchanged: boolean
  /** Articles already here whose text changed on the site: the new version replaced the old,
   * which is kept (and annotations are placed again in the new text). */
  updated: { id: string; title: string }[]
}

export interface SyncReport {
  finished: string
  sources: SyncSourceResult[]
}

/** What a source's last run brought. */
export interface SyncSourceLast {
  finished: string
  added: number
  updated: number
  known: number
  failed: number
  error: Message | null
}

/** A place sync looks for new articles. */
export interface SyncSource {
  id: string
  name: string
  url: string
  pattern: string | null
  enabled: boolean
  intervalMinutes: number
  builtIn: boolean
  /** Its last run; null (or absent) before the first. */
  last?: SyncSourceLast | null
}

/** A sync under way, source by source. */
export interface SyncProgress {
  sources: {
    id: string
    name: string
    state: 'waiting' | 'listing' | 'fetching' | 'done'
    /** Pages fetched of those to fetch. */
    done: number
    total: number
    added?: number
    updated?: number
    failed?: number
    error?: Message | null
  }[]
}

/** An article's annotations, each placed in the text as it is now (or an orphan). */
export interface ArticleAnnotations {
  annotations: AnchoredAnnotation[]
  /** Recovered files and the like, to show once. */
  notices: Notice[]
}

/** Where the reader was in an article: the block at the top of the view, and how far through. */
export interface ReadingPosition {
  /** Index of the textblock (0-based, document order) at the top of the view. */
  block: number
  /** 0–1, share of the article scrolled past. */
  progress: number
  /** ISO time of the last save. */
  updated: string
}

/** What an archive update pack would do (or did), shown before it is applied. */
export interface PackPreview {
  /** The archive's name and when the pack's release was cut (ISO). */
  archive: string
  release: string
  /** The release key that signed it (its short id). */
  keyId: string
  added: number
  changed: number
  removed: number
  /** A few of the added and changed articles. */
  titles: { id: string; title: string; change: 'added' | 'changed' }[]
}

/** The archive the app reads, and what its check at start found. */
export interface ArchiveStatus {
  archive: string | null
  release: string | null
  /** True once an update pack has been applied (the archive is in the data folder). */
  applied: boolean
  /** The signature check of the archive in use. */
  signature: 'checking' | 'verified' | 'failed' | 'unchecked'
  keyId: string | null
  /** Where the app looks for newer packs (settings); null when it does not. */
  updateUrl: string | null
  /** A newer pack found online and checked, ready to apply. */
  offered: ReceivedPack | null
}

/** A pack received (whole, or in parts): its id for applying, and what it would do. */
export interface ReceivedPack {
  upload: string
  /** Once the last part is in and the pack is checked. */
  preview: PackPreview | null
}

/** A saved search, with how many articles match it and how many of those are new. */
export interface SavedSearchView {
  id: string
  name: string
  query: string
  created: string
  /** When its results were last looked at (ISO). */
  seenAt: string
  total: number
  /** Matching articles that arrived (by sync or an archive update) since then. */
  fresh: number
  /** The first of those, for marks. */
  freshIds: string[]
}

/** A setting a settings file carries (reader: all of how articles are set; name: the name
 * annotations are signed with). */
export type SettingsField =
  | 'reader'
  | 'interfaceLanguage'
  | 'lastColor'
  | 'exportTemplate'
  | 'exportFlavour'
  | 'exportColours'
  | 'archiveUpdateUrl'
  | 'name'

/** What a settings file changes (or changed, once applied). */
export interface SettingsFileImport {
  applied: boolean
  /** Settings whose values differ from this installation's. */
  changed: SettingsField[]
  /** Names of the saved searches it adds. */
  searchesAdded: string[]
  /** Its saved searches already here. */
  searchesPresent: number
  /** Its saved searches left out: the most this installation keeps was reached. */
  searchesOverLimit: number
  /** Its values left out, being none this version takes (field names). */
  skipped: string[]
  /** The settings after applying. */
  settings: Settings | null
}
