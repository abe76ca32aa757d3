// The default Markdown export template (Mustache), shared so the app can show and edit it.
// Every value is Markdown already (passages escaped); `{{{…}}}` inserts it as it is.
//
// Article: frontMatter, title, byline, language, languageName, source, id, count, annotations.
// Each annotation: quote (a block quote), quoteText (one line), paragraph, note, tags (#tags),
// color, colorName, created, modified, link (deep link), links (Open in Scholion · Source), id.

export const DEFAULT_TEMPLATE = `{{{frontMatter}}}

# {{{title}}}

{{#byline}}
{{{byline}}}

{{/byline}}
{{#annotations}}
{{{quote}}}
>
> — {{#paragraph}}¶ {{paragraph}} · {{/paragraph}}{{{links}}}
{{#note}}

{{{note}}}
{{/note}}
{{#tags}}

{{{tags}}}
{{/tags}}

{{/annotations}}
`

/** The names a template can use, for the editor's help. */
export const TEMPLATE_FIELDS = {
  article: ['frontMatter', 'title', 'byline', 'language', 'languageName', 'source', 'id', 'count'],
  annotation: [
    'quote',
    'quoteText',
    'paragraph',
    'note',
    'tags',
    'color',
    'colorName',
    'created',
    'modified',
    'link',
    'links',
    'id',
  ],
} as const
