// How the reader draws a figure: its stored picture (from the app's own origin, after the text
// and only near the view, at its own proportions so that nothing below it moves as it arrives), in a button that shows it
// larger; or, when no picture was kept, its description in the picture's place. The caption is
// the node's text, where highlights and find work as anywhere else.
import type { Node as PMNode } from 'prosemirror-model'
import type { NodeViewConstructor } from 'prosemirror-view'
import { mediaUrl } from '../../src-shared/media'
import { translate } from '../i18n'

export interface OpenedPicture {
  src: string
  alt: string
  caption: string
  width: number
  height: number
}

function pictureOf(node: PMNode): OpenedPicture | null {
  const src = mediaUrl(node.attrs.image)
  if (!src) return null
  return {
    src,
    alt: node.attrs.alt as string,
    caption: node.textContent.trim(),
    width: node.attrs.width as number,
    height: node.attrs.height as number,
  }
}

/** Pictures are asked for once they come within this distance of the view. */
const NEAR = '800px 0px'
const nearView =
  typeof IntersectionObserver === 'undefined'
    ? null
    : new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue
            const img = entry.target as HTMLImageElement
            img.src = img.dataset.src ?? ''
            nearView!.unobserve(img)
          }
        },
        { rootMargin: NEAR },
      )

/**
 * The text first: a picture is asked for only after the frame that paints the opened article,
 * and only once it comes near the view (the browser's own lazy loading starts far earlier, and
 * in the same frame as the text).
 */
function loadWhenNear(img: HTMLImageElement, src: string): void {
  if (!nearView) {
    img.src = src
    return
  }
  img.dataset.src = src
  requestAnimationFrame(() => setTimeout(() => img.isConnected && nearView.observe(img), 0))
}

export function figureView(onOpen: (picture: OpenedPicture) => void): NodeViewConstructor {
  return (node) => {
    const dom = document.createElement('figure')
    dom.className = 'figure'
    dom.dir = 'auto'
    const picture = pictureOf(node)
    let stand: HTMLElement
    let img: HTMLImageElement | null = null
    if (picture) {
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'figure-open'
      button.contentEditable = 'false'
      const description = picture.alt || picture.caption
      button.setAttribute(
        'aria-label',
        description
          ? translate('reader.pictureOpenNamed', { description })
          : translate('reader.pictureOpen'),
      )
      img = document.createElement('img')
      img.className = 'figure-picture'
      img.alt = picture.alt
      img.loading = 'lazy'
      img.decoding = 'async'
      img.fetchPriority = 'low'
      img.draggable = false
      if (picture.width > 0 && picture.height > 0) {
        img.width = picture.width
        img.height = picture.height
      }
      button.append(img)
      loadWhenNear(img, picture.src)
      button.addEventListener('click', () => onOpen(picture))
      stand = button
    } else {
      stand = document.createElement('div')
      stand.className = 'figure-image'
      stand.contentEditable = 'false'
      stand.setAttribute('role', 'img')
      const label = (node.attrs.alt as string) || translate('reader.pictureNotKept')
      stand.setAttribute('aria-label', label)
      stand.textContent = label
    }
    const caption = document.createElement('figcaption')
    dom.append(stand, caption)
    return {
      dom,
      contentDOM: caption,
      destroy: () => {
        if (img) nearView?.unobserve(img)
      },
      // The picture is the view's own: ProseMirror neither reads its events nor redraws for it.
      stopEvent: (event) => stand.contains(event.target as Node),
      ignoreMutation: (mutation) =>
        mutation.type !== 'selection' && stand.contains(mutation.target),
    }
  }
}
