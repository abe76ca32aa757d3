// Many growing byte streams in a few large pages, for building posting lists: a stream is a
// chain of slices that grow in size (as in Lucene's ByteBlockPool), so a million streams cost no
// allocation each and nothing for the garbage collector to trace. Each slice ends in a 4-byte
// link to the next.

import { concatBytes } from './segment-format'

const PAGE_BITS = 20
const PAGE = 1 << PAGE_BITS
const PAGE_MASK = PAGE - 1
/** Slice sizes by level, link included; the last repeats. */
const LEVELS = [16, 32, 64, 128, 256, 512, 1024, 4096, 16384]
const LINK = 4

export class SlicePool {
  private readonly pages: Uint8Array[] = []
  private pageUsed = PAGE
  // Per stream: where its first slice starts, where the next byte goes, where its current
  // slice's data ends (the link starts there), and the current slice's level.
  private head = new Int32Array(1024)
  private cur = new Int32Array(1024)
  private end = new Int32Array(1024)
  private level = new Uint8Array(1024)
  private count = 0

  private allocate(size: number): number {
    if (this.pageUsed + size > PAGE) {
      this.pages.push(new Uint8Array(PAGE))
      this.pageUsed = 0
    }
    const at = (this.pages.length - 1) * PAGE + this.pageUsed
    this.pageUsed += size
    return at
  }

  /** A new empty stream; returns its number. */
  newStream(): number {
    const id = this.count++
    if (id >= this.head.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const next = new (a.constructor as new (n: number) => T)(a.length * 2)
        next.set(a)
        return next
      }
      this.head = grow(this.head)
      this.cur = grow(this.cur)
      this.end = grow(this.end)
      this.level = grow(this.level)
    }
    const start = this.allocate(LEVELS[0]!)
    this.head[id] = start
    this.cur[id] = start
    this.end[id] = start + LEVELS[0]! - LINK
    this.level[id] = 0
    return id
  }

  private byte(stream: number, value: number): void {
    let at = this.cur[stream]!
    if (at === this.end[stream]) {
      const level = Math.min(this.level[stream]! + 1, LEVELS.length - 1)
      const size = LEVELS[level]!
      const next = this.allocate(size)
      // Link the full slice to the new one.
      const page = this.pages[at >>> PAGE_BITS]!
      const o = at & PAGE_MASK
      page[o] = next & 0xff
      page[o + 1] = (next >>> 8) & 0xff
      page[o + 2] = (next >>> 16) & 0xff
      page[o + 3] = (next >>> 24) & 0xff
      this.level[stream] = level
      this.end[stream] = next + size - LINK
      at = next
    }
    this.pages[at >>> PAGE_BITS]![at & PAGE_MASK] = value
    this.cur[stream] = at + 1
  }

  varint(stream: number, n: number): void {
    while (n >= 0x80) {
      this.byte(stream, (n & 0x7f) | 0x80)
      n >>>= 7
    }
    this.byte(stream, n)
  }

  /** The stream's bytes, in order. */
  bytes(stream: number): Uint8Array {
    const parts: Uint8Array[] = []
    let start = this.head[stream]!
    let level = 0
    const cur = this.cur[stream]!
    for (;;) {
      const dataEnd = start + LEVELS[level]! - LINK
      const page = this.pages[start >>> PAGE_BITS]!
      const o = start & PAGE_MASK
      if (cur >= start && cur <= dataEnd) {
        parts.push(page.subarray(o, o + (cur - start)))
        break
      }
      parts.push(page.subarray(o, o + (dataEnd - start)))
      const l = o + (dataEnd - start)
      start = page[l]! | (page[l + 1]! << 8) | (page[l + 2]! << 16) | (page[l + 3]! << 24)
      level = Math.min(level + 1, LEVELS.length - 1)
    }
    return parts.length === 1 ? parts[0]! : concatBytes(parts)
  }
}
