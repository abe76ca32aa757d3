// Notes as Markdown for Obsidian, Logseq and papers: one file per article (or one for all), YAML
// front matter (Logseq: page properties), each annotation as a block quote of its passage with
// its ¶, then its note, its tags as #tags and links back. Text from articles is escaped by
// mdast-util-to-markdown and the front matter written by the yaml library; the layout is a
// Mustache template (logic-less), built in for each flavour, that the user can change. Below a
// marker line at the end, whatever the user writes is kept on re-export.
import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import Mustache from 'mustache'
import { stringify as toYaml } from 'yaml'
import { COLOR_NAMES } from '../../src-shared/annotation'
import { annotationLink } from '../../src-shared/citation'
import {
  DEFAULT_TEMPLATE,
  FLAVOUR_TEMPLATES,
  type ExportColours,
  type ExportFlavour,
} from '../../src-shared/export-template'
import { languageName } from '../../src-shared/lang'
import type { ArticleNotes } from './article-notes'
import { blockContent, blockUuid, noteBlocks, pageProperties } from './logseq'
import { displayQuote } from './quote-display'
import { exportTags, hashtag } from './tags'
import { ENGLISH } from '../../src-shared/i18n/catalogs'
import type { Message, Translate } from '../../src-shared/i18n/translate'
import { reasonOf } from '../core/error-reason'

export { hashtag }

/** How the notes are written: the template, the flavour (marker line, head), the colours, and
 * the language of the export's own labels (quotes stay in the article's language). */
export interface RenderOptions {
  template: string
  flavour: ExportFlavour
  colours: ExportColours
  labels: Translate
}

/** The options with what a flavour takes by default filled in. */
export function renderOptions(given: Partial<RenderOptions> = {}): RenderOptions {
  const flavour = given.flavour ?? 'markdown'
  return {
    flavour,
    template: given.template ?? FLAVOUR_TEMPLATES[flavour],
    colours: given.colours ?? (flavour === 'obsidian' ? 'mark' : 'none'),
    labels: given.labels ?? ENGLISH,
  }
}

export const MARKER =
  '<!-- scholion: everything below this line is yours and is kept when you export again -->'

const md = (children: Root['children']): string =>
  toMarkdown({ type: 'root', children }, { bullet: '-', emphasis: '_', rule: '-' }).trim()

/** Inline text, escaped so no character of it is read as Markdown. */
export function escapeText(text: string): string {
  return md([{ type: 'paragraph', children: [{ type: 'text', value: text }] }])
}

/** How a passage is quoted: each line marked `==…==` or not; line breaks as CommonMark's hard
 * break (a backslash) or as a bare newline (Logseq, which keeps line breaks and shows a
 * backslash as it is). */
export interface QuoteStyle {
  marked?: boolean
  breaks?: 'backslash' | 'newline'
}

/** Lines of text, each escaped so no character of it is read as Markdown, all in one pass (one
 * serialisation for an export's passages is much faster than one each). */
function escapeLines(lines: readonly string[]): string[] {
  if (lines.length === 0) return []
  // One paragraph per line: a line has no line break, so neither has its escaped form, and the
  // paragraphs come out separated by one blank line each.
  const parts = md(
    lines.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  ).split('\n\n')
  return parts.length === lines.length ? parts : lines.map(escapeText)
}

/** Many passages as block quotes: their paragraphs kept as quote paragraphs, their line breaks
 * kept, their text escaped, never written as entities (they come trimmed to word edges). */
export function quoteBlocks(passages: readonly string[], style: QuoteStyle = {}): string[] {
  const shape = passages.map((p) =>
    p
      .split(/\n{2,}/)
      .filter((para) => para.trim())
      .map((para) => para.split('\n').filter((line) => line.trim())),
  )
  const escaped = escapeLines(shape.flat(2))
  let next = 0
  const lineBreak = style.breaks === 'newline' ? '\n> ' : '\\\n> '
  return shape.map((paragraphs) =>
    paragraphs
      .map((lines) =>
        lines
          .map(() => escaped[next++]!)
          .map((line) => (style.marked ? `==${line}==` : line))
          .join(lineBreak),
      )
      .map((para) => `> ${para}`)
      .join('\n>\n'),
  )
}

/** A passage as a block quote: its paragraphs kept, its line breaks kept. */
export function quoteBlock(passage: string, style: QuoteStyle = {}): string {
  return quoteBlocks([passage], style)[0]!
}

/** A link destination as CommonMark reads it: in angle brackets when it has spaces or brackets. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\n]/g, encodeURIComponent)}>` : url
}

/** Links with fixed labels (nothing in them needs escaping). */
function links(items: { label: string; url: string }[]): string {
  return items.map(({ label, url }) => `[${label}](${destination(url)})`).join(' · ')
}

/** A stable file name for an article: its id made safe for every file system. */
export function markdownFileName(articleId: string): string {
  let base = articleId
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  if (!base || base.length > 120 || base !== articleId) {
    const hash = createHash('sha256').update(articleId).digest('hex').slice(0, 8)
    base = `${(base || 'article').slice(0, 110)}-${hash}`
  }
  return `${base}.md`
}

const articleTags = (notes: ArticleNotes): string[] =>
  exportTags(notes.items.flatMap((i) => i.annotation.tags)).sort((a, b) => a.localeCompare(b))

