// Reads one search segment (segment-format.ts): the resident part into memory at open, the
// postings of a term from the file when a query asks for them. Every length and offset is
// checked against the file, so a damaged segment fails to open (or fails a lookup) with a
// SegmentDamaged error instead of returning wrong results; the search service then rebuilds.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { Dictionary, StringTable } from './dictionary'
import {
  ArticlePositions,
  damaged,
  decode,
  EMPTY_POSTINGS,
  PositionCursor,
  SegmentDamaged,
  type PostingList,
} from './posting-lists'
import {
  bodyStartFor,
  EXACT_FIELDS,
  SEGMENT_MAGIC,
  SEGMENT_VERSION,
  STEM_FIELDS,
  type Range,
  type SegmentHeader,
} from './segment-format'

export { ArticlePositions, EMPTY_POSTINGS, PositionCursor, SegmentDamaged, type PostingList }

/** Where a segment's bytes come from: a file read on demand, or an array in memory. */
export interface ByteSource {
  size: number
  read(offset: number, length: number): Uint8Array
  close(): void
}

export function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r')
  const size = fstatSync(fd).size
  return {
    size,
    read(offset, length) {
      const out = new Uint8Array(length)
      let done = 0
      while (done < length) {
        const n = readSync(fd, out, done, length - done, offset + done)
        if (n === 0) throw new SegmentDamaged('index file ends early')
        done += n
      }
      return out
    },
    close: () => closeSync(fd),
  }
}

export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, offset + length),
    close: () => undefined,
  }
}

export class Segment {
  readonly docCount: number
  private readonly idTable: StringTable
  private allIds: string[] | null = null
  readonly docLength: Uint32Array
  readonly docLang: Uint8Array
  readonly docSection: Uint16Array
  readonly docDate: Int32Array
  readonly header: SegmentHeader
  private readonly stems: Dictionary
  private readonly exact: Dictionary
  private readonly body: number

  constructor(private readonly source: ByteSource) {
    if (source.size < 12) throw damaged('too short')
    const prefix = source.read(0, 12)
    if (new TextDecoder().decode(prefix.subarray(0, 8)) !== SEGMENT_MAGIC)
      throw damaged('not an index file')
    const headerLength = new DataView(prefix.buffer, prefix.byteOffset, 12).getUint32(8, true)
    if (12 + headerLength > source.size) throw damaged('header cut short')
    let header: SegmentHeader
    try {
      header = JSON.parse(new TextDecoder().decode(source.read(12, headerLength))) as SegmentHeader
    } catch {
      throw damaged('unreadable header')
    }
    if (header.format !== 'scholion-search-segment' || header.version !== SEGMENT_VERSION)
      throw damaged(`format ${String(header.version)} is not ${SEGMENT_VERSION}`)
    this.header = header
    this.body = bodyStartFor(headerLength)
    const bodySize = source.size - this.body
    for (const [name, [offset, length]] of Object.entries(header.ranges) as [string, Range][])
      if (!(offset >= 0 && length >= 0 && offset + length <= bodySize))
        throw damaged(`${name} out of bounds`)

    // The resident part is everything before the stem postings: one read, used in place.
    const residentEnd = header.ranges.stemPostings[0]
    let resident = source.read(this.body, residentEnd)
    if (resident.byteOffset % 8) resident = resident.slice()
    const view = <T>(
      Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T,
      size: number,
      [offset, length]: Range,
    ): T => {
      if (length % size) throw damaged('a column has a partial entry')
      return new Type(resident.buffer, resident.byteOffset + offset, length / size)
    }
    const n = header.docCount
    this.docCount = n
    const idWords = view(Uint32Array, 4, [header.ranges.ids[0], (n + 1) * 4])
    if ((n + 1) * 4 > header.ranges.ids[1]) throw damaged('article ids do not match')
    const idChars = view(Uint16Array, 2, [
      header.ranges.ids[0] + (n + 1) * 4,
      header.ranges.ids[1] - (n + 1) * 4,
    ])
    if (idWords[n] !== idChars.length) throw damaged('article ids do not match')
    this.idTable = new StringTable(idChars, idWords)
    this.docLength = view(Uint32Array, 4, header.ranges.docLength)
    this.docLang = view(Uint8Array, 1, header.ranges.docLang)
    this.docSection = view(Uint16Array, 2, header.ranges.docSection)
    this.docDate = view(Int32Array, 4, header.ranges.docDate)
    if (
      this.docLength.length !== n ||
      this.docLang.length !== n ||
      this.docSection.length !== n ||
      this.docDate.length !== n
    )
      throw damaged('article columns do not match')
    const dictionary = (terms: Range, table: Range, fields: number) => {
      const chars = view(Uint16Array, 2, terms)
      const all = view(Uint32Array, 4, table)
      // The table holds count + 1 starts, then count × fields values.
      const count = (all.length - 1) / (fields + 1)
      if (!Number.isInteger(count)) throw damaged('dictionary table malformed')
      const starts = all.subarray(0, count + 1)
      if (starts[count] !== chars.length) throw damaged('dictionary does not match its terms')
      return new Dictionary(chars, starts, all.subarray(count + 1), fields)
    }
    this.stems = dictionary(header.ranges.stemTerms, header.ranges.stemTable, STEM_FIELDS)
    this.exact = dictionary(header.ranges.exactTerms, header.ranges.exactTable, EXACT_FIELDS)
  }

