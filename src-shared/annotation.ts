// What an annotation is, for every side: a passage of one version of an article's canonical text
// (W3C Web Annotation selectors: a TextQuoteSelector and a TextPositionSelector), a colour, a
// note in Markdown, tags, who made it and when. Stored as is; exported to the W3C JSON-LD form by
// a mapping that is one field to one field.
import { z } from 'zod'
import { isSafeKey, safeKey } from './safe-keys'

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type Color = (typeof COLORS)[number]

export const COLOR_NAMES: Record<Color, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
}

/** The exact words and up to 32 characters either side (W3C TextQuoteSelector). */
export interface QuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

/** Offsets into the canonical text (W3C TextPositionSelector). */
export interface PositionSelector {
  start: number
  end: number
}

/** Whoever made an annotation: the local identity of this installation. */
export interface Creator {
  id: string
  name: string
}

export const MAX_NOTE = 100_000
export const MAX_TAG = 64
export const MAX_TAGS = 32
export const MAX_QUOTE = 50_000

const iso = z.string().min(10).max(40)
export const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAG)
  .refine((t) => !/[\n\r\t,]/.test(t), 'a tag cannot contain commas, tabs or line breaks')
export const tagsSchema = z
  .array(tagSchema)
  .max(MAX_TAGS)
  .transform((tags) => [...new Set(tags)])

export const annotationSchema = z.object({
  id: safeKey.min(1).max(100),
  articleId: safeKey.min(1).max(300),
  /** sha256 of the article version the passage was chosen in. */
  contentHash: z.string().max(100),
  quote: z.object({
    exact: z.string().min(1).max(MAX_QUOTE),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
  }),
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  color: z.enum(COLORS),
  note: z.string().max(MAX_NOTE),
  tags: tagsSchema,
  creator: z.object({ id: safeKey.min(1).max(100), name: z.string().max(200) }),
  created: iso,
  modified: iso,
  /** The study group it is shared with; none: only its author sees it. */
  group: z.string().min(1).max(100).optional(),
})

export type Annotation = z.output<typeof annotationSchema>

const TAG_BAD = /[\n\r\t,]/
const isIso = (s: string) => s.length >= 10 && s.length <= 40

const KEYS = new Set([
  'id',
  'articleId',
  'contentHash',
  'quote',
  'position',
  'color',
  'note',
  'tags',
  'creator',
  'created',
  'modified',
  'group',
])
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)
const only = (o: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(o).every((k) => keys.includes(k))

/** Like plainlyValid, for data of unknown shape (a stored file): the types checked too, and no
 * field the schema would drop. */
export function isPlainAnnotation(x: unknown): x is Annotation {
  if (!isRecord(x)) return false
  for (const k in x) if (!KEYS.has(k)) return false
  const { quote, position, creator } = x
  return (
    typeof x.id === 'string' &&
    typeof x.articleId === 'string' &&
    typeof x.contentHash === 'string' &&
    isRecord(quote) &&
    only(quote, ['exact', 'prefix', 'suffix']) &&
    typeof quote.exact === 'string' &&
    typeof quote.prefix === 'string' &&
    typeof quote.suffix === 'string' &&
    isRecord(position) &&
    only(position, ['start', 'end']) &&
    typeof position.start === 'number' &&
    typeof position.end === 'number' &&
    typeof x.color === 'string' &&
    typeof x.note === 'string' &&
    Array.isArray(x.tags) &&
    x.tags.every((t) => typeof t === 'string') &&
    isRecord(creator) &&
    only(creator, ['id', 'name']) &&
    typeof creator.id === 'string' &&
    typeof creator.name === 'string' &&
    typeof x.created === 'string' &&
    typeof x.modified === 'string' &&
    (x.group === undefined || typeof x.group === 'string') &&
    plainlyValid(x as unknown as Annotation)
  )
}

/**
 * True when `a` certainly passes annotationSchema unchanged (tags trimmed and distinct, every
 * field in bounds): a quick check for reading many annotations at once (a group's files). False
 * means "ask the schema", never "invalid".
 */
export function plainlyValid(a: Annotation): boolean {
  const ok =
    isSafeKey(a.id) &&
    isSafeKey(a.articleId) &&
    isSafeKey(a.creator.id) &&
    a.id.length >= 1 &&
    a.id.length <= 100 &&
    a.articleId.length >= 1 &&
    a.articleId.length <= 300 &&
    a.contentHash.length <= 100 &&
    a.quote.exact.length >= 1 &&
    a.quote.exact.length <= MAX_QUOTE &&
    a.quote.prefix.length <= 200 &&
    a.quote.suffix.length <= 200 &&
    Number.isInteger(a.position.start) &&
    Number.isInteger(a.position.end) &&
    a.position.start >= 0 &&
    a.position.end >= 0 &&
    (COLORS as readonly string[]).includes(a.color) &&
    a.note.length <= MAX_NOTE &&
    a.tags.length <= MAX_TAGS &&
    a.creator.id.length >= 1 &&
    a.creator.id.length <= 100 &&
    a.creator.name.length <= 200 &&
    isIso(a.created) &&
    isIso(a.modified) &&
    (a.group === undefined || (a.group.length >= 1 && a.group.length <= 100))
  if (!ok) return false
  for (let i = 0; i < a.tags.length; i++) {
    const t = a.tags[i]!
    if (!t || t.length > MAX_TAG || t.trim() !== t || TAG_BAD.test(t)) return false
    if (a.tags.indexOf(t) !== i) return false
  }
  return true
}

/** Where an annotation sits in the text as it is now; null: an orphan, its passage not found. */
export interface Placement {
  start: number
  end: number
  confidence: number
}

export interface AnchoredAnnotation extends Annotation {
  anchor: Placement | null
  /** For an orphan: the passage of the current text most like its quote (not placed there). */
  nearest?: Placement
  /** Placed, but on a passage whose words differ from the quote (the text changed). */
  changed?: boolean
}

/** An annotation as the notebook lists it: with what it needs to show where it belongs. */
export interface NotebookEntry extends Annotation {
  articleTitle: string
  lang: string
  /** Another member's (study groups): drawn in that member's colour. */
  colour?: string
}

/** Tags sorted by use, for filters and autocomplete. */
export interface TagCount {
  tag: string
  count: number
}

/** The stored annotation, without where it was placed in the current text. */
export function plainAnnotation(a: Annotation | AnchoredAnnotation): Annotation {
  const copy: Partial<AnchoredAnnotation> = { ...a }
  delete copy.anchor
  delete copy.nearest
  delete copy.changed
  return copy as Annotation
}
