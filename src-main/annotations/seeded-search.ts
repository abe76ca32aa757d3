// Approximate search made fast on long texts by filtering first: exact pieces ("seeds") of the
// pattern are looked up with indexOf, and the bit-parallel search (approx-string-match) runs only
// on the windows most seeds point at. Seeds too common to say anything are ignored; only when
// fewer than two seeds are distinctive (or the pattern is too short for seeds) is the whole text
// searched. A pattern whose distinctive seeds were all edited away is reported missing: that
// takes many scattered edits, and a miss costs an orphan, never a wrong place.
import search from 'approx-string-match'

export interface ApproxMatch {
  start: number
  end: number
  errors: number
}

const SEED = 12
const MAX_SEEDS = 8
/** A seed found more often than this says little about where the pattern is. */
const MAX_HITS = 40
const MAX_WINDOWS = 12

/**
 * Windows of `text` where `pattern` may occur with up to `maxErrors` errors, merged; null when
 * the seeds cannot tell (pattern too short, or a seed too common).
 */
function windowsFor(text: string, pattern: string, maxErrors: number): [number, number][] | null {
  if (pattern.length < SEED * 2) return null
  const count = Math.min(MAX_SEEDS, Math.floor(pattern.length / SEED))
  const step = (pattern.length - SEED) / Math.max(1, count - 1)
  const spans: [number, number, number][] = []
  let distinctive = 0
  for (let i = 0; i < count; i++) {
    const offset = Math.round(i * step)
    const seed = pattern.slice(offset, offset + SEED)
    const hits: number[] = []
    for (let at = text.indexOf(seed); at >= 0 && hits.length <= MAX_HITS;) {
      hits.push(at)
      at = text.indexOf(seed, at + 1)
    }
    if (hits.length > MAX_HITS) continue
    distinctive++
    for (const at of hits) {
      const from = Math.max(0, at - offset - maxErrors - 8)
      spans.push([from, Math.min(text.length, from + pattern.length + 2 * maxErrors + 16), i])
    }
  }
  if (distinctive < Math.min(2, count)) return null
  if (!spans.length) return []
  spans.sort((a, b) => a[0] - b[0])
  // Merge overlapping windows, counting how many different seeds vote for each.
  const merged: { from: number; to: number; seeds: Set<number> }[] = []
  for (const [from, to, seed] of spans) {
    const last = merged.at(-1)
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to)
      last.seeds.add(seed)
    } else merged.push({ from, to, seeds: new Set([seed]) })
  }
  // Where most seeds agree is where the pattern is; a window only one stray seed points at is
  // searched only if nothing better exists.
  const most = Math.max(...merged.map((w) => w.seeds.size))
  return merged
    .filter((w) => w.seeds.size >= Math.max(1, Math.ceil(most / 2)))
    .sort((a, b) => b.seeds.size - a.seeds.size)
    .slice(0, MAX_WINDOWS)
    .map((w) => [w.from, w.to])
}

/** Approximate matches of `pattern`: the lowest-error ones and those close to them. */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const windows = windowsFor(text, pattern, maxErrors)
  if (!windows) return search(text, pattern, maxErrors)
  const found: ApproxMatch[] = []
  for (const [from, to] of windows) {
    for (const m of search(text.slice(from, to), pattern, maxErrors)) {
      found.push({ start: from + m.start, end: from + m.end, errors: m.errors })
    }
  }
  if (!found.length) return []
  const least = Math.min(...found.map((m) => m.errors))
  // Near-best ones too: the fewest errors is not always the best place in context.
  return found.filter((m) => m.errors <= least + Math.max(2, maxErrors / 4))
}
