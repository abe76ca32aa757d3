// The sentence being read aloud, marked in the reading view (a ProseMirror decoration, so it is
// drawn with the text and survives the view's own redraws).
import { Plugin, PluginKey } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'

const key = new PluginKey<DecorationSet>('read-aloud')

export function readAloudPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const range = tr.getMeta(key) as { from: number; to: number } | null | undefined
        if (range === undefined) return set.map(tr.mapping, tr.doc)
        if (!range) return DecorationSet.empty
        return DecorationSet.create(tr.doc, [
          Decoration.inline(range.from, range.to, { class: 'reading-aloud' }),
        ])
      },
    },
    props: {
      decorations(state) {
        return key.getState(state)
      },
    },
  })
}

/** Marks the document range `range` as being read (null: nothing is). */
export function markReading(view: EditorView, range: { from: number; to: number } | null): void {
  if (view.isDestroyed) return
  view.dispatch(view.state.tr.setMeta(key, range))
}
