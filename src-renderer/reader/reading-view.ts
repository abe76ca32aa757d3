// The read-only ProseMirror view of an article, with paragraph numbers, find, highlights and
// pictures (figure-view.ts). Links never
// navigate the app: a click on an http(s) link is handed to `onExternalLink` (which asks the
// reader before leaving); any other link does nothing.
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { articleSchema, safeHref, type DocJSON } from '../../src-shared/schema'
import { textDirection } from '../../src-shared/lang'
import { highlightsPlugin } from '../annotations'
import { findPlugin } from './find'
import { layoutHintsPlugin } from './layout-hints'
import { citedBy, paragraphNumbersPlugin } from './paragraph-numbers'
import { translate } from '../i18n'
import { figureView, type OpenedPicture } from './figure-view'
import { readAloudPlugin } from './read-aloud-mark'

export interface ReadingViewOptions {
  lang: string
  onExternalLink: (href: string) => void
  onCite: (paragraph: number) => void
  /** A click on one or more (overlapping) highlights, innermost first. */
  onHighlightClick: (ids: string[]) => void
  /** A click on a picture of the article (to show it larger). */
  onPicture: (picture: OpenedPicture) => void
}

function linkHandler(onExternalLink: (href: string) => void) {
  return (_view: EditorView, event: MouseEvent): boolean => {
    const anchor = (event.target as Element | null)?.closest?.('a')
    if (!anchor) return false
    event.preventDefault()
    const href = safeHref(anchor.getAttribute('href'))
    if (href && /^https?:/i.test(href)) onExternalLink(href)
    return true
  }
}

/** Mounts the article in `place`; call `destroy()` on the result when done. */
export function mountReadingView(
  place: HTMLElement,
  docJson: DocJSON,
  opts: ReadingViewOptions,
): EditorView {
  const doc = articleSchema.nodeFromJSON(docJson)
  const onLink = linkHandler(opts.onExternalLink)
  // Built detached, then put in place: a view in the document reads the page's selection as
  // it starts, which makes the browser lay the whole new text out there and then (a second
  // layout of a long article before its first paint).
  const dom = document.createElement('div')
  const view = new EditorView(
    { mount: dom },
    {
      state: EditorState.create({
        doc,
        schema: articleSchema,
        plugins: [
          layoutHintsPlugin(),
          paragraphNumbersPlugin(opts.onCite),
          findPlugin(),
          highlightsPlugin(opts.onHighlightClick),
          readAloudPlugin(),
        ],
      }),
      editable: () => false,
      nodeViews: { figure: figureView(opts.onPicture) },
      // A function: read again at each update, so the label follows the interface's language.
      attributes: () => ({
        class: 'article-body',
        lang: opts.lang,
        dir: textDirection(opts.lang),
        'aria-label': translate('reader.articleText'),
      }),
      handleDOMEvents: {
        click: onLink,
        auxclick: onLink,
        // The text is read-only: let the browser select it natively (words on double click,
        // dragging across highlights) instead of ProseMirror's editing selection. Pressing a
        // paragraph marker moves neither the selection nor the focus.
        mousedown: (_view, event) => {
          if (citedBy(event.target) !== null) event.preventDefault()
          return true
        },
      },
    },
  )
  place.appendChild(dom)
  return view
}
