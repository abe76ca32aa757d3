// Fast word scanning for index builds: finds the words of a text (exactly the runs analyser.ts's
// WORD matches) by character class table, hashes each as it goes, and looks it up in an
// open-addressing table of the word forms seen so far, comparing code units in place. A word
// seen before costs no string and no Map lookup; building a 50,000-article index sees tens of
// millions of words and a few hundred thousand forms.

/** 1 for code units that are letters, digits, marks or tatweel (Basic Multilingual Plane). */
let bmp: Uint8Array | null = null
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u0640]$/u

function bmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue // surrogates: decided per pair
    if (WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1
  }
  return table
}

const astral = new Map<number, boolean>()
function isAstralWordChar(cp: number): boolean {
  let yes = astral.get(cp)
  if (yes === undefined) astral.set(cp, (yes = WORD_CHAR.test(String.fromCodePoint(cp))))
  return yes
}

/**
 * Calls `visit(start, end, hash)` for every word of `text` from `from` on, in order: the same
 * runs as `text.match(WORD)`. The hash is FNV-1a over the word's UTF-16 code units. A visit
 * that returns false stops the scan.
 */
export function scanWords(
  text: string,
  visit: (start: number, end: number, hash: number) => unknown,
  from = 0,
): void {
  const table = (bmp ??= bmpTable())
  const n = text.length
  let i = from
  while (i < n) {
    // Skip to the next word character.
    let c = text.charCodeAt(i)
    let width = 1
    let word: boolean
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d < 0xe000) {
        width = 2
        word = isAstralWordChar(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)
      } else word = false
    } else word = table[c] === 1
    if (!word) {
      i += width
      continue
    }
    const start = i
    let hash = 0x811c9dc5
    for (;;) {
      for (let k = 0; k < width; k++) {
        hash ^= text.charCodeAt(i + k)
        hash = Math.imul(hash, 0x01000193)
      }
      i += width
      if (i >= n) break
      c = text.charCodeAt(i)
      width = 1
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = text.charCodeAt(i + 1)
        if (d < 0xdc00 || d >= 0xe000) break
        width = 2
        if (!isAstralWordChar(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) break
      } else if (table[c] !== 1) break
    }
    if (visit(start, i, hash | 0) === false) return
  }
}

/** The word forms seen so far, by id, found by hash and compared in place. */
export class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1)
  private slotHash = new Int32Array(1 << 12)
  private chars = new Uint16Array(1 << 16)
  private used = 0
  private readonly starts: number[] = []
  private readonly lengths: number[] = []

  get size(): number {
    return this.starts.length
  }

  /** The id of text[start, end), or -1 if it has not been added. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    const length = end - start
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!
      if (id < 0) return -1
      if (this.slotHash[s] !== hash || this.lengths[id] !== length) continue
      const at = this.starts[id]!
      let k = 0
      while (k < length && this.chars[at + k] === text.charCodeAt(start + k)) k++
      if (k === length) return id
    }
  }

  /** Adds text[start, end) (not already present); returns its id. */
  add(text: string, start: number, end: number, hash: number): number {
    const id = this.starts.length
    const length = end - start
    if (this.used + length > this.chars.length) {
      const next = new Uint16Array(Math.max(this.chars.length * 2, this.used + length))
      next.set(this.chars)
      this.chars = next
    }
    for (let k = 0; k < length; k++) this.chars[this.used + k] = text.charCodeAt(start + k)
    this.starts.push(this.used)
    this.lengths.push(length)
    this.used += length
    if ((id + 1) * 2 > this.slots.length) this.grow()
    this.place(id, hash)
    return id
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1
    let s = hash & mask
    while (this.slots[s]! >= 0) s = (s + 1) & mask
    this.slots[s] = id
    this.slotHash[s] = hash
  }

  private grow(): void {
    const oldSlots = this.slots
    const oldHash = this.slotHash
    this.slots = new Int32Array(oldSlots.length * 2).fill(-1)
    this.slotHash = new Int32Array(oldSlots.length * 2)
    for (let s = 0; s < oldSlots.length; s++)
      if (oldSlots[s]! >= 0) this.place(oldSlots[s]!, oldHash[s]!)
  }
}
