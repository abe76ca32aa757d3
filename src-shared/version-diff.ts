// Two versions of an article compared, paragraph by paragraph and word by word, with the `diff`
// library: paragraphs kept, changed (their words inserted and deleted), added, deleted, and moved
// (the same paragraph elsewhere). The reader's "Changes" view shows the rows; an orphan's
// explanation follows its passage through them (deleted, rewritten into…, moved to ¶ n).
import { diffArrays, diffWordsWithSpace } from 'diff'

export interface Part {
  kind: 'same' | 'ins' | 'del'
  text: string
}

/** One paragraph of the comparison, in the order of the newer version (deleted ones where they
 * were). Indices are the paragraphs' places in each version's list. */
export type Row =
  | { kind: 'same'; from: number; to: number; text: string }
  | { kind: 'changed'; from: number; to: number; parts: Part[] }
  | { kind: 'added'; to: number; text: string }
  | { kind: 'deleted'; from: number; text: string }
  /** A paragraph that moved, shown where it is now; `from` is where it was. */
  | { kind: 'moved'; from: number; to: number; text: string }
  /** Where a moved paragraph was. */
  | { kind: 'movedAway'; from: number; to: number }

/** A comparison that takes longer (two long, wholly different texts) gives up: the paragraphs
 * are then shown as deleted and added, whole, rather than the page waiting. */
const GIVE_UP_MS = 200

/** Words of two paragraphs compared, or null when that took too long. */
function wordDiff(a: string, b: string) {
  return diffWordsWithSpace(a, b, { timeout: GIVE_UP_MS }) ?? null
}

/** Paragraphs at least this long are matched as moved when found unchanged elsewhere. */
const MOVE_MIN_LENGTH = 20
/** How many of the new paragraphs after the last paired one an old one is tried against. */
const PAIR_LOOKAHEAD = 20
/** Paired as one changed paragraph when at least this share of their words is common. */
const CHANGED_MIN_SHARED = 0.3

/** Share (0–1) of the words of the longer of two paragraphs that the other has too: cheap
 * enough to try many pairs, whatever their length. */
function sharedWords(a: string, b: string): number {
  const wordsOf = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean)
  const [x, y] = [wordsOf(a), wordsOf(b)]
  const counts = new Map<string, number>()
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1)
  let same = 0
  for (const w of x) {
    const left = counts.get(w) ?? 0
    if (left > 0) {
      same++
      counts.set(w, left - 1)
    }
  }
  return same / Math.max(1, x.length, y.length)
}

function partsOf(a: string, b: string): Part[] {
  const parts = wordDiff(a, b)
  if (!parts)
    return [
      { kind: 'del', text: a },
      { kind: 'ins', text: b },
    ]
  return parts.map((p) => ({
    kind: p.added ? 'ins' : p.removed ? 'del' : 'same',
    text: p.value,
  }))
}

