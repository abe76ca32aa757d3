// Annotations in the W3C Web Annotation model (JSON-LD), both ways. Export writes an
// AnnotationCollection whose targets carry a TextQuoteSelector and a TextPositionSelector, so
// other tools can place them; deletions travel beside the items as tombstones. Import reads our
// files, other W3C ones (a collection, a page, a list or one annotation) and Hypothesis exports,
// and turns each item into a plain incoming annotation or a reason it was skipped.
import { COLORS, type Annotation, type Color } from '../../src-shared/annotation'
import { paragraphLink } from '../../src-shared/citation'
import type { ArticleNotes } from './article-notes'
import { MAX_JSON_DEPTH, tooDeep } from '../../src-shared/json-depth'
import { verbatim, type Message } from '../../src-shared/i18n/translate'

export const SCHOLION_NS = 'https://scholion.app/ns#'
export const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { scholion: SCHOLION_NS }]
/** Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface ExportTombstone {
  id: string
  articleId: string
  deleted: string
}

export function iri(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id}`
  return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `urn:scholion:${encodeURIComponent(id)}`
}

export function fromIri(id: string): string {
  if (/^urn:uuid:/i.test(id)) return id.slice(9)
  if (/^urn:scholion:/i.test(id)) return decodeURIComponent(id.slice(13))
  return id
}

/** One annotation as a W3C Web Annotation; `source` is the article's address. */
export function annotationItem(a: Annotation, source: string): Record<string, unknown> {
  return {
    id: iri(a.id),
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    creator: { id: iri(a.creator.id), type: 'Person', name: a.creator.name || undefined },
    body: [
      ...(a.note
        ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.note }]
        : []),
      ...a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
      { type: 'TextualBody', purpose: 'highlighting', value: a.color },
    ],
    target: {
      source,
      'scholion:article': a.articleId,
      'scholion:contentHash': a.contentHash,
      selector: [
        { type: 'TextQuoteSelector', ...a.quote },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
  }
}

/** Where an article is, for a target's `source`: its address on the web, or ours. */
export function sourceOf(articleId: string, sourceUrl: string | null | undefined): string {
  return sourceUrl ?? paragraphLink(articleId, 1).replace(/#.*$/, '')
}

export function toJsonLd(all: ArticleNotes[], tombstones: ExportTombstone[] = []): string {
  const items = all.flatMap(({ meta, items: notes }) =>
    notes.map(({ annotation: a }) => annotationItem(a, sourceOf(a.articleId, meta.sourceUrl))),
  )
  const collection = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'Scholion annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    'scholion:deleted': tombstones.map((t) => ({
      id: iri(t.id),
      'scholion:article': t.articleId,
      deleted: t.deleted,
    })),
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}

/** One annotation read from a file, before it is matched to an article in the library. */
export interface Incoming {
  id: string
  /** What says which article it belongs to. */
  articleId: string | null
  source: string | null
  contentHash: string
  quote: { exact: string; prefix: string; suffix: string }
  position: { start: number; end: number } | null
  color: Color
  note: string
  tags: string[]
  creator: { id: string; name: string }
  created: string
  modified: string
}

export interface IncomingTombstone {
  id: string
  articleId: string | null
  deleted: string
}

export interface ParsedFile {
  format: 'scholion' | 'w3c' | 'hypothesis'
  items: Incoming[]
  tombstones: IncomingTombstone[]
  /** Items that could not be read, with why (1-based position in the file). */
  skipped: { item: number; reason: Message }[]
}

export type Json = Record<string, unknown>
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])
export const isTime = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v))

