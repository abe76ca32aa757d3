// What search answers, as both sides see it (the query language is in search-query.ts).
import type { NotebookEntry } from './annotation'
import type { Message } from './i18n/translate'

/** A passage with the matched words marked ([start, end) offsets into `text`). */
export interface SearchSnippet {
  text: string
  marks: [number, number][]
  /** Offset of the first match in the article's canonical text; null if the body has none. */
  offset: number | null
}

export interface ArticleHit {
  id: string
  title: string
  titleMarks: [number, number][]
  lang: string
  date: string | null
  section: string | null
  score: number
  /** Present for the first hits (as many as asked for). */
  snippet: SearchSnippet | null
}

export interface NoteHit {
  annotation: NotebookEntry
  quoteMarks: [number, number][]
  noteMarks: [number, number][]
  /** Tags that matched a searched word. */
  tagMatches: string[]
}

export interface IndexStatus {
  /** building: the index is being (re)built and answers cover only what is done. */
  state: 'ready' | 'building' | 'unavailable'
  done: number
  total: number
  /** Why it is being rebuilt, or why it is unavailable. */
  reason: Message | null
}

export interface SearchResults {
  articles: { total: number; hits: ArticleHit[] }
  notes: { total: number; hits: NoteHit[] }
  /** Words the exact search found too little for, and the near spellings also searched. */
  corrected: { word: string; similar: string[] }[]
  /** Parts of the query that could not be used, said for people. */
  problems: string[]
  sort: 'relevance' | 'date'
  index: IndexStatus
  /** Time the search took in the core. */
  elapsedMs: number
}
