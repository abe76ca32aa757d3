// A crawled page as a browser would save it, for archive:build to read: the text in UTF-8 (its
// charset, from the server or the page, decoded once here and the page's own declaration made to
// match), the address it came from in the "saved from" comment browsers write, and its pictures
// saved beside it (`<slug>_files/`), named relatively, so that the build keeps them offline.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { charsetOf, decodeText } from '../../library/import/decode-text'
import { sniffPicture } from '../../library/pictures/check-picture'
import type { PictureBytes } from '../../library/pictures/keep-pictures'
import { writeFileAtomic } from '../../storage/atomic-write'

/** At most this many pictures are saved with one page. */
const MAX_PICTURES = 40

/** The last part of an article's address, as a file name's slug. */
export function slugOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'page'
  let decoded = last
  try {
    decoded = decodeURIComponent(last)
  } catch {
    // Kept as it is.
  }
  return (
    decoded
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'page'
  )
}

export interface SavedPage {
  /** The page's file, relative to the source folder. */
  file: string
  pictures: number
}

/**
 * Writes the page fetched from `url` into `dir` as `<lang>/<slug>.<lang>.html`, with its
 * pictures; `fetchPicture` gets a picture's bytes (through the crawl's polite fetcher).
 */
export async function savePage(
  dir: string,
  page: { url: string; body: Uint8Array; contentType: string | null },
  lang: string,
  fetchPicture: PictureBytes,
): Promise<SavedPage> {
  const html = decodeText(page.body, { html: true, declared: charsetOf(page.contentType) })
  const { document } = parseHTML(html)
  for (const meta of document.querySelectorAll('meta[charset]'))
    meta.setAttribute('charset', 'utf-8')
  for (const meta of document.querySelectorAll('meta[http-equiv]'))
    if (/content-type/i.test(meta.getAttribute('http-equiv') ?? ''))
      meta.setAttribute('content', 'text/html; charset=utf-8')
  const slug = slugOf(page.url)
  const folder = join(dir, lang)
  const filesDir = `${slug}_files`
  await mkdir(folder, { recursive: true })
  let saved = 0
  const seen = new Map<string, string>()
  for (const img of [...document.querySelectorAll('img')].slice(0, MAX_PICTURES)) {
    const raw = img.getAttribute('data-src') || img.getAttribute('src') || ''
    let address: string
    try {
      address = new URL(raw, page.url).href
    } catch {
      continue
    }
    if (!/^https?:/.test(address)) continue
    let local = seen.get(address)
    if (local === undefined) {
      const got = await fetchPicture(address)
      const kind = got.ok ? sniffPicture(got.bytes) : null
      // Only pictures are kept beside the page; the build checks them again.
      if (!got.ok || !kind || kind === 'svg' || kind === 'html') {
        img.setAttribute('src', address)
        continue
      }
      local = `${filesDir}/${String(saved + 1).padStart(2, '0')}.${kind}`
      await mkdir(join(folder, filesDir), { recursive: true })
      await writeFile(join(folder, local), got.bytes)
      seen.set(address, local)
      saved++
    }
    img.setAttribute('src', local)
    img.removeAttribute('data-src')
    img.removeAttribute('srcset')
  }
  const file = join(lang, `${slug}.${lang}.html`)
  const text = `<!-- saved from url=(${String(page.url.length).padStart(4, '0')})${page.url} -->\n${document.toString()}`
  await writeFileAtomic(join(dir, file), text)
  return { file, pictures: saved }
}
