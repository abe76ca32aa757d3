// Size hints for blocks that are not laid out yet. Blocks far from view skip layout
// (content-visibility), and the browser then needs a height for them: an estimate from the
// block's length, in lines, keeps the scrollbar and jumps to far sections close to the truth.
// Once a block has been laid out its real size is remembered instead (the `auto` keyword).
import { Plugin } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node as PMNode } from 'prosemirror-model'

/** Characters per line assumed for the estimate (a 65ch measure holds about 70 on average). */
const CHARS_PER_LINE = 70

/** The reading column's width in lines' heights, about (65ch at the default size, 1.9lh). */
const COLUMN_IN_LINES = 20

export function estimatedLines(node: PMNode): number {
  if (node.type.name === 'heading') return 2
  const { width, height } = node.attrs as { width?: number; height?: number }
  if (node.type.name === 'figure' && node.attrs.image && width && height) {
    // A picture is as wide as the column (or narrower, at its own size: ~30 px a line).
    const across = Math.min(COLUMN_IN_LINES, width / 30)
    return Math.ceil((across * height) / width + node.textContent.length / 70) + 2
  }
  return Math.max(1, Math.ceil(node.textContent.length / CHARS_PER_LINE)) + 1
}

function buildHints(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = []
  doc.forEach((node, offset) => {
    decorations.push(
      Decoration.node(offset, offset + node.nodeSize, {
        style: `contain-intrinsic-size: auto ${estimatedLines(node)}lh`,
      }),
    )
  })
  return DecorationSet.create(doc, decorations)
}

export function layoutHintsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    state: {
      init: (_config, state) => buildHints(state.doc),
      apply: (tr, set) => set.map(tr.mapping, tr.doc),
    },
    props: {
      decorations(state) {
        return this.getState(state)
      },
    },
  })
}