  /** The id of the article at `doc`. */
  id(doc: number): string {
    return this.idTable.term(doc)
  }

  /** Every article id, in order (built on demand). */
  ids(): string[] {
    return (this.allIds ??= Array.from({ length: this.docCount }, (_, i) => this.id(i)))
  }

  close(): void {
    this.source.close()
  }

  get langs(): string[] {
    return this.header.langs
  }

  private postings(range: Range, offset: number, length: number): Uint8Array {
    if (offset + length > range[1])
      throw new SegmentDamaged('search index damaged: posting out of bounds')
    return this.source.read(this.body + range[0] + offset, length)
  }

  /** Articles containing a stem term, with its weighted count in each. */
  stemPostings(term: string): PostingList {
    const i = this.stems.find(term)
    if (i < 0) return EMPTY_POSTINGS
    const bytes = this.postings(
      this.header.ranges.stemPostings,
      this.stems.field(i, 0),
      this.stems.field(i, 1),
    )
    return decode(bytes, this.stems.field(i, 2), this.docCount, false)
  }

  exactDf(term: string): number {
    const i = this.exact.find(term)
    return i < 0 ? 0 : this.exact.field(i, 2)
  }

  /** Articles containing an exact (folded) word, with how often. */
  exactPostings(term: string): PostingList {
    const i = this.exact.find(term)
    return i < 0 ? EMPTY_POSTINGS : this.exactAt(i).list
  }

  private exactAt(i: number): { list: PostingList; skips: Int32Array } {
    const bytes = this.postings(
      this.header.ranges.exactPostings,
      this.exact.field(i, 0),
      this.exact.field(i, 1),
    )
    const skips = new Int32Array(this.exact.field(i, 2))
    return { list: decode(bytes, this.exact.field(i, 2), this.docCount, true, skips), skips }
  }

  /** The exact words that stem to a stem term (its forms in every language), for snippets. */
  stemForms(term: string): string[] {
    const i = this.stems.find(term)
    if (i < 0) return []
    const count = this.stems.field(i, 4)
    const bytes = this.postings(this.header.ranges.stemForms, this.stems.field(i, 3) * 4, count * 4)
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const out: string[] = []
    for (let k = 0; k < count; k++) {
      const e = view.getUint32(k * 4, true)
      if (e >= this.exact.size) throw damaged('a stem names a word that is not there')
      out.push(this.exact.term(e))
    }
    return out
  }

  /** A cursor reading an exact word's positions in the articles asked for, decoding its list
   * only as far as they go (snippets ask for a few articles); null if the word is absent. */
  articlePositions(term: string): ArticlePositions | null {
    const i = this.exact.find(term)
    if (i < 0) return null
    const base = this.exact.field(i, 3)
    const size = this.exact.field(i, 4)
    const bytes = this.postings(
      this.header.ranges.exactPostings,
      this.exact.field(i, 0),
      this.exact.field(i, 1),
    )
    return new ArticlePositions(bytes, this.exact.field(i, 2), (offset, length) => {
      if (offset + length > size) throw damaged('positions out of bounds')
      return this.postings(this.header.ranges.exactPositions, base + offset, length)
    })
  }

  /** A cursor over an exact word's articles and positions (for phrases), or null if absent. */
  positionCursor(term: string): PositionCursor | null {
    const i = this.exact.find(term)
    if (i < 0) return null
    const { list, skips } = this.exactAt(i)
    const bytes = this.postings(
      this.header.ranges.exactPositions,
      this.exact.field(i, 3),
      this.exact.field(i, 4),
    )
    return new PositionCursor(list, skips, bytes)
  }

  /** The `keep` most common exact words starting with `prefix` (of the first `limit`), and how
   * many of those there are; only the words kept are read as strings. */
  commonWordsWithPrefix(
    prefix: string,
    limit: number,
    keep: number,
  ): { words: string[]; count: number } {
    const range = this.prefixRange(prefix, limit)
    const df = (i: number) => this.exact.field(i, 2)
    const kept = range.sort((a, b) => df(b) - df(a) || a - b).slice(0, keep)
    return { words: kept.map((i) => this.exact.term(i)), count: range.length }
  }

  /** Dictionary indexes of the exact words starting with `prefix`, at most `limit`. */
  private prefixRange(prefix: string, limit: number): number[] {
    const out: number[] = []
    for (let i = this.exact.lowerBound(prefix); i < this.exact.size && out.length < limit; i++) {
      if (!this.exact.startsWith(i, prefix)) break
      out.push(i)
    }
    return out
  }

  /** Exact words starting with `first` within `max` edits of `word`, with their article counts. */
  similarWords(first: string, word: string, max: number): { term: string; df: number }[] {
    const out: { term: string; df: number }[] = []
    const from = this.exact.lowerBound(first)
    const to = this.exact.lowerBound(first + '\uffff')
    this.exact.near(from, to, word, max, (i, d) => {
      if (d > 0) out.push({ term: this.exact.term(i), df: this.exact.field(i, 2) })
    })
    return out
  }
}
