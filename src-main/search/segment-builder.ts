// Builds one search segment from articles, in memory, then serialises it (segment-format.ts).
// Used by archive:build for the bundled index, by the background rebuild, and for articles
// added later. Articles are added one at a time; only their postings are kept.
import {
  bodyStartFor,
  BLOCK_GAP,
  ByteWriter,
  dayNumber,
  EXACT_FIELDS,
  SEGMENT_MAGIC,
  SEGMENT_VERSION,
  STEM_FIELDS,
  TITLE_WEIGHT,
  type Range,
  type SegmentHeader,
} from './segment-format'
import { eachWord, exactTerm, stemTerm } from './analyser'

export interface IndexableArticle {
  id: string
  lang: string
  date: string | null
  section: string | null
  title: string
  /** The article's text blocks (paragraphs, headings, …) in order. */
  blocks: readonly string[]
}

interface StemPostings {
  out: ByteWriter
  last: number
  df: number
}
interface ExactPostings extends StemPostings {
  positions: ByteWriter
}

export class SegmentBuilder {
  private readonly ids: string[] = []
  private readonly lengths: number[] = []
  private readonly langIndex: number[] = []
  private readonly sectionIndex: number[] = []
  private readonly dates: number[] = []
  private readonly langs: string[] = []
  private readonly sections: string[] = ['']
  private readonly stems = new Map<string, StemPostings>()
  private readonly exact = new Map<string, ExactPostings>()
  private totalLength = 0

  get count(): number {
    return this.ids.length
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

    const tf = new Map<string, number>()
    const positions = new Map<string, number[]>()
    let position = 0
    let length = 0
    const visit = (weight: number) => (word: string) => {
      const stem = stemTerm(word, article.lang)
      tf.set(stem, (tf.get(stem) ?? 0) + weight)
      length += weight
      const exact = exactTerm(word)
      const list = positions.get(exact)
      if (list) list.push(position)
      else positions.set(exact, [position])
      position++
    }
    eachWord(article.title, visit(TITLE_WEIGHT))
    for (const block of article.blocks) {
      position += BLOCK_GAP
      eachWord(block, visit(1))
    }
    this.lengths.push(length)
    this.totalLength += length

    for (const [term, count] of tf) {
      let p = this.stems.get(term)
      if (!p) this.stems.set(term, (p = { out: new ByteWriter(8), last: -1, df: 0 }))
      p.out.varint(doc - p.last)
      p.out.varint(count)
      p.last = doc
      p.df++
    }
    for (const [term, list] of positions) {
      let p = this.exact.get(term)
      if (!p)
        this.exact.set(
          term,
          (p = { out: new ByteWriter(8), positions: new ByteWriter(8), last: -1, df: 0 }),
        )
      p.out.varint(doc - p.last)
      p.out.varint(list.length)
      p.last = doc
      p.df++
      let previous = 0
      for (const at of list) {
        p.positions.varint(at - previous)
        previous = at
      }
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

    const stemTerms = [...this.stems.keys()].sort()
    const exactTerms = [...this.exact.keys()].sort()
    // Each dictionary: the terms joined by "\n", and a table of where each starts (in UTF-16
    // units, with one extra entry for the end) followed by the fields of each term.
    const dictionary = (terms: string[]) => {
      const starts = new Uint32Array(terms.length + 1)
      let at = 0
      terms.forEach((t, i) => {
        starts[i] = at
        at += t.length + 1
      })
      starts[terms.length] = at
      return { text: encoder.encode(terms.join('\n') + (terms.length ? '\n' : '')), starts }
    }

    // Resident part first, then the postings, which are read on demand.
    const ranges = {} as SegmentHeader['ranges']
    ranges.ids = place(encoder.encode(JSON.stringify(this.ids)))
    ranges.docLength = place(u32(this.lengths))
    ranges.docLang = place(Uint8Array.from(this.langIndex))
    ranges.docSection = place(new Uint8Array(Uint16Array.from(this.sectionIndex).buffer))
    ranges.docDate = place(new Uint8Array(Int32Array.from(this.dates).buffer))

    const stemDict = dictionary(stemTerms)
    const stemTable = new Uint32Array(stemTerms.length * STEM_FIELDS)
    const stemBlobs: Uint8Array[] = []
    let stemOffset = 0
    stemTerms.forEach((term, i) => {
      const p = this.stems.get(term)!
      const bytes = p.out.view()
      stemTable.set([stemOffset, bytes.length, p.df], i * STEM_FIELDS)
      stemBlobs.push(bytes)
      stemOffset += bytes.length
    })
    ranges.stemTerms = place(stemDict.text)
    ranges.stemTable = place(concat([u32(stemDict.starts), new Uint8Array(stemTable.buffer)]))

    const exactDict = dictionary(exactTerms)
    const exactTable = new Uint32Array(exactTerms.length * EXACT_FIELDS)
    const exactBlobs: Uint8Array[] = []
    const positionBlobs: Uint8Array[] = []
    let exactOffset = 0
    let positionOffset = 0
    exactTerms.forEach((term, i) => {
      const p = this.exact.get(term)!
      const bytes = p.out.view()
      const pos = p.positions.view()
      exactTable.set(
        [exactOffset, bytes.length, p.df, positionOffset, pos.length],
        i * EXACT_FIELDS,
      )
      exactBlobs.push(bytes)
      positionBlobs.push(pos)
      exactOffset += bytes.length
      positionOffset += pos.length
    })
    ranges.exactTerms = place(exactDict.text)
    ranges.exactTable = place(concat([u32(exactDict.starts), new Uint8Array(exactTable.buffer)]))
    ranges.stemPostings = place(stemBlobs)
    ranges.exactPostings = place(exactBlobs)
    ranges.exactPositions = place(positionBlobs)

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
  return concat(chunks)
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
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
