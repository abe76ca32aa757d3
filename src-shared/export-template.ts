// The built-in Markdown export templates (Mustache), one per flavour, shared so the app can show
// and edit them. Every value is Markdown already (passages escaped); `{{{…}}}` inserts it as it is.
//
// Article: frontMatter (YAML), pageProperties (Logseq's `key:: value`), title, byline, language,
// languageName, source, id, count, annotations, and labels.openInScholion and labels.source (the
// export's own words, in the interface's language).
// Each annotation: quote (a block quote), quoteText (one line), paragraph, note, tags (#tags),
// tagList (tags, comma-separated), color, colorName, colorProperty (`color:: …` when asked
// for), created, modified, link (deep link), links (Open in Scholion · Source), id, blockId (a
// stable UUID for block references), blockQuote and noteBlocks (Logseq's block layout).

export const EXPORT_FLAVOURS = ['markdown', 'obsidian', 'logseq'] as const
export type ExportFlavour = (typeof EXPORT_FLAVOURS)[number]

/** How a highlight's colour shows: not at all, as `==marked text==`, or as a `color::` property. */
export const EXPORT_COLOURS = ['none', 'mark', 'property'] as const
export type ExportColours = (typeof EXPORT_COLOURS)[number]

/** The parts the Markdown and Obsidian templates share. */
const HEAD = `{{{frontMatter}}}

# {{{title}}}

{{#byline}}
{{{byline}}}

{{/byline}}
`
const QUOTE = `{{{quote}}}
>
> — {{#paragraph}}¶ {{paragraph}} · {{/paragraph}}{{{links}}}
`
const NOTE_AND_TAGS = `{{#colorProperty}}

{{{colorProperty}}}
{{/colorProperty}}
{{#note}}

{{{note}}}
{{/note}}
{{#tags}}

{{{tags}}}
{{/tags}}

`

export const DEFAULT_TEMPLATE = `${HEAD}{{#annotations}}
${QUOTE}${NOTE_AND_TAGS}{{/annotations}}
`

/** Obsidian: as the default, each annotation with a block id (`^…`) that links can point to. */
export const OBSIDIAN_TEMPLATE = `${HEAD}{{#annotations}}
${QUOTE}
^{{blockId}}
${NOTE_AND_TAGS}{{/annotations}}
`

/** Logseq: page properties, then each annotation a block with its properties, its note below. */
export const LOGSEQ_TEMPLATE = `{{{pageProperties}}}
{{^pageProperties}}
- ## {{{title}}}
{{/pageProperties}}

{{#annotations}}
- {{{blockQuote}}}
  id:: {{blockId}}
  color:: {{color}}
{{#paragraph}}
  paragraph:: {{paragraph}}
{{/paragraph}}
{{#tagList}}
  tags:: {{{tagList}}}
{{/tagList}}
  scholion:: [{{labels.openInScholion}}]({{{link}}})
{{#noteBlocks}}
{{{noteBlocks}}}
{{/noteBlocks}}
{{/annotations}}
`

export const FLAVOUR_TEMPLATES: Record<ExportFlavour, string> = {
  markdown: DEFAULT_TEMPLATE,
  obsidian: OBSIDIAN_TEMPLATE,
  logseq: LOGSEQ_TEMPLATE,
}

/** The names a template can use, for the editor's help. */
export const TEMPLATE_FIELDS = {
  article: [
    'frontMatter',
    'pageProperties',
    'title',
    'byline',
    'language',
    'languageName',
    'source',
    'id',
    'count',
    'labels.openInScholion',
    'labels.source',
  ],
  annotation: [
    'quote',
    'quoteText',
    'paragraph',
    'note',
    'tags',
    'tagList',
    'color',
    'colorName',
    'colorProperty',
    'created',
    'modified',
    'link',
    'links',
    'id',
    'blockId',
    'blockQuote',
    'noteBlocks',
  ],
} as const
