// Text that the KKE sites put on every page and that is never part of an article: the box
// headed "Links to the old web pages of KKE" with one sentence about the move to a new format.
// Headings are matched after folding case and accents, so small typographic variations pass.
import { foldQuery } from '../../../src-shared/fold'

/**
 * The box heading in each language of the international sites. The English, Italian, French
 * and Spanish wordings were read off saved pages of it.kke.gr, fr.kke.gr and es.kke.gr (pages of
 * some languages, German among them, show the English box); the others follow the sites' own
 * wording and are confirmed or corrected as real pages of each language are imported.
 */
export const OLD_PAGES_HEADINGS: Record<string, readonly string[]> = {
  en: ['Links to the old web pages of KKE'],
  el: ['Σύνδεσμοι για τις παλιές ιστοσελίδες του ΚΚΕ'],
  // Read off saved Russian pages (docs/site-pages.md); the longer form is kept for pages that
  // may still carry it.
  ru: ['Ссылки на старые сайты КПГ', 'Ссылки на старые веб-страницы КПГ'],
  de: ['Links zu den alten Webseiten der KKE'],
  fr: ['Liens vers les pages web anciennes du KKE', 'Liens vers les anciennes pages web du KKE'],
  it: ['Link alle vecchie pagine del KKE', 'Link alle vecchie pagine web del KKE'],
  es: ['Enlaces a las páginas anteriores del KKE', 'Enlaces a las antiguas páginas web del KKE'],
  tr: ['KKE’nin eski web sayfalarına bağlantılar'],
  // Read off saved Arabic pages of the sites (docs/site-pages.md); the longer form is kept for
  // pages that may still carry it.
  ar: ['روابط المواقع القديمة للحزب', 'روابط لصفحات الويب القديمة للحزب الشيوعي اليوناني'],
  pt: ['Links às páginas Web anteriores do KKE'],
}

/** Shared folding (case, accents, spacing), plus apostrophes treated as one character. */
function foldHeading(text: string): string {
  return foldQuery(text.replace(/[’'`]/g, "'"))
}

const folded = new Set(Object.values(OLD_PAGES_HEADINGS).flat().map(foldHeading))

/** True if a line is the heading of the old-pages box, in any known language. */
export function isOldPagesHeading(line: string): boolean {
  // Every heading is short: longer text is not folded at all (pages ask of every element).
  return line.length <= 120 && folded.has(foldHeading(line))
}

/**
 * True if a paragraph is the box's one sentence about the move to a new format. It comes right
 * after the heading and points at the links that follow: it ends with a colon (English, Italian,
 * Spanish) or names KKE and its links (French ends "en suivant ces liens.").
 */
export function isOldPagesSentence(paragraph: string): boolean {
  const text = paragraph.trim()
  if (text.length >= 400) return false
  return /:\s*$/.test(text) || (/KKE|ΚΚΕ|КПГ/.test(text) && /[.:]\s*$/.test(text))
}

/** The party's name as the sites write it in their scripts (KKE, ΚΚΕ, ККЕ, КПГ) or the Arabic
 * word for "the party". */
const PARTY = /\bKKE\b|ΚΚΕ|ККЕ|КПГ|الحزب|للحزب/u

/**
 * The box by its shape, for a language whose wording no table holds: at the very top, a short
 * heading line naming the party, then a sentence of at most 400 characters that names it too and
 * ends in a colon (docs/site-pages.md). All of it is needed: a short title followed by a
 * paragraph ending in a colon is not taken for the box unless both name the party.
 */
export function looksLikeOldPagesBox(heading: string, sentence: string | undefined): boolean {
  const h = heading.trim()
  if (sentence === undefined || h.length > 80 || h.split(/\s+/).length > 10) return false
  if (/[.!?;:]$/.test(h) || !PARTY.test(h)) return false
  const t = sentence.trim()
  return t.length < 400 && /:\s*$/.test(t) && PARTY.test(t)
}
