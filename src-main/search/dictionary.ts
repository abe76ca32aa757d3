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
