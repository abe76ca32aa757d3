// Mounts the ProseMirror view of an article into a React ref and exposes what the reader
// chrome needs: the view, the DOM element of every textblock, and the table of contents.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { EditorView } from 'prosemirror-view'
import type { Article } from '../../src-shared/api'
import { canonicalText, paragraphNumbers } from '../../src-shared/text'
import type { TocEntry } from './TableOfContents'
import { mountReadingView, type ReadingViewOptions } from './reading-view'

export interface MountedArticle {
  view: EditorView
  /** DOM element of each textblock, in canonical order. */
  blocks: HTMLElement[]
  /** ¶ number of each textblock (null for headings). */
  numbers: (number | null)[]
  toc: TocEntry[]
}

export function useReadingView(
  article: Article | null,
  place: RefObject<HTMLDivElement | null>,
  options: Omit<ReadingViewOptions, 'lang'>,
): MountedArticle | null {
  const [mounted, setMounted] = useState<MountedArticle | null>(null)
  // Callbacks may change identity on every render; the view keeps calling the latest ones.
  const latest = useRef(options)
  latest.current = options

  // A layout effect: the text is in the DOM before the browser paints the frame.
  useLayoutEffect(() => {
    const el = place.current
    if (!article || !el) return
    const view = mountReadingView(el, article.doc, {
      lang: article.meta.lang,
      onExternalLink: (href) => latest.current.onExternalLink(href),
      onCite: (n) => latest.current.onCite(n),
      onHighlightClick: (ids) => latest.current.onHighlightClick(ids),
      onPicture: (picture) => latest.current.onPicture(picture),
    })
    const { blocks } = canonicalText(view.state.doc)
    const toc: TocEntry[] = []
    blocks.forEach((b, i) => {
      const node = view.state.doc.nodeAt(b.pos - 1)
      if (node?.type.name === 'heading' && node.attrs.level > 1) {
        toc.push({ block: i, level: node.attrs.level as number, text: node.textContent })
      }
    })
    setMounted({
      view,
      blocks: blocks.map((b) => view.nodeDOM(b.pos - 1) as HTMLElement),
      numbers: paragraphNumbers(blocks),
      toc,
    })
    return () => {
      setMounted(null)
      view.destroy()
    }
  }, [article, place])

  return mounted
}
