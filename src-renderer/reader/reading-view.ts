// The read-only ProseMirror view of an article. Links never navigate the app: a click on an
// http(s) link asks the host to open it outside (a new browser tab, or the system browser in
// Electron via the window-open handler); any other link does nothing.
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { articleSchema, safeHref, type DocJSON } from '../../src-shared/schema'
import { textDirection } from '../../src-shared/lang'

function followLink(event: MouseEvent): boolean {
  const anchor = (event.target as Element | null)?.closest?.('a')
  if (!anchor) return false
  event.preventDefault()
  const href = safeHref(anchor.getAttribute('href'))
  if (href && /^https?:/i.test(href)) window.open(href, '_blank', 'noopener,noreferrer')
  return true
}

/** Mounts the article in `place`; call `destroy()` on the result when done. */
export function mountReadingView(place: HTMLElement, docJson: DocJSON, lang: string): EditorView {
  const doc = articleSchema.nodeFromJSON(docJson)
  return new EditorView(place, {
    state: EditorState.create({ doc, schema: articleSchema }),
    editable: () => false,
    attributes: {
      class: 'article-body',
      lang,
      dir: textDirection(lang),
      'aria-label': 'Article text',
    },
    handleDOMEvents: {
      click: (_view, event) => followLink(event),
      auxclick: (_view, event) => followLink(event),
    },
  })
}
