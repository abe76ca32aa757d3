// Posting lists as a segment stores them (segment-format.ts): varint article gaps and counts
// (and, for exact words, the size of each article's positions), decoded whole for a query, or
// walked article by article for phrases and snippets. A list that runs past its bytes or names
// an article past the last is damaged: SegmentDamaged, never a wrong answer.

export class SegmentDamaged extends Error {}

export const damaged = (why: string) => new SegmentDamaged(`search index damaged: ${why}`)

/** Articles (ascending) and a count for each: how often a term occurs, or a phrase. */
export interface PostingList {
  docs: Int32Array
  counts: Int32Array
}

export const EMPTY_POSTINGS: PostingList = { docs: new Int32Array(0), counts: new Int32Array(0) }

export function decode(
  bytes: Uint8Array,
  df: number,
  docCount: number,
  withSkips: boolean,
  skips?: Int32Array,
): PostingList {
  const docs = new Int32Array(df)
  const counts = new Int32Array(df)
  let pos = 0
  const n = bytes.length
  const varint = () => {
    if (pos >= n) throw new SegmentDamaged('search index damaged: posting list ends early')
    const first = bytes[pos++]!
    if (first < 0x80) return first // most gaps and counts fit one byte
    let value = first & 0x7f
    let shift = 7
    for (;;) {
      if (pos >= n) throw new SegmentDamaged('search index damaged: posting list ends early')
      const b = bytes[pos++]!
      value += (b & 0x7f) * 2 ** shift
      if (b < 0x80) return value
      shift += 7
    }
  }
  let doc = -1
  for (let k = 0; k < df; k++) {
    doc += varint()
    counts[k] = varint()
    if (withSkips) {
      const skip = varint()
      if (skips) skips[k] = skip
    }
    if (doc >= docCount)
      throw new SegmentDamaged('search index damaged: posting past the last article')
    docs[k] = doc
  }
  return { docs, counts }
}

function readVarint(bytes: Uint8Array, at: { pos: number }): number {
  let value = 0
  let shift = 0
  for (;;) {
    if (at.pos >= bytes.length) throw damaged('posting list ends early')
    const b = bytes[at.pos++]!
    value += (b & 0x7f) * 2 ** shift
    if (b < 0x80) return value
    shift += 7
  }
}

/** One exact word's positions in the articles asked for, in ascending article order: its list
 * is decoded only up to the article asked for, and only that article's positions are read. */
export class ArticlePositions {
  private readonly at = { pos: 0 }
  private decoded = 0
  private doc = -1
  private count = 0
  private size = 0
  /** Where the current article's positions start in the word's positions. */
  private offset = 0
  /** Whether the current entry's positions are still to be passed or read. */
  private pending = false

  constructor(
    private readonly bytes: Uint8Array,
    private readonly df: number,
    private readonly read: (offset: number, length: number) => Uint8Array,
  ) {}

  /** The word's positions in article `doc` (ascending), or null if it is not there. */
  positions(doc: number): Int32Array | null {
    for (;;) {
      if (this.pending && this.doc >= doc) break
      if (this.pending) this.offset += this.size
      if (this.decoded >= this.df) return null
      this.doc += readVarint(this.bytes, this.at)
      this.count = readVarint(this.bytes, this.at)
      this.size = readVarint(this.bytes, this.at)
      this.decoded++
      this.pending = true
    }
    if (this.doc !== doc) return null
    const bytes = this.read(this.offset, this.size)
    const at = { pos: 0 }
    const out = new Int32Array(this.count)
    let position = 0
    for (let c = 0; c < this.count; c++) out[c] = position += readVarint(bytes, at)
    return out
  }
}

/** Walks one word's articles in order, decoding the positions only of the articles asked for. */
export class PositionCursor {
  private k = 0
  private pos = 0
  /** Positions of the current article (the first `count` entries). */
  positions = new Int32Array(64)
  count = 0

  constructor(
    readonly list: PostingList,
    private readonly skips: Int32Array,
    private readonly bytes: Uint8Array,
  ) {}

  /** Moves to article `doc` (at or after the current one) and decodes its positions. */
  seek(doc: number): boolean {
    const { docs, counts } = this.list
    while (this.k < docs.length && docs[this.k]! < doc) this.pos += this.skips[this.k++]!
    if (this.k >= docs.length || docs[this.k] !== doc) return false
    const count = counts[this.k]!
    if (count > this.positions.length) this.positions = new Int32Array(count * 2)
    const bytes = this.bytes
    let pos = this.pos
    let at = 0
    const end = bytes.length
    const positions = this.positions
    for (let c = 0; c < count; c++) {
      if (pos >= end) throw new SegmentDamaged('search index damaged: positions end early')
      let b = bytes[pos++]!
      let value = b & 0x7f
      // Most gaps between positions fit one byte.
      for (let shift = 7; b >= 0x80; shift += 7) {
        if (pos >= end) throw new SegmentDamaged('search index damaged: positions end early')
        b = bytes[pos++]!
        value += (b & 0x7f) * 2 ** shift
      }
      positions[c] = at += value
    }
    this.count = count
    return true
  }
}
