// Text that the KKE sites put on every page and that is never part of an article: the box
// headed "Links to the old web pages of KKE" with one sentence about the move to a new format.
// Headings are matched after folding case and accents, so small typographic variations pass.
import { foldQuery } from '../../src-shared/fold'

/**
 * The box heading in each language of the international sites. Only the English one has been
 * seen in a saved page so far; the others follow the sites' own wording and are confirmed or
 * corrected as real pages of each language are imported (the archive issue's HTML importer).
 */
export const OLD_PAGES_HEADINGS: Record<string, string> = {
  en: 'Links to the old web pages of KKE',
  el: 'Σύνδεσμοι για τις παλιές ιστοσελίδες του ΚΚΕ',
  ru: 'Ссылки на старые веб-страницы КПГ',
  de: 'Links zu den alten Webseiten der KKE',
  fr: 'Liens vers les anciennes pages web du KKE',
  it: 'Link alle vecchie pagine web del KKE',
  es: 'Enlaces a las antiguas páginas web del KKE',
  tr: 'KKE’nin eski web sayfalarına bağlantılar',
  ar: 'روابط لصفحات الويب القديمة للحزب الشيوعي اليوناني',
}

/** Shared folding (case, accents, spacing), plus apostrophes treated as one character. */
function foldHeading(text: string): string {
  return foldQuery(text.replace(/[’'`]/g, "'"))
}

const folded = new Set(Object.values(OLD_PAGES_HEADINGS).map(foldHeading))

/** True if a line is the heading of the old-pages box, in any known language. */
export function isOldPagesHeading(line: string): boolean {
  return folded.has(foldHeading(line))
}

/**
 * True if a paragraph is the box's one sentence about the move to a new format: it names KKE
 * and ends by pointing at the links that follow (a colon), as the box's sentence does.
 */
export function isOldPagesSentence(paragraph: string): boolean {
  const text = paragraph.trim()
  return /KKE|ΚΚΕ|КПГ/.test(text) && /:\s*$/.test(text) && text.length < 400
}
