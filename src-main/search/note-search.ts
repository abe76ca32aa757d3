// Searches annotations — their quotes, notes and tags — with the same query language and the
// same analysis as articles (stems in the article's language, exact forms for phrases). The
// analysis of each annotation is kept until it changes, so a search over tens of thousands of
// notes is a set lookup per annotation and term.
import type { Annotation } from '../../src-shared/annotation'
import type { ParsedSearch, SearchTerm } from '../../src-shared/search-query'
import { baseLanguage, eachWord, exactTerm, stemTerm } from './analyser'

export interface NoteContext {
  lang: string
  section: string | null
}

interface Analysed {
  key: string
  stems: Set<string>
  exact: Set<string>
  /** Exact forms in order, per field, for phrases. */
  sequences: string[][]
}

export interface NoteMatch {
  annotation: Annotation
  score: number
}

function analyse(a: Annotation, lang: string): Analysed {
  const stems = new Set<string>()
  const exact = new Set<string>()
  const sequences: string[][] = []
  for (const field of [a.quote.exact, a.note, ...a.tags]) {
    const sequence: string[] = []
    eachWord(field, (word) => {
      stems.add(stemTerm(word, lang))
      const e = exactTerm(word)
      exact.add(e)
      sequence.push(e)
    })
    sequences.push(sequence)
  }
  return { key: `${a.modified}|${lang}`, stems, exact, sequences }
}

function hasSequence(sequences: string[][], words: string[]): boolean {
  for (const seq of sequences)
    for (let i = 0; i + words.length <= seq.length; i++)
      if (words.every((w, k) => seq[i + k] === w)) return true
  return false
}

export class NoteSearch {
  private readonly cache = new Map<string, Analysed>()

  private analysed(a: Annotation, lang: string): Analysed {
    let entry = this.cache.get(a.id)
    if (!entry || entry.key !== `${a.modified}|${lang}`)
      this.cache.set(a.id, (entry = analyse(a, lang)))
    return entry
  }

  private termMatches(term: SearchTerm, x: Analysed, lang: string): boolean {
    if (term.kind === 'word')
      return x.stems.has(stemTerm(term.text, lang)) || x.exact.has(exactTerm(term.text))
    if (term.kind === 'prefix') {
      const p = exactTerm(term.text)
      for (const e of x.exact) if (e.startsWith(p)) return true
      return false
    }
    const words = term.words.map(exactTerm)
    return words.length === 1 ? x.exact.has(words[0]!) : hasSequence(x.sequences, words)
  }

  /** Annotations passing the annotation-only filters (tag, colour, has:notes). */
  static passesNoteFilters(a: Annotation, q: ParsedSearch): boolean {
    const f = q.filters
    if (f.hasNotes && !a.note.trim()) return false
    if (f.colors.length && !f.colors.includes(a.color)) return false
    if (f.tags.length) {
      const tags = a.tags.map((t) => t.toLowerCase())
      if (!f.tags.every((t) => tags.includes(t.toLowerCase()))) return false
    }
    return true
  }

  search(
    all: readonly Annotation[],
    q: ParsedSearch,
    context: (articleId: string) => NoteContext,
    allowedArticles: ReadonlySet<string> | null,
  ): NoteMatch[] {
    const f = q.filters
    const langs = new Set(f.langs.map(baseLanguage))
    const sections = new Set(f.sections.map((s) => s.toLowerCase()))
    const out: NoteMatch[] = []
    const live = new Set<string>()
    for (const a of all) {
      live.add(a.id)
      if (!NoteSearch.passesNoteFilters(a, q)) continue
      if (allowedArticles && !allowedArticles.has(a.articleId)) continue
      const ctx = context(a.articleId)
      if (langs.size && !langs.has(baseLanguage(ctx.lang))) continue
      if (sections.size && !sections.has((ctx.section ?? '').toLowerCase())) continue
      const day = a.created.slice(0, 10)
      if ((f.from && day < f.from) || (f.to && day > f.to)) continue
      if (q.clauses.length === 0 && !isFiltered(q)) continue
      const x = this.analysed(a, ctx.lang)
      let score = 0
      let ok = true
      for (const clause of q.clauses) {
        const hits = clause.filter((t) => this.termMatches(t, x, ctx.lang)).length
        if (hits === 0) {
          ok = false
          break
        }
        score += hits
      }
      if (!ok || q.exclude.some((t) => this.termMatches(t, x, ctx.lang))) continue
      out.push({ annotation: a, score })
    }
    // Forget annotations that are gone.
    if (this.cache.size > live.size)
      for (const id of this.cache.keys()) if (!live.has(id)) this.cache.delete(id)
    const byDate = q.sort === 'date' || q.clauses.length === 0
    return out.sort((a, b) =>
      byDate
        ? b.annotation.created.localeCompare(a.annotation.created)
        : b.score - a.score || b.annotation.created.localeCompare(a.annotation.created),
    )
  }
}

function isFiltered(q: ParsedSearch): boolean {
  const f = q.filters
  return f.tags.length + f.colors.length > 0 || f.hasNotes
}
