// Tags as Obsidian and Logseq read them, one way everywhere (front matter, inline #tags, Logseq
// properties). Obsidian's rules: letters and digits of any script, `_`, `-`, and `/` for nested
// tags; no spaces; not digits only. Logseq reads the same words as the same pages. A tag that
// had to change is reported once, so the user knows why `class struggle` became
// `class-struggle`.

/** The tag as exported ('' when nothing of it can be kept). */
export function exportTag(tag: string): string {
  const word = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    // Nested tags: no empty level, no hyphen hanging at a level's edge.
    .split('/')
    .map((level) => level.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('/')
  if (!word) return ''
  // Digits only (and separators) is a number to Obsidian, not a tag.
  return /\p{L}/u.test(word) || /_/.test(word) ? word : `tag-${word}`
}

/** The tag inline, as `#word` ('' when nothing of it can be kept). */
export function hashtag(tag: string): string {
  const word = exportTag(tag)
  return word ? `#${word}` : ''
}

/** Tags as exported, each once, in order. */
export function exportTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(exportTag).filter(Boolean))]
}

/** The tags among `tags` that change on export, each once, sorted: what the summary reports. */
export function changedTags(tags: Iterable<string>): { from: string; to: string }[] {
  const seen = new Map<string, string>()
  for (const tag of tags) {
    const to = exportTag(tag)
    if (to !== tag && !seen.has(tag)) seen.set(tag, to)
  }
  return [...seen].map(([from, to]) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from))
}
