// Which paragraph of a translation matches the one being read: the same number when both
// versions have as many paragraphs, otherwise the one at the same proportion of the text.

/** 1-based paragraph of the translation for paragraph `n` of `count` in the original. */
export function alignedParagraph(n: number, count: number, targetCount: number): number {
  if (targetCount <= 0) return 1
  if (count <= 0 || count === targetCount) return Math.min(Math.max(n, 1), targetCount)
  return Math.min(targetCount, Math.max(1, Math.round(((n - 1) / count) * targetCount) + 1))
}