function types(o: Json): string[] {
  return list(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string')
}

function selectorsOf(target: unknown): { quote: Json | null; position: Json | null } {
  let quote: Json | null = null
  let position: Json | null = null
  for (const t of list(target)) {
    if (!isObject(t)) continue
    for (const s of list(t.selector)) {
      if (!isObject(s)) continue
      // Hypothesis nests a refinedBy; the outer selector is the one that counts here.
      if (types(s).includes('TextQuoteSelector')) quote ??= s
      if (types(s).includes('TextPositionSelector')) position ??= s
    }
  }
  return { quote, position }
}

export function readW3c(o: Json): Incoming | Message {
  const id = str(o.id ?? o['@id'])
  if (!id) return { key: 'import.noId' }
  const target = list(o.target)[0]
  const targetObject = isObject(target) ? target : null
  const source = str(targetObject?.source) ?? str(target)
  const { quote, position } = selectorsOf(o.target)
  const exact = str(quote?.exact)
  if (!exact) return { key: 'import.noQuote' }
  let note = ''
  const tags: string[] = []
  let color: Color = 'yellow'
  for (const b of list(o.body ?? o.bodyValue)) {
    if (typeof b === 'string') {
      note ||= b
      continue
    }
    if (!isObject(b)) continue
    const value = str(b.value) ?? ''
    const purpose = str(b.purpose)
    if (purpose === 'tagging') tags.push(value)
    else if (purpose === 'highlighting' && (COLORS as readonly string[]).includes(value))
      color = value as Color
    else if (!purpose || purpose === 'commenting' || purpose === 'describing') note ||= value
  }
  const creator = list(o.creator)[0]
  const creatorObject = isObject(creator) ? creator : null
  const created = isTime(o.created) ? o.created : null
  const modified = isTime(o.modified) ? o.modified : created
  if (!created || !modified) return { key: 'import.noTime' }
  const start = Number(position?.start)
  const end = Number(position?.end)
  return {
    id: fromIri(id),
    articleId: str(targetObject?.['scholion:article']),
    source,
    contentHash: str(targetObject?.['scholion:contentHash']) ?? '',
    quote: { exact, prefix: str(quote?.prefix) ?? '', suffix: str(quote?.suffix) ?? '' },
    position:
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start
        ? { start, end }
        : null,
    color,
    note,
    tags,
    creator: {
      id: fromIri(str(creatorObject?.id) ?? str(creator) ?? 'unknown'),
      name: str(creatorObject?.name) ?? str(creatorObject?.nickname) ?? '',
    },
    created,
    modified,
  }
}

function readHypothesis(o: Json): Incoming | Message {
  const id = str(o.id)
  if (!id) return { key: 'import.noId' }
  const { quote, position } = selectorsOf(o.target)
  const exact = str(quote?.exact)
  if (!exact) return { key: 'import.pageNote' }
  const created = isTime(o.created) ? o.created : null
  const modified = isTime(o.updated) ? o.updated : created
  if (!created || !modified) return { key: 'import.noTime' }
  const info = isObject(o.user_info) ? o.user_info : null
  const start = Number(position?.start)
  const end = Number(position?.end)
  return {
    id: `hypothesis:${id}`,
    articleId: null,
    source: str(o.uri) ?? str(list(o.target).find(isObject)?.source),
    contentHash: '',
    quote: { exact, prefix: str(quote?.prefix) ?? '', suffix: str(quote?.suffix) ?? '' },
    position:
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start
        ? { start, end }
        : null,
    color: 'yellow',
    note: str(o.text) ?? '',
    tags: list(o.tags).filter((t): t is string => typeof t === 'string'),
    creator: {
      id: str(o.user) ?? 'hypothesis',
      name: str(info?.display_name) ?? str(o.user) ?? '',
    },
    created,
    modified,
  }
}

/** Reads an annotation file; a file that is not one at all gives an error message. */
export function parseAnnotationFile(text: string): ParsedFile | { error: Message } {
  if (text.length > MAX_IMPORT_BYTES)
    return { error: { key: 'import.tooLarge', values: { mb: 64 } } }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    return {
      error: { key: 'import.notJson', values: { reason: verbatim((error as Error).message) } },
    }
  }
  if (tooDeep(json)) {
    return { error: { key: 'import.tooDeep', values: { depth: MAX_JSON_DEPTH } } }
  }
  let raw: unknown[]
  let format: ParsedFile['format'] = 'w3c'
  const tombstones: IncomingTombstone[] = []
  if (Array.isArray(json)) raw = json
  else if (isObject(json) && Array.isArray(json.rows)) {
    raw = json.rows
    format = 'hypothesis'
  } else if (isObject(json) && types(json).includes('AnnotationCollection')) {
    const first = json.first
    raw = isObject(first) ? list(first.items) : list(json.items)
    const context = JSON.stringify(json['@context'] ?? '')
    if (context.includes(SCHOLION_NS)) format = 'scholion'
    for (const t of list(json['scholion:deleted'])) {
      if (!isObject(t) || !str(t.id) || !isTime(t.deleted)) continue
      tombstones.push({
        id: fromIri(str(t.id)!),
        articleId: str(t['scholion:article']),
        deleted: t.deleted,
      })
    }
  } else if (isObject(json) && types(json).includes('AnnotationPage')) raw = list(json.items)
  else if (isObject(json) && types(json).includes('Annotation')) raw = [json]
  else {
    return { error: { key: 'import.notAnnotations' } }
  }
  if (raw.length > 500_000) return { error: { key: 'import.tooMany', values: { max: 500_000 } } }
  const items: Incoming[] = []
  const skipped: ParsedFile['skipped'] = []
  raw.forEach((entry, i) => {
    if (!isObject(entry)) return skipped.push({ item: i + 1, reason: { key: 'import.notObject' } })
    const hypothesis = format === 'hypothesis' || (!types(entry).length && 'uri' in entry)
    const read = hypothesis ? readHypothesis(entry) : readW3c(entry)
    if ('key' in read) skipped.push({ item: i + 1, reason: read })
    else items.push(read)
  })
  if (
    format === 'w3c' &&
    raw.length &&
    raw.every((e) => isObject(e) && 'uri' in e && !types(e).length)
  )
    format = 'hypothesis'
  return { format, items, tombstones, skipped }
}
