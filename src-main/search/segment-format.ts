// The search index file ("segment"), format 1. One file holds a batch of articles:
//
//   "SCHSEG01" · u32 header length · header JSON · padding to 8 · resident part · postings part
//
// The header names the articles' languages and sections and the byte range of each section.
// The resident part (article ids, lengths, languages, dates, sections, both dictionaries and
// their term tables) is read into memory when the index opens; the postings are read from the
// file on demand, one term at a time, so opening is fast and memory stays small whatever the
// archive's size. Strings (ids, terms) are stored as UTF-16 code units with a table of where
// each starts, so they are used in place, never decoded, when the index opens. Postings are varints: document gaps and counts; exact-word postings also point
// into a positions stream (word positions, as gaps, per document in order) used for phrases:
// an exact-word posting is (article gap, count, size in bytes of its positions). Each stem also
// names its forms: the exact words (as indexes into the exact dictionary) that stem to it, so a
// snippet can find a stemmed word's places from the positions, without reading every word.

export const SEGMENT_MAGIC = 'SCHSEG01'
export const SEGMENT_VERSION = 4

/** A [offset, length] pair, in bytes from the start of the file. */
export type Range = [number, number]

export interface SegmentHeader {
  format: 'scholion-search-segment'
  version: number
  docCount: number
  /** Sum of every article's weighted word count, for BM25's average length. */
  totalLength: number
  langs: string[]
  sections: string[]
  ranges: {
    ids: Range
    docLength: Range
    docLang: Range
    docSection: Range
    docDate: Range
    stemTerms: Range
    stemTable: Range
    stemPostings: Range
    exactTerms: Range
    exactTable: Range
    exactPostings: Range
    exactPositions: Range
    /** u32 indexes into the exact dictionary: each stem's forms, in stem order. */
    stemForms: Range
  }
}

/** Uint32 fields per term in the stem table: postings offset, postings length, document count,
 * then where its forms start in stemForms (in entries) and how many there are. */
export const STEM_FIELDS = 5
/** ... and in the exact table: those three, then positions offset and length. */
export const EXACT_FIELDS = 5
/** Date column value for an undated article. */
export const NO_DATE = -0x80000000
/** A title word counts as this many body words. */
export const TITLE_WEIGHT = 3
/** Position gap between blocks, so phrases do not run across paragraphs. */
export const BLOCK_GAP = 2

/** Days since 1970-01-01 for an ISO date, or NO_DATE. */
export function dayNumber(iso: string | null): number {
  if (!iso) return NO_DATE
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(ms) ? NO_DATE : Math.floor(ms / 86_400_000)
}

/** Where the body (the part the header's ranges count from) starts, for a header length. */
export function bodyStartFor(headerLength: number): number {
  const prefixLength = 8 + 4 + headerLength
  return prefixLength + ((8 - (prefixLength % 8)) % 8)
}

/** Byte arrays joined into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0
  for (const p of parts) length += p.length
  const out = new Uint8Array(length)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
