// Whether some bytes are a picture the app keeps, judged by the bytes alone (a server's content
// type is not believed): JPEG, PNG, WebP, GIF or AVIF by their signatures, with a size read from
// their headers (image-size) that agrees with the signature and is not absurd. SVG is refused
// (it can carry scripts and remote loads, and no sanitiser is trusted with it here), and so is
// a page of HTML posing as a picture, anything over the size limit, and anything else.
import { imageSize } from 'image-size'
import type { PictureExt } from '../../../src-shared/media'
import type { Message } from '../../../src-shared/i18n/translate'

export interface PictureLimits {
  /** Bytes of one picture, at most. */
  maxBytes: number
  /** Pixels a side, at most. */
  maxSide: number
  /** Width × height, at most (a small file can claim a huge picture: a decompression bomb). */
  maxPixels: number
}

export const DEFAULT_PICTURE_LIMITS: PictureLimits = {
  maxBytes: 8 * 1024 * 1024,
  maxSide: 16_384,
  maxPixels: 60_000_000,
}

export type CheckedPicture =
  { ok: true; ext: PictureExt; width: number; height: number } | { ok: false; reason: Message }

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to))

/** The brands of an ISO media file's `ftyp` box (major, then compatible ones). */
function brands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return []
  const size = Math.min(
    bytes.length,
    ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0,
  )
  const found = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= size && found.length < 64; at += 4)
    found.push(ascii(bytes, at, at + 4))
  return found
}

/** The type the bytes' signature names, or what they are instead. */
export function sniffPicture(bytes: Uint8Array): PictureExt | 'svg' | 'html' | null {
  const b = bytes
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg'
  if (ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp'
  if (brands(b).some((brand) => brand === 'avif' || brand === 'avis')) return 'avif'
  // Text: markup of some kind. Read past a byte-order mark and white space.
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(b.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (head.startsWith('<')) return /<svg[\s>]/.test(head) ? 'svg' : 'html'
  return null
}

/** Checks `bytes` as a picture to keep (see the module comment). */
export function checkPicture(
  bytes: Uint8Array,
  limits: PictureLimits = DEFAULT_PICTURE_LIMITS,
): CheckedPicture {
  if (bytes.byteLength > limits.maxBytes)
    return {
      ok: false,
      reason: { key: 'pictures.tooLarge', values: { kb: Math.ceil(limits.maxBytes / 1024) } },
    }
  const kind = sniffPicture(bytes)
  if (kind === 'svg') return { ok: false, reason: { key: 'pictures.svg' } }
  if (kind === 'html') return { ok: false, reason: { key: 'pictures.isPage' } }
  if (kind === null) return { ok: false, reason: { key: 'pictures.notPicture' } }
  let size: { width?: number; height?: number; type?: string }
  try {
    size = imageSize(bytes)
  } catch {
    return { ok: false, reason: { key: 'pictures.damaged' } }
  }
  const { width = 0, height = 0 } = size
  const named = size.type === 'heif' || size.type === 'avif' ? 'avif' : size.type
  if (named !== kind || !(width > 0 && height > 0))
    return { ok: false, reason: { key: 'pictures.damaged' } }
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels)
    return {
      ok: false,
      reason: { key: 'pictures.tooManyPixels', values: { width, height } },
    }
  return { ok: true, ext: kind, width, height }
}
