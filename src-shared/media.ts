// Pictures kept with articles: a stored picture is named by the sha256 of its bytes and the
// extension of its checked type, and the reader loads it from the app's own origin under
// /media/ (the HTTP host and the app:// protocol serve the same path). Nothing else is a media
// name: a document that names anything else shows no picture.

/** The picture types kept, by the extension a stored picture carries. */
export const PICTURE_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
} as const

export type PictureExt = keyof typeof PICTURE_TYPES

export const MEDIA_DIR = 'media'
export const MEDIA_PATH = `/${MEDIA_DIR}/`
const MEDIA_NAME = /^[0-9a-f]{64}\.(jpg|png|webp|gif|avif)$/

/** True for `<sha256>.<ext>` of a kept type: the only names a picture may have. */
export function isMediaName(name: unknown): name is string {
  return typeof name === 'string' && MEDIA_NAME.test(name)
}

/** Where the reader loads a stored picture from, or null for anything that is not one. */
export function mediaUrl(name: unknown): string | null {
  return isMediaName(name) ? `${MEDIA_PATH}${name}` : null
}

/** The content type a stored picture is served with. */
export function mediaType(name: string): string {
  return PICTURE_TYPES[name.slice(name.lastIndexOf('.') + 1) as PictureExt]
}
