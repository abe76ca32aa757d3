// Highlights as decorations, never marks in the article: a plugin holds the placed annotations
// and their decorations, rebuilt only when the annotations change (or the active one does).
// Each highlight is its own <mark> element, so overlapping highlights nest, blend visibly and
// each stays clickable: a click reports every highlight under the pointer.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { AnchoredAnnotation, Color } from '../../src-shared/annotation'
import { canonicalText } from '../../src-shared/text'
import { offsetToPos } from './positions'

/** An annotation placed in the text, in canonical offsets. */
export interface Highlight {
  id: string
  start: number
  end: number
  color: Color
  hasNote: boolean
  /** Another member's: drawn in that member's colour (#rrggbb) instead. */
  member?: string
}

/** The highlights of placed annotations (orphans have none); `member` colours others'. */
export function highlightsOf<T extends AnchoredAnnotation>(
  list: readonly T[],
  member?: (a: T) => string,
): Highlight[] {
  return list.flatMap((a) =>
    a.anchor
      ? [
          {
            id: a.id,
            start: a.anchor.start,
            end: a.anchor.end,
            color: a.color,
            hasNote: !!a.note,
            ...(member ? { member: member(a) } : {}),
          },
        ]
      : [],
  )
}

interface HighlightState {
  highlights: readonly Highlight[]
  active: string | null
  decorations: DecorationSet
}

type Meta = { highlights: readonly Highlight[] } | { active: string | null }

export const highlightsKey = new PluginKey<HighlightState>('highlights')

function build(
  state: EditorState,
  highlights: readonly Highlight[],
  active: string | null,
): DecorationSet {
  const { blocks } = canonicalText(state.doc)
  // Longer highlights outside, shorter inside: nesting then matches what readers expect.
  const ordered = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end)
  return DecorationSet.create(
    state.doc,
    ordered.map((h) =>
      Decoration.inline(
        offsetToPos(blocks, h.start),
        offsetToPos(blocks, h.end),
        {
          nodeName: 'mark',
          class: `hl ${h.member ? 'hl-member' : `hl-${h.color}`}${h.hasNote ? ' hl-note' : ''}${h.id === active ? ' hl-active' : ''}`,
          'data-annotation-id': h.id,
          // Only a checked colour reaches the style attribute.
          ...(h.member && /^#[0-9a-f]{6}$/i.test(h.member)
            ? { style: `--member: ${h.member}` }
            : {}),
        },
        { id: h.id },
      ),
    ),
  )
}

/** Ids of the highlights under a DOM node, innermost first. */
export function highlightsUnder(view: EditorView, target: EventTarget | null): string[] {
  const ids: string[] = []
  let el = target instanceof Element ? target : (target as Node | null)?.parentElement
  while (el && el !== view.dom) {
    const id = el.getAttribute('data-annotation-id')
    if (id) ids.push(id)
    el = el.parentElement
  }
  return ids
}

export function highlightsPlugin(onClick: (ids: string[]) => void): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightsKey,
    state: {
      init: () => ({ highlights: [], active: null, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(highlightsKey) as Meta | undefined
        if (!meta) return value
        const highlights = 'highlights' in meta ? meta.highlights : value.highlights
        const active = 'active' in meta ? meta.active : value.active
        return { highlights, active, decorations: build(state, highlights, active) }
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state)?.decorations,
      handleDOMEvents: {
        click(view, event) {
          // A click that ends a selection is about the selection, not a highlight.
          if (!view.dom.ownerDocument.getSelection()?.isCollapsed) return false
          const ids = highlightsUnder(view, event.target)
          if (!ids.length) return false
          onClick(ids)
          return false
        },
      },
    },
  })
}

export function setHighlights(tr: Transaction, highlights: readonly Highlight[]): Transaction {
  return tr.setMeta(highlightsKey, { highlights } satisfies Meta)
}

export function setActiveHighlight(tr: Transaction, active: string | null): Transaction {
  return tr.setMeta(highlightsKey, { active } satisfies Meta)
}
