// Builds one search segment from articles, in memory, then serialises it (segment-format.ts).
// Used by archive:build for the bundled index, by the background rebuild, and for articles
// added later. Articles are added one at a time; only their postings are kept.
import { SlicePool } from './slice-pool'
import {
  bodyStartFor,
  concatBytes,
  BLOCK_GAP,
  dayNumber,
  EXACT_FIELDS,
  SEGMENT_MAGIC,
  SEGMENT_VERSION,
  STEM_FIELDS,
  TITLE_WEIGHT,
  type Range,
  type SegmentHeader,
} from './segment-format'
import { exactTerm, stemmerFor } from './analyser'
import { scanWords, WordTable } from './word-table'

export interface IndexableArticle {
  id: string
  lang: string
  date: string | null
  section: string | null
  title: string
  /** The article's text blocks (paragraphs, headings, …) in order. */
  blocks: readonly string[]
}

/** Per language: each distinct word form seen, with its stem and exact term ids. */
interface Vocabulary {
  words: WordTable
  stem: number[]
  exact: number[]
}

export class SegmentBuilder {
  private readonly ids: string[] = []
  private readonly lengths: number[] = []
  private readonly langIndex: number[] = []
  private readonly sectionIndex: number[] = []
  private readonly dates: number[] = []
  private readonly langs: string[] = []
  private readonly sections: string[] = ['']
  private totalLength = 0
  // Terms by id; words are mapped to ids once per language, then counted in typed arrays.
  private readonly stemIds = new Map<string, number>()
  private readonly stemTerms: string[] = []
  private readonly pool = new SlicePool()
  // Per stem term: its postings stream, last article added, article count.
  private stemStream: number[] = []
  private stemLast: number[] = []
  private stemDf: number[] = []
  private readonly exactIds = new Map<string, number>()
  private readonly exactTerms: string[] = []
  private exactStream: number[] = []
  private exactPositionStream: number[] = []
  private exactLast: number[] = []
  private exactDf: number[] = []
  private readonly vocabularies = new Map<string, Vocabulary>()
  // Scratch space for one document.
  private tf: Int32Array<ArrayBuffer> = new Int32Array(1024)
  private posCount: Int32Array<ArrayBuffer> = new Int32Array(1024)
  private posStart: Int32Array<ArrayBuffer> = new Int32Array(1024)
  private docTerms: Int32Array<ArrayBuffer> = new Int32Array(4096)
  private docPositions: Int32Array<ArrayBuffer> = new Int32Array(4096)
  private sorted: Int32Array<ArrayBuffer> = new Int32Array(4096)

  get count(): number {
    return this.ids.length
  }

  private stemId(term: string): number {
    let id = this.stemIds.get(term)
    if (id === undefined) {
      id = this.stemTerms.push(term) - 1
      this.stemIds.set(term, id)
      this.stemStream.push(this.pool.newStream())
      this.stemLast.push(-1)
      this.stemDf.push(0)
      if (id >= this.tf.length) this.tf = grown(this.tf, id)
    }
    return id
  }

  private exactId(term: string): number {
    let id = this.exactIds.get(term)
    if (id === undefined) {
      id = this.exactTerms.push(term) - 1
      this.exactIds.set(term, id)
      this.exactStream.push(this.pool.newStream())
      this.exactPositionStream.push(this.pool.newStream())
      this.exactLast.push(-1)
      this.exactDf.push(0)
      if (id >= this.posCount.length) {
        this.posCount = grown(this.posCount, id)
        this.posStart = grown(this.posStart, id)
      }
    }
    return id
  }

