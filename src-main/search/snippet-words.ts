// What snippets need to know of a word, fast: per language, the word forms met so far (as typed,
// found by hash without making a string, word-table.ts) with their exact and stem terms, and
// for each the answer of the current query. A search box query marks ten passages of ten
// articles (some 15,000 words); folding and stemming each word again, or looking it up in a
// Map by a new string, cost more than the search itself. A form is folded and stemmed once;
// a query asks each form it meets once.
import { exactTerm, stemmerFor } from './analyser'
import { WordTable } from './word-table'

/** Forms kept per language before the table starts again (a few MB). */
const FORM_LIMIT = 200_000

export interface Highlight {
  exact: readonly string[]
  stems: readonly string[]
  prefixes: readonly string[]
  /** Near spellings searched for a typo: marked, but a passage with the words typed wins. */
  weak?: readonly string[]
}

class FormTable {
  words = new WordTable()
  exact: string[] = []
  stem: string[] = []
  /** The query that last asked about each form, and its answer (a key, or null). */
  askedBy = new Int32Array(1024)
  answer: (string | null)[] = []

  constructor(readonly stemOf: (word: string) => string) {}

  add(text: string, start: number, end: number, hash: number): number {
    const word = text.slice(start, end)
    const id = this.words.add(text, start, end, hash)
    this.exact.push(exactTerm(word))
    this.stem.push(this.stemOf(word))
    this.answer.push(null)
    if (id >= this.askedBy.length) {
      const grown = new Int32Array(this.askedBy.length * 2)
      grown.set(this.askedBy)
      this.askedBy = grown
    }
    return id
  }
}

const tables = new Map<string, FormTable>()
let queries = 0

function tableFor(lang: string): FormTable {
  let table = tables.get(lang)
  if (!table || table.words.size >= FORM_LIMIT)
    tables.set(lang, (table = new FormTable(stemmerFor(lang))))
  return table
}

/** Answers "which key of the query does this word match?" for the words of texts in one
 * language: its exact form, then its stem, then a searched prefix; null if none. */
export interface FormMatcher {
  /** The key matched by text[start, end) (hash from scanWords), or null. */
  match(text: string, start: number, end: number, hash: number): string | null
}

export function formMatcher(hl: Highlight, lang: string): FormMatcher {
  const exact = new Set(hl.exact)
  const stems = new Set(hl.stems)
  const prefixes = hl.prefixes
  const query = ++queries
  const table = tableFor(lang)
  return {
    match(text, start, end, hash) {
      let id = table.words.find(text, start, end, hash)
      if (id < 0) id = table.add(text, start, end, hash)
      if (table.askedBy[id] === query) return table.answer[id]!
      const e = table.exact[id]!
      let key: string | null = null
      if (exact.has(e)) key = e
      else if (stems.has(table.stem[id]!)) key = table.stem[id]!
      else
        for (const p of prefixes)
          if (e.startsWith(p)) {
            key = p
            break
          }
      table.askedBy[id] = query
      table.answer[id] = key
      return key
    },
  }
}