/** Compares the paragraphs (block texts) of an older and a newer version. */
export function compareVersions(older: readonly string[], newer: readonly string[]): Row[] {
  const hunks = diffArrays([...older], [...newer], { timeout: GIVE_UP_MS }) ?? [
    { count: older.length, added: false, removed: true, value: [...older] },
    { count: newer.length, added: true, removed: false, value: [...newer] },
  ]
  // Every removed and added paragraph, by index, to find the moved ones first.
  const removed: number[] = []
  const added: number[] = []
  {
    let i = 0
    let j = 0
    for (const h of hunks) {
      for (let k = 0; k < h.count; k++) {
        if (h.removed) removed.push(i++)
        else if (h.added) added.push(j++)
        else {
          i++
          j++
        }
      }
    }
  }
  const movedTo = new Map<number, number>()
  const movedFrom = new Map<number, number>()
  const waiting = new Map<string, number[]>()
  for (const j of added) {
    const text = newer[j]!
    if (text.trim().length < MOVE_MIN_LENGTH) continue
    waiting.set(text, [...(waiting.get(text) ?? []), j])
  }
  for (const i of removed) {
    const js = waiting.get(older[i]!)
    const j = js?.shift()
    if (j === undefined) continue
    movedTo.set(i, j)
    movedFrom.set(j, i)
  }

  const rows: Row[] = []
  let i = 0
  let j = 0
  for (let h = 0; h < hunks.length; h++) {
    const hunk = hunks[h]!
    if (!hunk.added && !hunk.removed) {
      for (let k = 0; k < hunk.count; k++)
        rows.push({ kind: 'same', from: i++, to: j, text: newer[j++]! })
      continue
    }
    // A run of removed paragraphs and the added ones right after it change together.
    const gone: number[] = []
    const come: number[] = []
    if (hunk.removed) {
      for (let k = 0; k < hunk.count; k++) gone.push(i++)
      const next = hunks[h + 1]
      if (next?.added) {
        for (let k = 0; k < next.count; k++) come.push(j++)
        h++
      }
    } else for (let k = 0; k < hunk.count; k++) come.push(j++)
    const left = gone.filter((x) => !movedTo.has(x))
    const right = come.filter((x) => !movedFrom.has(x))
    // Pair each remaining old paragraph with the first remaining new one close enough to it.
    const pairedWith = new Map<number, number>()
    let from = 0
    for (const x of left) {
      // Near candidates only: a rewritten paragraph stays about where it was.
      for (let y = from; y < Math.min(right.length, from + PAIR_LOOKAHEAD); y++) {
        if (sharedWords(older[x]!, newer[right[y]!]!) >= CHANGED_MIN_SHARED) {
          pairedWith.set(x, right[y]!)
          from = y + 1
          break
        }
      }
    }
    // The old side in its order (a changed paragraph where it was), then what is new.
    for (const x of gone) {
      const moved = movedTo.get(x)
      const partner = pairedWith.get(x)
      if (moved !== undefined) rows.push({ kind: 'movedAway', from: x, to: moved })
      else if (partner !== undefined)
        rows.push({
          kind: 'changed',
          from: x,
          to: partner,
          parts: partsOf(older[x]!, newer[partner]!),
        })
      else rows.push({ kind: 'deleted', from: x, text: older[x]! })
    }
    const paired = new Set(pairedWith.values())
    for (const y of come) {
      const was = movedFrom.get(y)
      if (was !== undefined) rows.push({ kind: 'moved', from: was, to: y, text: newer[y]! })
      else if (!paired.has(y)) rows.push({ kind: 'added', to: y, text: newer[y]! })
    }
  }
  return rows
}

/** What became of a passage of the older version in the newer one. */
export type Fate =
  | { kind: 'kept'; to: number }
  | { kind: 'moved'; to: number }
  | { kind: 'deleted' }
  /** Its paragraph was rewritten; `into` is what now stands where the passage stood. */
  | { kind: 'rewritten'; to: number; into: string }

/**
 * Follows `older[block]`'s characters [start, end) (offsets inside that paragraph) through the
 * comparison.
 */
export function fateOf(rows: readonly Row[], block: number, start: number, end: number): Fate {
  const row = rows.find(
    (r): r is Exclude<Row, { kind: 'added' }> => r.kind !== 'added' && r.from === block,
  )
  if (!row || row.kind === 'deleted') return { kind: 'deleted' }
  if (row.kind === 'same') return { kind: 'kept', to: row.to }
  if (row.kind === 'moved' || row.kind === 'movedAway') return { kind: 'moved', to: row.to }
  // Walk the old side of the word diff; keep what the new side has over the passage's span.
  let at = 0
  let into = ''
  for (const p of row.parts) {
    if (p.kind === 'ins') {
      if (at > start && at <= end) into += p.text
      else if (at === start && into === '') into += p.text
      continue
    }
    const from = at
    at += p.text.length
    if (p.kind === 'same' && at > start && from < end)
      into += p.text.slice(Math.max(0, start - from), Math.min(p.text.length, end - from))
  }
  into = into.replace(/\s+/g, ' ').trim()
  return into ? { kind: 'rewritten', to: row.to, into } : { kind: 'deleted' }
}
