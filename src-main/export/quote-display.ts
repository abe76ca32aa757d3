// A highlighted passage as a reader meant it, for exports: a selection that began or ended in
// the middle of a word or on a space ("nning of this year, … conditions ") is shown from word
// edge to word edge, the cut words made whole from the text around it (the stored selectors
// stay exact). Line breaks inside stay; each line loses the spaces at its edges, which Markdown
// would otherwise have to write as entities.

const WORD = /[\p{L}\p{M}\p{N}]/u
const WORD_END = /[\p{L}\p{M}\p{N}]+$/u
const WORD_START = /^[\p{L}\p{M}\p{N}]+/u

/** The longest part of a word to add at an edge: beyond that it is not a cut word. */
const MAX_COMPLETION = 40

export function displayQuote(quote: { exact: string; prefix?: string; suffix?: string }): string {
  let text = quote.exact
  const trimmedStart = text.replace(/^\s+/, '')
  const trimmedEnd = text.replace(/\s+$/, '')
  // A word cut at the start: the selection starts inside it (no space was trimmed there).
  if (trimmedStart === text && WORD.test(text[0] ?? '')) {
    const before = WORD_END.exec(quote.prefix ?? '')?.[0] ?? ''
    if (before.length <= MAX_COMPLETION) text = before + text
  }
  if (trimmedEnd === quote.exact && WORD.test(text.at(-1) ?? '')) {
    const after = WORD_START.exec(quote.suffix ?? '')?.[0] ?? ''
    if (after.length <= MAX_COMPLETION) text += after
  }
  return text
    .split('\n')
    .map((line) => line.replace(/^\s+|\s+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
}
