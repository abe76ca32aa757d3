// The pictures of a page, made ready for the article schema: each picture's address is read
// (lazy-loading pages keep it in data-src) and made absolute against the address the page was
// fetched from; a page read from disk keeps a relative address as `local:<path>`, which only an
// archive build (reading the page's folder) can follow. A picture that stands outside a
// <figure> (alone in a paragraph, or in a line of text) becomes a figure of its own, after the
// block it stood in, since the schema has no pictures inside text.

type El = Element

/** A picture address as a figure keeps it (see pictureSource in the schema), or ''. */
export function pictureAddress(raw: string | null | undefined, base: string | null): string {
  const src = (raw ?? '').trim()
  if (!src) return ''
  if (/^data:image\//i.test(src)) return src
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    try {
      const url = new URL(src, base ?? undefined)
      return /^https?:$/.test(url.protocol) ? url.href : ''
    } catch {
      return ''
    }
  }
  if (base) {
    try {
      return new URL(src, base).href
    } catch {
      return ''
    }
  }
  // A relative path, from a page read from disk: followed (inside the source folder) by
  // archive builds only.
  // (Nothing that looks like an address in disguise: no colon, quote, bracket or backslash.)
  return /^[^:"'`<>\\\0]+$/.test(src) ? `local:${src}` : ''
}

/** Sets every <img>'s src to its address as a figure keeps it (see pictureAddress). */
export function resolvePictureAddresses(root: El, base: string | null): void {
  for (const img of root.querySelectorAll('img')) {
    const raw =
      img.getAttribute('data-src') ||
      img.getAttribute('data-original') ||
      img.getAttribute('src') ||
      ''
    // An unusable address still marks a picture (Readability drops an <img> without one, and
    // its description with it); the sanitiser removes the mark.
    img.setAttribute('src', pictureAddress(raw, base) || 'about:blank')
  }
}

const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,dd,dt,td,th,blockquote,div,section,article'

/** Puts each picture outside a <figure> into a figure of its own (see the module comment). */
export function figuresForLoosePictures(body: El): void {
  const doc = body.ownerDocument
  for (const img of [...body.querySelectorAll('img')]) {
    if (img.closest('figure')) continue
    const figure = doc.createElement('figure')
    const block = img.parentElement?.closest(BLOCK)
    const inside = block && block !== body && body.contains(block) ? block : null
    if (inside && !inside.textContent?.trim() && inside.querySelectorAll('img').length === 1) {
      // Alone in its block (perhaps inside a link): the block becomes the figure.
      figure.appendChild(img)
      inside.replaceWith(figure)
    } else if (inside) {
      figure.appendChild(img)
      inside.after(figure)
    } else {
      img.replaceWith(figure)
      figure.appendChild(img)
    }
  }
}