function frontMatter(notes: ArticleNotes): string {
  const { meta, items } = notes
  const tags = articleTags(notes)
  const data: Record<string, unknown> = {
    title: meta.title,
    author: meta.author ?? undefined,
    date: meta.date ?? undefined,
    language: meta.lang,
    publication: meta.publication ?? undefined,
    section: meta.section ?? undefined,
    source: meta.sourceUrl ?? undefined,
    tags: tags.length ? tags : undefined,
    scholion_id: meta.id,
    annotations: items.length,
  }
  return `---\n${toYaml(data, { lineWidth: 0 })}---`
}

/** What a template sees for one article; every value is already valid Markdown. */
export function templateView(
  notes: ArticleNotes,
  withHead = true,
  colours: ExportColours = 'none',
  logseq = false,
  t: Translate = ENGLISH,
) {
  const { meta, items } = notes
  let quotes: string[] | null = null
  const quoteOf = (i: number) =>
    (quotes ??= quoteBlocks(
      items.map((x) => displayQuote(x.annotation.quote)),
      { marked: colours === 'mark', breaks: logseq ? 'newline' : 'backslash' },
    ))[i]!
  const byline = [meta.author, meta.date, meta.publication].filter(Boolean).join(', ')
  return {
    frontMatter: withHead ? frontMatter(notes) : '',
    pageProperties: withHead ? pageProperties(meta, articleTags(notes), items.length) : '',
    title: escapeText(meta.title),
    byline: byline ? escapeText(byline) : '',
    language: meta.lang,
    languageName: languageName(meta.lang, t.lang),
    source: meta.sourceUrl ?? '',
    id: meta.id,
    count: items.length,
    /** The export's own words in the interface's language, for templates. */
    labels: { openInScholion: t('export.openInScholion'), source: t('export.source') },
    // Functions are called only if the template uses them (Mustache lambdas).
    annotations: items.map(({ annotation: a, paragraph }, i) => ({
      id: a.id,
      blockId: blockUuid(a.id),
      quote: () => quoteOf(i),
      quoteText: () => escapeText(displayQuote(a.quote).replace(/\s+/g, ' ')),
      blockQuote: () => blockContent(quoteOf(i)),
      paragraph: paragraph ?? '',
      note: a.note.trim(),
      noteBlocks: () => noteBlocks(a.note),
      tags: a.tags.map(hashtag).filter(Boolean).join(' '),
      tagList: exportTags(a.tags).join(', '),
      color: a.color,
      colorName: COLOR_NAMES[a.color],
      colorProperty: colours === 'property' ? `color:: ${a.color}` : '',
      created: a.created,
      modified: a.modified,
      link: annotationLink(a.articleId, a.id),
      links: () =>
        links([
          { label: t('export.openInScholion'), url: annotationLink(a.articleId, a.id) },
          ...(meta.sourceUrl ? [{ label: t('export.source'), url: meta.sourceUrl }] : []),
        ]),
    })),
  }
}

/** Checks a template: resolves to an error message, or null if Mustache can read it. */
export function templateProblem(template: string): Message | null {
  try {
    Mustache.parse(template)
    return null
  } catch (error) {
    return { key: 'export.templateUnreadable', values: { reason: reasonOf(error) } }
  }
}

/** The Markdown for one article (values are inserted as they are: they are Markdown already). */
export function renderArticle(
  notes: ArticleNotes,
  options: Partial<RenderOptions> = {},
  withHead = true,
): string {
  const { template, colours, flavour, labels } = renderOptions(options)
  const body = Mustache.render(
    template,
    templateView(notes, withHead, colours, flavour === 'logseq', labels),
    {},
    {
      escape: (value: unknown) => String(value),
    },
  )
  return `${body.replace(/\n{3,}/g, '\n\n').trim()}\n`
}

/** The marker line as the flavour writes it: a block of its own in Logseq's outline. */
export const markerLine = (flavour: ExportFlavour): string =>
  flavour === 'logseq' ? `- ${MARKER}` : MARKER

/** The file for one article: its notes, then the marker. */
export function articleFile(notes: ArticleNotes, options: Partial<RenderOptions> = {}): string {
  const flavour = renderOptions(options).flavour
  return `${renderArticle(notes, options)}\n${markerLine(flavour)}\n`
}

/** Every article in one file, under one front matter (Logseq: page properties). */
export function combinedFile(all: ArticleNotes[], options: Partial<RenderOptions> = {}): string {
  const { flavour, labels } = renderOptions(options)
  const head = {
    title: labels('export.combinedTitle'),
    articles: all.length,
    annotations: all.reduce((n, a) => n + a.items.length, 0),
  }
  const parts = all.map((notes) => renderArticle(notes, options, false))
  if (flavour === 'logseq') {
    const props = Object.entries(head)
      .map(([k, v]) => `${k}:: ${v}`)
      .join('\n')
    return `${props}\n\n${parts.join('')}\n${markerLine(flavour)}\n`
  }
  return `---\n${toYaml(head, { lineWidth: 0 })}---\n\n${parts.join('\n---\n\n')}\n${MARKER}\n`
}

/**
 * The new content of a file being exported again: the fresh notes, then whatever the user wrote
 * below the marker. Null if the file exists without a marker (not ours, or the marker was
 * removed): it is then left alone.
 */
export function mergeWithExisting(fresh: string, existing: string | null): string | null {
  if (existing === null) return fresh
  const at = existing.indexOf(MARKER)
  if (at < 0) return null
  return fresh + existing.slice(at + MARKER.length).replace(/^\r?\n/, '')
}

export { DEFAULT_TEMPLATE }
