// Two catalogs listed as one (the bundled archive and the user's own files), still newest
// first: each row says which catalog it comes from and its row there; an id in both is kept
// from the second.
import { NO_SECTION, type Catalog } from './catalog-layout'

/** Two catalogs listed as one, still newest first. An id in both is kept from the second (the
 * user's library, where a newer version of an archive article stands in for it); the first's
 * row becomes a duplicate. */
export class MergedCatalog implements Catalog {
  readonly count: number
  /** Which catalog each row comes from (0 or 1), and its row there. */
  readonly shelf: Uint8Array
  private readonly rowOf: Uint32Array
  /** Rows of the second catalog whose id the first has too (they stand in for it). */
  readonly standsIn: Uint8Array
  private readonly rowsA: Uint32Array
  private readonly rowsB: Uint32Array
  readonly languages: string[]
  readonly langIndex: Uint16Array
  readonly sections: string[]
  readonly sectionIndex: Uint16Array
  readonly years: Uint16Array
  readonly duplicateRows: number[] = []
  readonly hasAdded: boolean
  private all = new Map<string, (string | null)[]>()

  constructor(
    private readonly a: Catalog,
    private readonly b: Catalog,
  ) {
    const count = (this.count = a.count + b.count)
    this.shelf = new Uint8Array(count)
    this.rowOf = new Uint32Array(count)
    this.standsIn = new Uint8Array(count)
    this.rowsA = new Uint32Array(a.count)
    this.rowsB = new Uint32Array(b.count)
    this.hasAdded = a.hasAdded || b.hasAdded
    // Row i of the first comes before row j of the second in date order (undated last, ties by
    // id), as each catalog is stored.
    const before = (i: number, j: number) => {
      const dx = a.dateKey(i)
      const dy = b.dateKey(j)
      if (dx !== dy) return dy === 0 ? true : dx === 0 ? false : dx > dy
      return a.id(i) <= b.id(j)
    }
    let i = 0
    let j = 0
    for (let k = 0; k < count; k++) {
      const fromA = j >= b.count || (i < a.count && before(i, j))
      if (fromA) {
        this.rowOf[k] = i
        this.rowsA[i++] = k
      } else {
        this.shelf[k] = 1
        this.rowOf[k] = j
        this.rowsB[j++] = k
      }
    }
    const tables = (x: string[], y: string[]) => {
      const names = [...x]
      const map = y.map((n) => {
        const at = names.indexOf(n)
        return at >= 0 ? at : names.push(n) - 1
      })
      return { names, map }
    }
    const langs = tables(a.languages, b.languages)
    const sections = tables(a.sections, b.sections)
    this.languages = langs.names
    this.sections = sections.names
    this.langIndex = new Uint16Array(count)
    this.sectionIndex = new Uint16Array(count)
    this.years = new Uint16Array(count)
    for (let k = 0; k < count; k++) {
      const [from, row] = this.source(k)
      const second = this.shelf[k] === 1
      const l = from.langIndex[row]!
      const s = from.sectionIndex[row]!
      this.langIndex[k] = second ? langs.map[l]! : l
      this.sectionIndex[k] = second && s !== NO_SECTION ? (sections.map[s] ?? NO_SECTION) : s
      this.years[k] = from.years[row]!
    }
    for (const row of a.duplicateRows) this.duplicateRows.push(this.rowsA[row]!)
    for (const row of b.duplicateRows) this.duplicateRows.push(this.rowsB[row]!)
    const bDuplicate = new Uint8Array(b.count)
    for (const row of b.duplicateRows) bDuplicate[row] = 1
    for (let r = 0; r < b.count; r++) {
      if (bDuplicate[r]) continue
      const inA = a.indexOf(b.id(r))
      if (inA < 0) continue
      this.duplicateRows.push(this.rowsA[inA]!)
      this.standsIn[this.rowsB[r]!] = 1
    }
  }

  private source(k: number): [Catalog, number] {
    return [this.shelf[k] === 1 ? this.b : this.a, this.rowOf[k]!]
  }

  id(k: number) {
    const [c, r] = this.source(k)
    return c.id(r)
  }
  title(k: number) {
    const [c, r] = this.source(k)
    return c.title(r)
  }
  date(k: number) {
    const [c, r] = this.source(k)
    return c.date(r)
  }
  dateKey(k: number) {
    const [c, r] = this.source(k)
    return c.dateKey(r)
  }
  sourceUrl(k: number) {
    const [c, r] = this.source(k)
    return c.sourceUrl(r)
  }
  translationGroup(k: number) {
    const [c, r] = this.source(k)
    return c.translationGroup(r)
  }
  contentHash(k: number) {
    const [c, r] = this.source(k)
    return c.contentHash(r)
  }
  added(k: number) {
    const [c, r] = this.source(k)
    return c.added(r)
  }
  summary(k: number) {
    const [c, r] = this.source(k)
    return c.summary(r)
  }
  column(name: 'id' | 'title') {
    let values = this.all.get(name)
    if (!values) {
      const [x, y] = [this.a.column(name), this.b.column(name)]
      values = Array.from(
        { length: this.count },
        (_, k): string | null =>
          (this.shelf[k] === 1 ? y[this.rowOf[k]!] : x[this.rowOf[k]!]) ?? null,
      )
      this.all.set(name, values)
    }
    return values
  }
  indexOf(id: string): number {
    const inB = this.b.indexOf(id)
    if (inB >= 0) return this.rowsB[inB]!
    const inA = this.a.indexOf(id)
    return inA >= 0 ? this.rowsA[inA]! : -1
  }
}
