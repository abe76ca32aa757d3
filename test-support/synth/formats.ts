// The forms a synthetic article is written in: plain text like the seed, Markdown with front
// matter, and a page as saved from the site (the old-pages box in the page's language, a
// section, the address, links to the other languages, the closing date line).
import { OLD_PAGES_HEADINGS } from '../../src-main/library/import/site-chrome'
import type { SynthLang } from './vocabulary'

export interface SynthArticle {
  lang: SynthLang
  title: string
  blocks: { heading: boolean; text: string }[]
  author: string
  dateline: string
  date: Date
}

export interface SynthPlace {
  slug: string
  /** Index into the language's sections. */
  section: number
  /** The other languages the story is in. */
  others: SynthLang[]
  /** Where the site is (default https://inter.kke.gr): a local copy of it serves its own. */
  base?: string
}

const SECTIONS: Record<SynthLang, string[]> = {
  en: ['Statements', 'International Relations', 'Articles', 'Events'],
  el: ['Ανακοινώσεις', 'Διεθνείς Σχέσεις', 'Άρθρα', 'Εκδηλώσεις'],
  ru: ['Заявления', 'Международные отношения', 'Статьи', 'События'],
  ar: ['بيانات', 'العلاقات الدولية', 'مقالات', 'فعاليات'],
  de: ['Erklärungen', 'Internationale Beziehungen', 'Artikel', 'Veranstaltungen'],
  fr: ['Déclarations', 'Relations internationales', 'Articles', 'Événements'],
  it: ['Dichiarazioni', 'Relazioni internazionali', 'Articoli', 'Eventi'],
  es: ['Declaraciones', 'Relaciones internacionales', 'Artículos', 'Eventos'],
  tr: ['Açıklamalar', 'Uluslararası İlişkiler', 'Makaleler', 'Etkinlikler'],
}
export const SECTION_COUNT = 4

const BOX_SENTENCE =
  'The international sites of KKE gradually move to a new page format. You can find the previous versions of the already upgraded pages (with all their content) following these links:'

const heading = (lang: SynthLang) => (OLD_PAGES_HEADINGS[lang] ?? OLD_PAGES_HEADINGS.en!)[0]!
const iso = (d: Date) => d.toISOString().slice(0, 10)
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const SITE = 'https://inter.kke.gr'
const url = (lang: string, slug: string, base = SITE) => `${base}/${lang}/articles/${slug}/`

function text(a: SynthArticle): string {
  const parts = [
    heading(a.lang),
    'The international sites of KKE gradually move to a new page format:',
  ]
  parts.push(a.title, ...a.blocks.map((b) => b.text), `By ${a.author}, Member of the CC of the KKE`)
  parts.push(a.dateline)
  return `${parts.join('\n\n')}\n`
}

function markdown(a: SynthArticle, place: SynthPlace): string {
  const front = [
    '---',
    `title: ${JSON.stringify(a.title)}`,
    `lang: ${a.lang}`,
    `date: ${iso(a.date)}`,
    `author: ${JSON.stringify(a.author)}`,
    `section: ${JSON.stringify(SECTIONS[a.lang][place.section])}`,
    `source: ${url(a.lang, place.slug)}`,
    '---',
  ]
  const body = a.blocks.map((b) => (b.heading ? `## ${b.text}` : b.text))
  return `${[...front, '', ...body].join('\n\n').replace('---\n\n', '---\n')}\n`
}

function html(a: SynthArticle, place: SynthPlace): string {
  const alternates = place.others
    .map((l) => `<link rel="alternate" hreflang="${l}" href="${url(l, place.slug, place.base)}">`)
    .join('\n')
  const body = a.blocks
    .map((b) => (b.heading ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`))
    .join('\n')
  const d = a.date
  const closing = `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`
  return `<!DOCTYPE html>
<html lang="${a.lang}">
<head>
<meta charset="utf-8">
<title>${escape(a.title)} | KKE</title>
<link rel="canonical" href="${url(a.lang, place.slug, place.base)}">
${alternates}
<meta property="article:section" content="${escape(SECTIONS[a.lang][place.section]!)}">
<meta name="author" content="${escape(a.author)}">
</head>
<body>
<nav><a href="/${a.lang}/">KKE</a> <a href="/${a.lang}/articles/">Articles</a></nav>
<div class="old-pages"><h4>${escape(heading(a.lang))}</h4><p>${BOX_SENTENCE}</p>
<ul><li><a href="http://old.inter.kke.gr/">inter.kke.gr</a></li></ul></div>
<main><article>
<h1>${escape(a.title)}</h1>
${body}
<p>${closing}</p>
</article></main>
<footer><p>Communist Party of Greece - Central Committee</p></footer>
</body>
</html>
`
}

export function render(form: 'txt' | 'md' | 'html', a: SynthArticle, place: SynthPlace): string {
  return form === 'txt' ? text(a) : form === 'md' ? markdown(a, place) : html(a, place)
}
