// Anchoring: describing a passage of an article's canonical text so it can be found again, and
// finding it again in a text that may have changed. Pure functions over plain text, the way
// Hypothesis does it: a W3C TextQuoteSelector (the exact words plus ~32 characters of context on
// each side) and a TextPositionSelector (offsets). The exact place is tried first, then exact
// quotes (disambiguated by context and position), then quotes in normalised text (quotes, dashes,
// whitespace, case and accents), then approximate matches (approx-string-match) scored by quote,
// prefix, suffix and position. Below a confidence threshold the answer is null, an orphan,
// rather than a wrong place.
import search from 'approx-string-match'
import type { Placement, PositionSelector, QuoteSelector } from '../../src-shared/annotation'
import { approxSearch, type ApproxMatch } from './seeded-search'
import { matchTextOf, normalise, type MatchText } from './match-text'

export const CONTEXT_LENGTH = 32

export type { PositionSelector, QuoteSelector }

export interface TextSelector {
  quote: QuoteSelector
  position?: PositionSelector
}

/** confidence: 1 for an exact match in place; lower the further the text has drifted. */
export type Anchor = Placement

/** The selectors for `text[start, end)`. */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: QuoteSelector; position: PositionSelector } {
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  return {
    quote: {
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { start: s, end: e },
  }
}

/** Minimum confidence for an approximate match; below it the annotation is an orphan. */
export const MIN_CONFIDENCE = 0.7
/** Largest share of the quote that may differ in an approximate match. */
const MAX_ERROR_RATE = 0.25
/** Characters that may have been inserted inside a quote still found between its context. */
const MAX_INSERTED = 320
/** Context that agrees at least this well counts as "the same surroundings". */
const CONTEXT_AGREES = 0.85
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position

/** Edit-distance similarity (0–1) of `expected` to the best-matching stretch of `window`. */
function similarity(window: string, expected: string): number {
  if (!expected) return 1
  if (!window) return 0
  if (window.includes(expected)) return 1
  const matches = search(window, expected, expected.length)
  let errors = expected.length
  for (const m of matches) errors = Math.min(errors, m.errors)
  return 1 - errors / expected.length
}

interface Hints {
  exact: string
  prefix: string
  suffix: string
  /** Expected start offset in the original text, if known. */
  at: number | null
  length: number
}

interface Scored {
  /** Offsets in the normalised text. */
  start: number
  end: number
  quote: number
  prefix: number
  suffix: number
  confidence: number
}

/** What a selector says to look for, normalised as the text to search is. */
function hintsOf(text: string, { quote, position }: TextSelector): Hints {
  return {
    exact: normalise(quote.exact).trim(),
    prefix: normalise(quote.prefix).trimStart(),
    suffix: normalise(quote.suffix).trimEnd(),
    at: position ? position.start : null,
    length: text.length,
  }
}

/** Scores the stretch norm[start, end) as the place of the quote. */
function score(mt: MatchText, start: number, end: number, errors: number, h: Hints): Scored {
  const { norm } = mt
  const slack = 4
  const quote = Math.max(0, 1 - errors / h.exact.length)
  const prefix = similarity(
    norm.slice(Math.max(0, start - h.prefix.length - slack), start),
    h.prefix,
  )
  const suffix = similarity(norm.slice(end, end + h.suffix.length + slack), h.suffix)
  const position =
    h.at === null ? 1 : 1 - Math.min(1, Math.abs(mt.start[start]! - h.at) / Math.max(1, h.length))
  const confidence =
    (WEIGHTS.quote * quote +
      WEIGHTS.prefix * prefix +
      WEIGHTS.suffix * suffix +
      WEIGHTS.position * position) /
    TOTAL_WEIGHT
  return { start, end, quote, prefix, suffix, confidence }
}

function pickBest(candidates: Scored[]): Scored | null {
  let top: Scored | null = null
  for (const c of candidates) if (!top || c.confidence > top.confidence) top = c
  return top
}

function toAnchor(mt: MatchText, c: Scored, confidence = c.confidence): Anchor {
  return { start: mt.start[c.start]!, end: mt.end[c.end - 1]!, confidence }
}

function occurrences(haystack: string, needle: string, limit = 2000): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at >= 0 && found.length < limit;) {
    found.push(at)
    at = haystack.indexOf(needle, at + 1)
  }
  return found
}

