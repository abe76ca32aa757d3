// What the library knows about an article without opening it: one catalog entry.
import type { Message } from './i18n/translate'

export interface ArticleSummary {
  /** Stable id, `<lang>-<slug>`. */
  id: string
  title: string
  /** BCP 47 language tag of the text (en, el, ru, ar…). */
  lang: string
  /** First publication, ISO `YYYY-MM-DD`, or null when unknown. */
  date: string | null
  author: string | null
  /** Where it first appeared (a newspaper, a site section), when stated. */
  publication: string | null
  section: string | null
  sourceUrl: string | null
  wordCount: number
  /** sha256 of the document JSON: names this version of the text. */
  contentHash: string
  /** Articles that are translations of one another share a group id; null when none is known. */
  translationGroup: string | null
  /** Set on articles the user added (their own files, synced articles), not in the archive. */
  own?: boolean
  /** When the article joined the user's library (ISO time); only their own articles have it. */
  added?: string
  /** In a library listing: the article is new since the user's last visit. */
  isNew?: boolean
}

/** Another language version of an article. */
export interface Translation {
  id: string
  lang: string
  title: string
}

export interface Notice {
  level: 'info' | 'warning' | 'error'
  code: string
  message: Message
}
