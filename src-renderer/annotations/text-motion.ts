// Moving a selection through text by keys: to the end of the next or previous word or sentence,
// in any script. Pure functions over the canonical text, used by the keyboard selection.

const WORD = /[\p{L}\p{N}\p{M}'’-]/u
const SENTENCE_END = /[.!?;:。؟]/u

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch)

/** The word at or after `offset` (its start and end), or null if no word follows. */
export function wordAt(text: string, offset: number): { start: number; end: number } | null {
  let start = offset
  while (start < text.length && !isWord(text[start])) start++
  if (start >= text.length) return null
  while (start > 0 && isWord(text[start - 1])) start--
  let end = start
  while (end < text.length && isWord(text[end])) end++
  return { start, end }
}

/** End of the next word after `offset`. */
export function nextWordEnd(text: string, offset: number): number {
  let i = offset
  while (i < text.length && !isWord(text[i])) i++
  while (i < text.length && isWord(text[i])) i++
  return i
}

/** End of the word before the one ending at `offset`, never before `min`. */
export function previousWordEnd(text: string, offset: number, min: number): number {
  let i = offset
  while (i > min && isWord(text[i - 1])) i--
  while (i > min && !isWord(text[i - 1])) i--
  return Math.max(min, i)
}

/** End of the sentence after `offset` (past its punctuation), or the end of its block. */
export function nextSentenceEnd(text: string, offset: number): number {
  let i = offset
  while (i < text.length && /\s/.test(text[i]!)) i++
  for (; i < text.length; i++) {
    if (text[i] === '\n' && text[i + 1] === '\n') return i
    if (SENTENCE_END.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) {
      return i + 1
    }
  }
  return text.length
}

/** End of the sentence before the one ending at `offset`, never before `min`. */
export function previousSentenceEnd(text: string, offset: number, min: number): number {
  let i = offset - 1
  while (i > min && (SENTENCE_END.test(text[i]!) || /\s/.test(text[i]!))) i--
  for (; i > min; i--) {
    if (text[i] === '\n' && text[i - 1] === '\n') return Math.max(min, i - 1)
    if (SENTENCE_END.test(text[i - 1]!) && /\s/.test(text[i]!)) return Math.max(min, i)
  }
  return min
}