  add(article: IndexableArticle): void {
    const doc = this.ids.length
    this.ids.push(article.id)
    let li = this.langs.indexOf(article.lang)
    if (li < 0) li = this.langs.push(article.lang) - 1
    this.langIndex.push(li)
    const section = article.section ?? ''
    let si = this.sections.indexOf(section)
    if (si < 0) si = this.sections.push(section) - 1
    this.sectionIndex.push(si)
    this.dates.push(dayNumber(article.date))

    const stemOf = stemmerFor(article.lang)
    let vocabulary = this.vocabularies.get(article.lang)
    if (!vocabulary)
      this.vocabularies.set(
        article.lang,
        (vocabulary = { words: new WordTable(), stem: [], exact: [] }),
      )
    const v = vocabulary
    const touchedStems: number[] = []
    let n = 0 // words in this document
    let position = 0
    let length = 0
    const texts = [article.title, ...article.blocks]
    for (let b = 0; b < texts.length; b++) {
      const text = texts[b]!
      if (b > 0) position += BLOCK_GAP
      const weight = b === 0 ? TITLE_WEIGHT : 1
      // A block has at most one word per two code units (a letter and a separator).
      const most = n + (text.length >> 1) + 1
      if (most > this.docTerms.length) {
        this.docTerms = grown(this.docTerms, most)
        this.docPositions = grown(this.docPositions, most)
      }
      const docTerms = this.docTerms
      const docPositions = this.docPositions
      scanWords(text, (start, end, hash) => {
        let w = v.words.find(text, start, end, hash)
        if (w < 0) {
          const word = text.slice(start, end)
          w = v.words.add(text, start, end, hash)
          v.stem.push(this.stemId(stemOf(word)))
          v.exact.push(this.exactId(exactTerm(word)))
        }
        const tf = this.tf // a new term may have grown it
        const stem = v.stem[w]!
        if (tf[stem] === 0) touchedStems.push(stem)
        tf[stem] = tf[stem]! + weight
        docTerms[n] = v.exact[w]!
        docPositions[n] = position++
        n++
        length += weight
      })
    }
    this.lengths.push(length)
    this.totalLength += length

    const counts = this.tf
    const pool = this.pool
    for (const stem of touchedStems) {
      const stream = this.stemStream[stem]!
      pool.varint(stream, doc - this.stemLast[stem]!)
      pool.varint(stream, counts[stem]!)
      this.stemLast[stem] = doc
      this.stemDf[stem]!++
      counts[stem] = 0
    }
    // Group the document's positions by exact term (a counting sort), in order of first use.
    const posCount = this.posCount
    const posStart = this.posStart
    const touchedExact: number[] = []
    for (let i = 0; i < n; i++) {
      const e = this.docTerms[i]!
      if (posCount[e] === 0) touchedExact.push(e)
      posCount[e] = posCount[e]! + 1
    }
    let at = 0
    for (const e of touchedExact) {
      posStart[e] = at
      at += posCount[e]!
    }
    if (this.sorted.length < n) this.sorted = new Int32Array(this.docTerms.length)
    const sorted = this.sorted
    for (let i = 0; i < n; i++) sorted[posStart[this.docTerms[i]!]!++] = this.docPositions[i]!
    at = 0
    for (const e of touchedExact) {
      const count = posCount[e]!
      const stream = this.exactStream[e]!
      pool.varint(stream, doc - this.exactLast[e]!)
      pool.varint(stream, count)
      this.exactLast[e] = doc
      this.exactDf[e]!++
      const positions = this.exactPositionStream[e]!
      let previous = 0
      let bytes = 0
      for (let k = at; k < at + count; k++) {
        const gap = sorted[k]! - previous
        pool.varint(positions, gap)
        bytes += varintSize(gap)
        previous = sorted[k]!
      }
      // The size of this article's positions, so a phrase query can skip them unread.
      pool.varint(stream, bytes)
      at += count
      posCount[e] = 0
    }
  }