/** The quote is trusted only if it is close enough itself, whatever its context says. */
function acceptable(c: Scored, h: Hints): boolean {
  const contextAgrees = c.prefix >= CONTEXT_AGREES && c.suffix >= CONTEXT_AGREES
  const errors = Math.round((1 - c.quote) * h.exact.length)
  const oneSlip = contextAgrees && errors <= 1 && h.exact.length >= 6
  if (c.quote < 1 - MAX_ERROR_RATE && !oneSlip) return false
  // A short quote says little by itself: its surroundings must agree.
  if (h.exact.length < 24 && !(c.prefix >= CONTEXT_AGREES || c.suffix >= CONTEXT_AGREES)) {
    return false
  }
  return c.confidence >= MIN_CONFIDENCE
}

/** Whether every word of `words` appears in `within`, in order (words were only added). */
function wordsInOrder(words: string[], within: string[]): boolean {
  let i = 0
  for (const w of within) if (i < words.length && w === words[i]) i++
  return i === words.length
}

/**
 * The stretch between the exact prefix and the exact suffix, when it still holds every word of
 * the quote in order (words were added) or at least half of them (words were cut): edits that
 * approximate matching of a short quote cannot tell from a rewrite.
 */
function betweenContext(mt: MatchText, h: Hints, text: string, oneBlock: boolean): Scored | null {
  const { norm } = mt
  if (h.prefix.length < 12 || h.suffix.length < 12) return null
  const pre = h.prefix.slice(-16)
  const suf = h.suffix.slice(0, 16)
  const words = h.exact.split(' ')
  const candidates: Scored[] = []
  for (const at of occurrences(norm, pre, 50)) {
    let from = at + pre.length
    let to = norm.indexOf(suf, from)
    // Words (even a sentence) may have been added inside the quote; fewer may be left.
    if (to < 0 || to - from > h.exact.length * 2 + MAX_INSERTED) continue
    while (norm[from] === ' ' && from < to) from++
    while (norm[to - 1] === ' ' && to > from) to--
    if (to <= from) continue
    const found = norm.slice(from, to).split(' ')
    // What was added stays inside the quote's paragraph, as it was in one.
    if (oneBlock && text.slice(mt.start[from]!, mt.end[to - 1]!).includes('\n\n')) continue
    const added = wordsInOrder(words, found)
    const removed =
      to - from <= h.exact.length * 2 + 24 &&
      found.length * 2 >= words.length &&
      wordsInOrder(found, words)
    if (!added && !removed) continue
    candidates.push(score(mt, from, to, to - from - h.exact.length, h))
  }
  return pickBest(
    candidates.filter((c) => c.prefix >= CONTEXT_AGREES && c.suffix >= CONTEXT_AGREES),
  )
}

/**
 * Finds the quote inside a stretch found by searching for context + quote + context: the best
 * approximate match of the quote nearest to where the prefix ends.
 */
function quoteWithin(mt: MatchText, from: number, to: number, h: Hints): Scored | null {
  const region = mt.norm.slice(from, to)
  const maxErrors = Math.max(1, Math.floor(h.exact.length * MAX_ERROR_RATE))
  const expected = Math.min(h.prefix.length, region.length)
  let best: Scored | null = null
  for (const m of search(region, h.exact, maxErrors)) {
    const c = score(mt, from + m.start, from + m.end, m.errors, h)
    const off = Math.abs(m.start - expected)
    if (
      !best ||
      c.confidence > best.confidence + 1e-9 ||
      (off < 3 && c.confidence >= best.confidence)
    ) {
      best = c
    }
  }
  return best
}

/**
 * Finds the passage `selector` describes in `text`, or null when it cannot be placed with
 * confidence (the passage was deleted or rewritten): an orphan is better than a wrong place.
 */
