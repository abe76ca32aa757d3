// The head of an article saved from the KKE sites, after the old-pages box: which of its first
// lines is the headline, which are labels before it (a section, a source line, an all-capitals
// slogan: the kicker), which follow it (a subtitle, a photo caption), and where the body begins
// (docs/site-pages.md, "Kickers, labels and titles"). Pure: block texts in, their roles out.
import { slugify } from './file-names'

export type HeadRole = 'kicker' | 'title' | 'subtitle' | 'caption'

export interface Head {
  /** Index of the headline among the blocks, or null when the article has no title line. */
  title: number | null
  /** Role of each block of the head, by index; blocks after the head are the body. */
  roles: Map<number, HeadRole>
}

/** A headline is at most this long (real Russian and Greek titles pass 200 characters). */
const TITLE_MAX_CHARS = 320
const TITLE_MAX_WORDS = 50
/** The head is the first few blocks, never more. */
const HEAD_MAX = 5

/** Ends like a sentence of body text (a headline may end with "!" or "?", not with these). */
const BODY_END = /[.:;,…؛]['"”’»)\]]*$/u

/** Could be a headline or a label: short enough, and not ending like a paragraph. */
export function isTitleLike(block: string): boolean {
  return (
    block.length <= TITLE_MAX_CHARS &&
    block.split(/\s+/).length <= TITLE_MAX_WORDS &&
    !BODY_END.test(block) &&
    /^[\p{L}\p{N}"“«‘'(¡¿]/u.test(block)
  )
}

/** Every letter a capital (a label such as "PARTI COMMUNISTE DE GRÈCE"); scripts without
 * case never are. */
export function isAllCaps(block: string): boolean {
  const cased = block.match(/[\p{Lu}\p{Ll}]/gu) ?? []
  return cased.length >= 4 && cased.every((c) => /\p{Lu}/u.test(c))
}

/** Photo captions: "Photo: …", "Φωτ.: …", "Фото: …", "(From the rally …)". */
const CAPTION =
  /^(?:\(.*\)|\[.*\]|(?:photos?|foto|fotos|fotografía|fotografia|φωτ\.?|φωτογραφία|φωτογραφίες|фото|фотография|صورة|الصورة|fotoğraf|bild|image|imagen|immagine|crédit photo)\s*[:：.-]\s*\S.*|(?:from the|από (?:τη|την|το|τις|τους)|στιγμιότυπο) \S.*)$/iu

export function isCaption(block: string): boolean {
  return block.length <= 300 && CAPTION.test(block.trim())
}

const ENDS_EXCLAIMING = /[!?؟]['"”’»)\]]*$/u

const wordCount = (text: string) => text.split(/\s+/).length

/**
 * True if `first` is a label over the headline `second` rather than the headline over a
 * subtitle: an all-capitals line over one that is not, or a short line (a section name, "MEPs
 * of the KKE") over a longer one, or any shorter line over a headline that quotes its speaker
 * ("Dimitris Koutsoumpas: …"). Labels are shorter than their headlines (docs/site-pages.md).
 */
function isLabelOver(first: string, second: string): boolean {
  if (isAllCaps(second)) return false
  if (isAllCaps(first)) return true
  if (first.length >= second.length) return false
  return (wordCount(first) <= 8 && wordCount(second) >= 4) || /^[^:]{2,60}:\s/u.test(second)
}

/** The letters and digits of a slug or a title, for comparing them: accents off, Latin only
 * (the sites' slugs drop the letters they cannot write, "Kızıl" → "Kzl"). */
function slugWords(text: string): string[] {
  return slugify(text.normalize('NFD').replace(/\p{M}/gu, ''))
    .split('-')
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length > 0)
}

/** How much of the slug's words `block` holds (0–1); 0 for a slug with few words. */
function slugMatch(block: string, slug: string[]): number {
  if (slug.length < 2) return 0
  const words = new Set(slugWords(block))
  return slug.filter((w) => words.has(w)).length / slug.length
}

/**
 * The roles of the first blocks of an article. `isMeta` tells the lines that are metadata
 * (dates, bylines), which may stand among them and are left to the caller. `slug` is the
 * address's or the file name's last part, when known: the headline is the line it names.
 */
export function findHead(
  blocks: readonly string[],
  isMeta: (index: number) => boolean,
  slug: string | null = null,
): Head {
  const roles = new Map<number, HeadRole>()
  // The head: title-like lines (and metadata) before the first body paragraph.
  const lines: number[] = []
  let end = 0
  for (; end < blocks.length && end < HEAD_MAX; end++) {
    if (isMeta(end)) continue
    const block = blocks[end]!
    if (lines.length > 0 && isCaption(block)) {
      roles.set(end, 'caption')
      continue
    }
    if (!isTitleLike(block)) break
    // A question or an exclamation after a line is body text ("Why?"), unless it is the
    // headline under an all-capitals label ("…ON SYNTAGMA SQUARE" / "No land, no water!").
    if (lines.length > 0 && ENDS_EXCLAIMING.test(block) && !isAllCaps(blocks[lines.at(-1)!]!)) break
    lines.push(end)
  }
  // A head taking every block of the article leaves no body: its last line is body text.
  if (end >= blocks.length && lines.length > 1) lines.pop()
  if (lines.length === 0) return { title: null, roles: new Map() }

  const words = slug && !/^[-\d]*$/.test(slug) ? slugWords(slug) : []
  const scored = lines.map((i) => ({ i, score: slugMatch(blocks[i]!, words) }))
  const bySlug = scored.reduce((a, b) => (b.score > a.score ? b : a))
  const [first, second] = lines as [number, number | undefined]
  const title =
    bySlug.score >= 0.6
      ? bySlug.i
      : second !== undefined && isLabelOver(blocks[first]!, blocks[second]!)
        ? second
        : first
  for (const i of lines) roles.set(i, i < title ? 'kicker' : i === title ? 'title' : 'subtitle')
  return { title, roles }
}