  /** The segment file's bytes, as a list of chunks to write in order (see `segmentBytes`). */
  serialise(): Uint8Array[] {
    const parts: Uint8Array[] = []
    let offset = 0
    const place = (chunks: Uint8Array | Uint8Array[]): Range => {
      const start = offset
      for (const bytes of Array.isArray(chunks) ? chunks : [chunks]) {
        parts.push(bytes)
        offset += bytes.length
      }
      const range: Range = [start, offset - start]
      const pad = (8 - (offset % 8)) % 8
      if (pad) {
        parts.push(new Uint8Array(pad))
        offset += pad
      }
      return range
    }
    const encoder = new TextEncoder()
    const u32 = (values: ArrayLike<number>) => new Uint8Array(Uint32Array.from(values).buffer)

    // Dictionaries are sorted; postings are written in that order.
    const stemOrder = sortedIds(this.stemTerms)
    const exactOrder = sortedIds(this.exactTerms)
    // Each dictionary: the terms as UTF-16 code units (read in place, never decoded), and a
    // table of where each starts (with one extra entry for the end) followed by the fields of
    // each term.
    const dictionary = (terms: string[]) => {
      const { starts, chars } = stringTable(terms)
      return { text: new Uint8Array(chars.buffer), starts }
    }
    const idTable = stringTable(this.ids)

    // Resident part first, then the postings, which are read on demand.
    const ranges = {} as SegmentHeader['ranges']
    ranges.ids = place([u32(idTable.starts), new Uint8Array(idTable.chars.buffer)])
    ranges.docLength = place(u32(this.lengths))
    ranges.docLang = place(Uint8Array.from(this.langIndex))
    ranges.docSection = place(new Uint8Array(Uint16Array.from(this.sectionIndex).buffer))
    ranges.docDate = place(new Uint8Array(Int32Array.from(this.dates).buffer))

    // Each stem's forms: the exact words of every language's word forms that stem to it, as
    // indexes in the sorted exact dictionary (gathered by stem with a counting sort).
    const exactRank = new Int32Array(exactOrder.length)
    exactOrder.forEach((id, i) => (exactRank[id] = i))
    const formStart = new Int32Array(this.stemTerms.length + 1)
    for (const v of this.vocabularies.values()) for (const stem of v.stem) formStart[stem + 1]!++
    for (let i = 0; i < this.stemTerms.length; i++) formStart[i + 1]! += formStart[i]!
    const byStem = new Int32Array(formStart[this.stemTerms.length]!)
    const fill = formStart.slice()
    for (const v of this.vocabularies.values())
      for (let w = 0; w < v.stem.length; w++) byStem[fill[v.stem[w]!]!++] = exactRank[v.exact[w]!]!
    const formList: number[] = []
    const stemDict = dictionary(stemOrder.map((id) => this.stemTerms[id]!))
    const stemTable = new Uint32Array(stemOrder.length * STEM_FIELDS)
    const stemBlobs: Uint8Array[] = []
    let stemOffset = 0
    stemOrder.forEach((id, i) => {
      const bytes = this.pool.bytes(this.stemStream[id]!)
      const own = [...new Set(byStem.subarray(formStart[id]!, formStart[id + 1]!))].sort(
        (a, b) => a - b,
      )
      stemTable.set(
        [stemOffset, bytes.length, this.stemDf[id]!, formList.length, own.length],
        i * STEM_FIELDS,
      )
      for (const f of own) formList.push(f)
      stemBlobs.push(bytes)
      stemOffset += bytes.length
    })
    ranges.stemTerms = place(stemDict.text)
    ranges.stemTable = place(concatBytes([u32(stemDict.starts), new Uint8Array(stemTable.buffer)]))

    const exactDict = dictionary(exactOrder.map((id) => this.exactTerms[id]!))
    const exactTable = new Uint32Array(exactOrder.length * EXACT_FIELDS)
    const exactBlobs: Uint8Array[] = []
    const positionBlobs: Uint8Array[] = []
    let exactOffset = 0
    let positionOffset = 0
    exactOrder.forEach((id, i) => {
      const bytes = this.pool.bytes(this.exactStream[id]!)
      const pos = this.pool.bytes(this.exactPositionStream[id]!)
      exactTable.set(
        [exactOffset, bytes.length, this.exactDf[id]!, positionOffset, pos.length],
        i * EXACT_FIELDS,
      )
      exactBlobs.push(bytes)
      positionBlobs.push(pos)
      exactOffset += bytes.length
      positionOffset += pos.length
    })
    ranges.exactTerms = place(exactDict.text)
    ranges.exactTable = place(
      concatBytes([u32(exactDict.starts), new Uint8Array(exactTable.buffer)]),
    )
    ranges.stemPostings = place(stemBlobs)
    ranges.exactPostings = place(exactBlobs)
    ranges.exactPositions = place(positionBlobs)
    ranges.stemForms = place(u32(formList))

    const header: SegmentHeader = {
      format: 'scholion-search-segment',
      version: SEGMENT_VERSION,
      docCount: this.ids.length,
      totalLength: this.totalLength,
      langs: this.langs,
      sections: this.sections,
      ranges,
    }
    // Ranges are relative to the body; the reader adds the body's start.
    const headerBytes = encoder.encode(JSON.stringify(header))
    const prefix = new Uint8Array(bodyStartFor(headerBytes.length))
    prefix.set(encoder.encode(SEGMENT_MAGIC), 0)
    new DataView(prefix.buffer).setUint32(8, headerBytes.length, true)
    prefix.set(headerBytes, 12)
    return [prefix, ...parts]
  }
}

/** The chunks joined into one array (for small segments kept in memory and for tests). */
export function segmentBytes(chunks: readonly Uint8Array[]): Uint8Array {
  return concatBytes(chunks)
}

/** Term ids in the order of their terms (UTF-16 order, as the reader's binary search expects). */
function sortedIds(terms: readonly string[]): number[] {
  return terms
    .map((_, i) => i)
    .sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0))
}

function grown(array: Int32Array, index: number): Int32Array<ArrayBuffer> {
  let size = array.length * 2
  while (size <= index) size *= 2
  const next = new Int32Array(size)
  next.set(array)
  return next
}

function varintSize(n: number): number {
  let size = 1
  while (n >= 0x80) {
    n >>>= 7
    size++
  }
  return size
}

/** Strings as one array of UTF-16 code units and where each starts (count + 1 entries). */
export function stringTable(strings: readonly string[]): {
  starts: Uint32Array
  chars: Uint16Array
} {
  const starts = new Uint32Array(strings.length + 1)
  let total = 0
  strings.forEach((t, i) => {
    starts[i] = total
    total += t.length
  })
  starts[strings.length] = total
  const chars = new Uint16Array(total)
  strings.forEach((t, i) => {
    const at = starts[i]!
    for (let k = 0; k < t.length; k++) chars[at + k] = t.charCodeAt(k)
  })
  return { starts, chars }
}
