// Paragraph numbers as decorations: every numbered block carries `data-para="n"` and a small
// ¶ n marker in the margin that copies a citation when clicked. The article itself is untouched.
import { Plugin, PluginKey } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node as PMNode } from 'prosemirror-model'
import { canonicalText, paragraphNumbers } from '../../src-shared/text'
import { translate } from '../i18n'

export const paragraphNumbersKey = new PluginKey<DecorationSet>('paragraph-numbers')

function marker(n: number): () => HTMLElement {
  return () => {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'para-ref'
    // The label is CSS generated content, so it never joins the text the reader selects or copies.
    button.dataset.label = `¶ ${n}`
    button.dataset.cite = String(n)
    button.tabIndex = -1
    button.setAttribute('aria-hidden', 'true')
    button.title = translate('reader.citeParagraph', { n })
    return button
  }
}

/** The paragraph a click on a margin marker cites, or null for any other target. Markers have
 * no listeners of their own (hundreds per article): the view handles their events. */
export function citedBy(target: EventTarget | null): number | null {
  const button = (target as Element | null)?.closest?.('.para-ref')
  return button instanceof HTMLElement && button.dataset.cite ? Number(button.dataset.cite) : null
}

export function buildParagraphDecorations(doc: PMNode): DecorationSet {
  const { blocks } = canonicalText(doc)
  const numbers = paragraphNumbers(blocks)
  const decorations: Decoration[] = []
  blocks.forEach((block, i) => {
    const n = numbers[i]
    const node = doc.nodeAt(block.pos - 1)
    if (n == null || !node) return
    decorations.push(
      Decoration.node(block.pos - 1, block.pos - 1 + node.nodeSize, { 'data-para': String(n) }),
    )
    decorations.push(
      Decoration.widget(block.pos, marker(n), {
        side: -1,
        ignoreSelection: true,
        key: `para-${n}`,
      }),
    )
  })
  return DecorationSet.create(doc, decorations)
}

/** The article never changes in the reader, so the decorations are built once. */
export function paragraphNumbersPlugin(onCite: (n: number) => void): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: paragraphNumbersKey,
    state: {
      init: (_config, state) => buildParagraphDecorations(state.doc),
      apply: (tr, set) => set.map(tr.mapping, tr.doc),
    },
    props: {
      decorations: (state) => paragraphNumbersKey.getState(state),
      handleDOMEvents: {
        click: (_view, event) => {
          const n = citedBy(event.target)
          if (n === null) return false
          event.preventDefault()
          onCite(n)
          return true
        },
      },
    },
  })
}