export function anchor(text: string, selector: TextSelector): Anchor | null {
  const { exact, prefix, suffix } = selector.quote
  if (!exact) return null
  const pos = selector.position
  // In place, context and all: nothing has moved.
  if (
    pos &&
    text.slice(pos.start, pos.end) === exact &&
    text.slice(Math.max(0, pos.start - prefix.length), pos.start) === prefix &&
    text.slice(pos.end, pos.end + suffix.length) === suffix
  ) {
    return { start: pos.start, end: pos.end, confidence: 1 }
  }

  const mt = matchTextOf(text)
  const { norm } = mt
  const h = hintsOf(text, selector)
  if (!h.exact) return null

  // 1. The quote, normalised, with its context agreeing: the passage moved or was retypeset.
  const hits = occurrences(norm, h.exact)
  // Many hits (a common phrase): score only those whose nearest context agrees.
  const near = (at: number) =>
    hits.length <= 20 ||
    norm.slice(Math.max(0, at - 6), at) === h.prefix.slice(-6) ||
    norm.slice(at + h.exact.length, at + h.exact.length + 6) === h.suffix.slice(0, 6)
  const exactHits = hits.filter(near).map((s) => score(mt, s, s + h.exact.length, 0, h))
  const agreed = pickBest(
    exactHits.filter((c) => c.prefix >= CONTEXT_AGREES && c.suffix >= CONTEXT_AGREES),
  )
  if (agreed) return toAnchor(mt, agreed)
  const bounded = betweenContext(mt, h, text, !exact.includes('\n\n'))
  if (bounded) return toAnchor(mt, bounded)

  // 2. Context + quote + context searched together, allowing errors: finds the right one of
  // many similar passages even when the quote itself was edited.
  const whole = `${h.prefix}${h.exact}${h.suffix}`
  const wholeErrors = Math.min(256, Math.floor(whole.length * MAX_ERROR_RATE))
  const inContext = (matches: ApproxMatch[]): Scored | null => {
    const around: Scored[] = []
    for (const m of matches.slice(0, 20)) {
      const c = quoteWithin(mt, Math.max(0, m.start - 4), Math.min(norm.length, m.end + 4), h)
      if (c) around.push(c)
    }
    return pickBest(around.filter((c) => acceptable(c, h)))
  }
  const found = inContext(approxSearch(norm, whole, wholeErrors))
  if (found) return toAnchor(mt, found)

  // 3. The quote alone (its surroundings changed too): exact or approximate, and long enough
  // to stand on its own.
  const exactAlone = pickBest(exactHits.filter((c) => acceptable(c, h)))
  if (exactAlone && hits.length === 1) return toAnchor(mt, exactAlone)
  if (hits.length > 1 || h.exact.length < 24) return null
  const maxErrors = Math.min(256, Math.floor(h.exact.length * MAX_ERROR_RATE))
  const alone = (matches: ApproxMatch[]): Scored | null =>
    pickBest(
      matches
        .slice(0, 50)
        .map((m) => score(mt, m.start, m.end, m.errors, h))
        .filter((c) => acceptable(c, h)),
    )
  const best = alone(approxSearch(norm, h.exact, maxErrors))
  return best ? toAnchor(mt, best) : null
}

/**
 * For an orphan: the passage of `text` most like the quote, with its (low) confidence, whatever
 * the threshold; a candidate the reader may attach it to, never a placement. Null when nothing
 * shares even half the quote.
 */
export function nearest(text: string, selector: TextSelector): Anchor | null {
  const mt = matchTextOf(text)
  const h = hintsOf(text, selector)
  if (h.exact.length < 3) return null
  const maxErrors = Math.min(256, Math.floor(h.exact.length / 2))
  const best = pickBest(
    approxSearch(mt.norm, h.exact, maxErrors)
      .slice(0, 50)
      .map((m) => score(mt, m.start, m.end, m.errors, h)),
  )
  return best ? toAnchor(mt, best) : null
}
