// Keeping an article's pictures: each figure whose picture came from somewhere (`source`) gets
// the bytes (written into the page as `data:`, fetched from the site by sync, or read beside the
// page by an archive build), checked (check-picture.ts) and stored content-addressed
// (media-store.ts) before the document is written; the figure then names the stored picture and
// its size. A picture that cannot be had or is not one is said why, and its figure keeps its
// description and caption. Never throws for a bad picture; only a failing disk stops it.
import type { Message } from '../../../src-shared/i18n/translate'
import { isMediaName } from '../../../src-shared/media'
import { checkPicture, DEFAULT_PICTURE_LIMITS, type PictureLimits } from './check-picture'
import { storePicture } from './media-store'

export type PictureBytes = (
  source: string,
) => Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: Message }>

export interface KeepPicturesOptions {
  /** The archive folder the pictures are stored in. */
  dir: string
  /** Gets an http(s) picture (sync); without it, such pictures are not fetched. */
  fetch?: PictureBytes | undefined
  /** Reads a `local:` picture beside the page (archive builds); without it, not read. */
  readLocal?: PictureBytes | undefined
  durable?: boolean
  limits?: PictureLimits
  /** Pictures kept for one article, at most. */
  maxPictures?: number
}

export interface KeptPictures {
  kept: number
  /** The media names the document now names. */
  names: string[]
  warnings: Message[]
}

interface FigureJson {
  type: 'figure'
  attrs: { source?: unknown; image?: unknown; width?: unknown; height?: unknown }
}

const MAX_PICTURES = 40

function figuresOf(node: unknown, out: FigureJson[], depth = 0): FigureJson[] {
  if (!node || typeof node !== 'object' || depth > 64) return out
  const n = node as { type?: unknown; attrs?: unknown; content?: unknown }
  if (n.type === 'figure' && n.attrs && typeof n.attrs === 'object') out.push(n as FigureJson)
  if (Array.isArray(n.content)) for (const child of n.content) figuresOf(child, out, depth + 1)
  return out
}

/** The bytes of a `data:` picture, or why not. */
function dataBytes(source: string, maxBytes: number): Awaited<ReturnType<PictureBytes>> {
  const comma = source.indexOf(',')
  if (comma < 0) return { ok: false, reason: { key: 'pictures.damaged' } }
  const head = source.slice(0, comma)
  const data = source.slice(comma + 1)
  if (data.length > (maxBytes * 4) / 3 + 4)
    return {
      ok: false,
      reason: { key: 'pictures.tooLarge', values: { kb: Math.ceil(maxBytes / 1024) } },
    }
  try {
    const bytes = /;base64$/i.test(head)
      ? Buffer.from(data, 'base64')
      : Buffer.from(decodeURIComponent(data), 'latin1')
    return { ok: true, bytes }
  } catch {
    return { ok: false, reason: { key: 'pictures.damaged' } }
  }
}

/** An address short enough for a report line (`data:` pictures by their type only). */
function shown(source: string): string {
  if (source.startsWith('data:')) return source.slice(0, Math.max(5, source.search(/[;,]/)))
  return source.length > 160 ? `${source.slice(0, 157)}…` : source
}

/**
 * Stores the pictures of the document `doc` (JSON, changed in place: `image`, `width` and
 * `height` set; a `data:` source cleared once read, kept or not).
 */
export async function keepPictures(doc: unknown, o: KeepPicturesOptions): Promise<KeptPictures> {
  const limits = o.limits ?? DEFAULT_PICTURE_LIMITS
  const figures = figuresOf(doc, []).filter(
    (f) => typeof f.attrs.source === 'string' && f.attrs.source && !isMediaName(f.attrs.image),
  )
  const warnings: Message[] = []
  const max = o.maxPictures ?? MAX_PICTURES
  const sources = [...new Set(figures.map((f) => f.attrs.source as string))]
  if (sources.length > max)
    warnings.push({ key: 'pictures.tooMany', values: { count: sources.length, max } })
  const got = new Map<string, { name: string; width: number; height: number } | null>()
  await Promise.all(
    sources.slice(0, max).map(async (source) => {
      const read = source.startsWith('data:')
        ? dataBytes(source, limits.maxBytes)
        : source.startsWith('local:')
          ? await o.readLocal?.(source.slice('local:'.length))
          : await o.fetch?.(source)
      if (!read) return // Not to be had here (a page's picture when adding files): no warning.
      const checked = read.ok ? checkPicture(read.bytes, limits) : read
      if (!checked.ok) {
        got.set(source, null)
        warnings.push({
          key: 'pictures.notKept',
          values: { address: shown(source), reason: checked.reason },
        })
        return
      }
      if (!read.ok) return
      const name = await storePicture(o.dir, read.bytes, checked.ext, o.durable ?? true)
      got.set(source, { name, width: checked.width, height: checked.height })
    }),
  )
  let kept = 0
  const names = new Set<string>()
  for (const figure of figures) {
    const source = figure.attrs.source as string
    const picture = got.get(source)
    if (picture) {
      figure.attrs.image = picture.name
      figure.attrs.width = picture.width
      figure.attrs.height = picture.height
      names.add(picture.name)
      kept++
    }
    // A picture written into the page is in the store now (or refused): not kept twice.
    if (source.startsWith('data:')) figure.attrs.source = ''
  }
  return { kept, names: [...names], warnings }
}
