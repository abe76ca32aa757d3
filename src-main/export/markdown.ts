// Notes as Markdown for Obsidian, Logseq and papers: one file per article (or one for all), YAML
// front matter, each annotation as a block quote of its passage with its ¶, then its note, its
// tags as #tags and links back. Text from articles is escaped by mdast-util-to-markdown and the
// front matter written by the yaml library; the layout is a Mustache template (logic-less) the
// user can change. Below a marker line at the end, whatever the user writes is kept on re-export.
import { createHash } from 'node:crypto'
import type { BlockContent, PhrasingContent, Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import Mustache from 'mustache'
import { stringify as toYaml } from 'yaml'
import { COLOR_NAMES } from '../../src-shared/annotation'
import { annotationLink } from '../../src-shared/citation'
import { DEFAULT_TEMPLATE } from '../../src-shared/export-template'
import { languageName } from '../../src-shared/lang'
import type { ArticleNotes } from './article-notes'

export const MARKER =
  '<!-- scholion: everything below this line is yours and is kept when you export again -->'

const md = (children: Root['children']): string =>
  toMarkdown({ type: 'root', children }, { bullet: '-', emphasis: '_', rule: '-' }).trim()

/** Inline text, escaped so no character of it is read as Markdown. */
export function escapeText(text: string): string {
  return md([{ type: 'paragraph', children: [{ type: 'text', value: text }] }])
}

function quoteNode(passage: string): BlockContent {
  const paragraphs: BlockContent[] = passage
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => ({
      type: 'paragraph',
      children: p.split('\n').flatMap((line, i): PhrasingContent[] => {
        const text: PhrasingContent = { type: 'text', value: line }
        return i === 0 ? [text] : [{ type: 'break' }, text]
      }),
    }))
  return { type: 'blockquote', children: paragraphs }
}

/** A passage as a block quote: its paragraphs kept, its line breaks kept. */
export function quoteBlock(passage: string): string {
  return md([quoteNode(passage)])
}

const SPLIT = 'SCHOLIONQUOTESPLIT'

/** Many passages as block quotes, serialised together (much faster than one by one). */
export function quoteBlocks(passages: readonly string[]): string[] {
  if (passages.length < 2) return passages.map(quoteBlock)
  const children: Root['children'] = []
  passages.forEach((p, i) => {
    if (i > 0) children.push({ type: 'paragraph', children: [{ type: 'text', value: SPLIT }] })
    children.push(quoteNode(p))
  })
  const parts = md(children).split(`\n\n${SPLIT}\n\n`)
  // A passage could only break the split by containing the marker line itself; then go slowly.
  return parts.length === passages.length ? parts : passages.map(quoteBlock)
}

/** A link destination as CommonMark reads it: in angle brackets when it has spaces or brackets. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\n]/g, encodeURIComponent)}>` : url
}

/** Links with fixed labels (nothing in them needs escaping). */
function links(items: { label: string; url: string }[]): string {
  return items.map(({ label, url }) => `[${label}](${destination(url)})`).join(' · ')
}

/** A tag as Obsidian and Logseq read it: #word, with spaces and punctuation made hyphens. */
export function hashtag(tag: string): string {
  const word = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  if (!word) return ''
  return `#${/^\d+$/.test(word) ? `tag-${word}` : word}`
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

function frontMatter(notes: ArticleNotes): string {
  const { meta, items } = notes
  const tags = [...new Set(items.flatMap((i) => i.annotation.tags))].sort()
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
export function templateView(notes: ArticleNotes, withFrontMatter = true) {
  const { meta, items } = notes
  let quotes: string[] | null = null
  const byline = [meta.author, meta.date, meta.publication].filter(Boolean).join(', ')
  return {
    frontMatter: withFrontMatter ? frontMatter(notes) : '',
    title: escapeText(meta.title),
    byline: byline ? escapeText(byline) : '',
    language: meta.lang,
    languageName: languageName(meta.lang),
    source: meta.sourceUrl ?? '',
    id: meta.id,
    count: items.length,
    // Functions are called only if the template uses them (Mustache lambdas).
    annotations: items.map(({ annotation: a, paragraph }, i) => ({
      id: a.id,
      quote: () => (quotes ??= quoteBlocks(items.map((x) => x.annotation.quote.exact)))[i],
      quoteText: () => escapeText(a.quote.exact.replace(/\s+/g, ' ')),
      paragraph: paragraph ?? '',
      note: a.note.trim(),
      tags: a.tags.map(hashtag).filter(Boolean).join(' '),
      color: a.color,
      colorName: COLOR_NAMES[a.color],
      created: a.created,
      modified: a.modified,
      link: annotationLink(a.articleId, a.id),
      links: () =>
        links([
          { label: 'Open in Scholion', url: annotationLink(a.articleId, a.id) },
          ...(meta.sourceUrl ? [{ label: 'Source', url: meta.sourceUrl }] : []),
        ]),
    })),
  }
}

/** Checks a template: resolves to an error message, or null if Mustache can read it. */
export function templateProblem(template: string): string | null {
  try {
    Mustache.parse(template)
    return null
  } catch (error) {
    return `The template cannot be read: ${(error as Error).message}`
  }
}

/** The Markdown for one article (values are inserted as they are: they are Markdown already). */
export function renderArticle(
  notes: ArticleNotes,
  template = DEFAULT_TEMPLATE,
  frontMatterToo = true,
): string {
  const body = Mustache.render(
    template,
    templateView(notes, frontMatterToo),
    {},
    {
      escape: (value: unknown) => String(value),
    },
  )
  return `${body.replace(/\n{3,}/g, '\n\n').trim()}\n`
}

/** The file for one article: its notes, then the marker. */
export function articleFile(notes: ArticleNotes, template = DEFAULT_TEMPLATE): string {
  return `${renderArticle(notes, template)}\n${MARKER}\n`
}

/** Every article in one file, under one front matter. */
export function combinedFile(all: ArticleNotes[], template = DEFAULT_TEMPLATE): string {
  const head = `---\n${toYaml({ title: 'Scholion notes', articles: all.length, annotations: all.reduce((n, a) => n + a.items.length, 0) }, { lineWidth: 0 })}---\n`
  const parts = all.map((notes) => renderArticle(notes, template, false))
  return `${head}\n${parts.join('\n---\n\n')}\n${MARKER}\n`
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
