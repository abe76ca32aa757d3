// How the reader draws a figure: its stored picture (from the app's own origin, lazily, at its
// own proportions so that nothing below it moves as it arrives), in a button that shows it
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

export function figureView(onOpen: (picture: OpenedPicture) => void): NodeViewConstructor {
  return (node) => {
    const dom = document.createElement('figure')
    dom.className = 'figure'
    dom.dir = 'auto'
    const picture = pictureOf(node)
    let stand: HTMLElement
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
      const img = document.createElement('img')
      img.className = 'figure-picture'
      img.src = picture.src
      img.alt = picture.alt
      img.loading = 'lazy'
      img.decoding = 'async'
      img.draggable = false
      if (picture.width > 0 && picture.height > 0) {
        img.width = picture.width
        img.height = picture.height
      }
      button.append(img)
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
      // The picture is the view's own: ProseMirror neither reads its events nor redraws for it.
      stopEvent: (event) => stand.contains(event.target as Node),
      ignoreMutation: (mutation) =>
        mutation.type !== 'selection' && stand.contains(mutation.target),
    }
  }
}
