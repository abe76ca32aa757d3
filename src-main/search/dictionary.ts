// The string tables of a search segment: strings stored as UTF-16 code units with where each
// starts, used in place (never decoded when the index opens). A Dictionary is a sorted one
// with per-term fields, searched by binary search on code units, as JavaScript orders strings.

/** Strings stored as UTF-16 code units, with where each starts (count + 1 entries). */
export class StringTable {
  constructor(
    protected readonly chars: Uint16Array,
    protected readonly starts: Uint32Array,
  ) {}

  get size(): number {
    return this.starts.length - 1
  }
  termLength(i: number): number {
    return this.starts[i + 1]! - this.starts[i]!
  }
  term(i: number): string {
    const from = this.starts[i]!
    const to = this.starts[i + 1]!
    let out = ''
    for (let k = from; k < to; k += 4096)
      out += String.fromCharCode(...this.chars.subarray(k, Math.min(to, k + 4096)))
    return out
  }
  /** Edit distance between entry i and key, or max + 1 once it must exceed max. */
  distance(i: number, key: string, max: number): number {
    return boundedDistance(key, this.chars, this.starts[i]!, this.starts[i + 1]!, max)
  }
  /**
   * Calls `visit(i, distance)` for each entry in [from, to) within `max` edits of `key` (as
   * `distance` counts them). The entries are sorted, so neighbours share a beginning: the rows of
   * the edit-distance table for a shared beginning are kept from the entry before, and once a
   * beginning is more than `max` edits from every beginning of `key`, every entry that starts
   * with it is passed over unread.
   */
  near(from: number, to: number, key: string, max: number, visit: (i: number, d: number) => void) {
    const m = key.length
    const width = m + 1
    let rows = new Int32Array(width * 66)
    let rowMin = new Int32Array(66)
    for (let k = 0; k <= m; k++) rows[k] = k
    rowMin[0] = 0
    let previous = -1 // the entry before, whose rows are kept
    let computed = 0 // rows of it computed (beyond 0)
    let dead = Infinity // the first depth where it was past saving
    const chars = this.chars
    const starts = this.starts
    for (let i = from; i < to; i++) {
      const at = starts[i]!
      const n = starts[i + 1]! - at
      // How long a beginning this entry shares with the one before.
      let shared = 0
      if (previous >= 0) {
        const before = starts[previous]!
        const limit = Math.min(n, computed, starts[previous + 1]! - before)
        while (shared < limit && chars[at + shared] === chars[before + shared]) shared++
      }
      previous = i
      if (dead <= shared) {
        computed = shared
        continue // starts with a beginning past saving
      }
      dead = Infinity
      if (n + 2 > rowMin.length) {
        const grown = new Int32Array(width * (n + 2))
        grown.set(rows)
        rows = grown
        const grownMin = new Int32Array(n + 2)
        grownMin.set(rowMin)
        rowMin = grownMin
      }
      let j = shared + 1
      for (; j <= n; j++) {
        const cb = chars[at + j - 1]!
        const up = (j - 1) * width
        const here = j * width
        rows[here] = j
        let best = j
        for (let k = 1; k <= m; k++) {
          const ca = key.charCodeAt(k - 1)
          let v = rows[up + k - 1]! + (ca === cb ? 0 : 1)
          const del = rows[up + k]! + 1
          if (del < v) v = del
          const ins = rows[here + k - 1]! + 1
          if (ins < v) v = ins
          if (j > 1 && k > 1 && ca === chars[at + j - 2] && key.charCodeAt(k - 2) === cb) {
            const swap = rows[(j - 2) * width + k - 2]! + 1
            if (swap < v) v = swap
          }
          rows[here + k] = v
          if (v < best) best = v
        }
        rowMin[j] = best
        // A swap reaches back two rows: both past the budget, and so is everything longer.
        if (best > max && rowMin[j - 1]! > max) {
          dead = j
          j++
          break
        }
      }
      computed = j - 1
      if (dead === Infinity && Math.abs(n - m) <= max) {
        const d = rows[n * width + m]!
        if (d <= max) visit(i, d)
      }
    }
  }

  /** Whether entry i starts with `prefix`. */
  startsWith(i: number, prefix: string): boolean {
    const from = this.starts[i]!
    if (this.starts[i + 1]! - from < prefix.length) return false
    for (let k = 0; k < prefix.length; k++)
      if (this.chars[from + k] !== prefix.charCodeAt(k)) return false
    return true
  }

  /** Compares entry i with key, as JavaScript compares strings (by UTF-16 code unit). */
  compare(i: number, key: string): number {
    const from = this.starts[i]!
    const length = this.starts[i + 1]! - from
    const n = Math.min(length, key.length)
    for (let k = 0; k < n; k++) {
      const d = this.chars[from + k]! - key.charCodeAt(k)
      if (d !== 0) return d
    }
    return length - key.length
  }
}

/** A sorted dictionary with per-term fields. */
export class Dictionary extends StringTable {
  constructor(
    chars: Uint16Array,
    starts: Uint32Array,
    readonly table: Uint32Array,
    private readonly fields: number,
  ) {
    super(chars, starts)
  }
  /** The first index whose term is ≥ key. */
  lowerBound(key: string): number {
    let lo = 0
    let hi = this.size
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.compare(mid, key) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  find(key: string): number {
    const i = this.lowerBound(key)
    return i < this.size && this.compare(i, key) === 0 ? i : -1
  }
  field(i: number, f: number): number {
    return this.table[i * this.fields + f]!
  }
}

let rowA = new Int32Array(64)
let rowB = new Int32Array(64)
let rowC = new Int32Array(64)

/**
 * Edit distance (optimal string alignment: a swap of two neighbouring letters is one edit)
 * between `a` and the code units chars[from, to), or max + 1 once it must exceed max.
 */
export function boundedDistance(
  a: string,
  chars: Uint16Array,
  from: number,
  to: number,
  max: number,
): number {
  const n = to - from
  if (Math.abs(a.length - n) > max) return max + 1
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(n * 2 + 2)
    rowB = new Int32Array(n * 2 + 2)
    rowC = new Int32Array(n * 2 + 2)
  }
  let twoBack = rowC
  let previous = rowA
  let row = rowB
  for (let j = 0; j <= n; j++) previous[j] = j
  let previousBest = 0
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let best = i
    const ca = a.charCodeAt(i - 1)
    const before = i > 1 ? a.charCodeAt(i - 2) : -1
    for (let j = 1; j <= n; j++) {
      const cb = chars[from + j - 1]!
      const cost = ca === cb ? 0 : 1
      let v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && ca === chars[from + j - 2] && before === cb)
        v = Math.min(v, twoBack[j - 2]! + 1)
      row[j] = v
      if (v < best) best = v
    }
    // A swap reaches back two rows, so both must be past the budget to stop.
    if (best > max && previousBest > max) return max + 1
    previousBest = best
    const t = twoBack
    twoBack = previous
    previous = row
    row = t
  }
  return previous[n]! > max ? max + 1 : previous[n]!
}
