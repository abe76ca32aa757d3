// Find in article: matches of the query in the canonical text, ignoring case and diacritics,
// shown as decorations, with a current match to step through. Queries arrive as transaction
// meta; the matches are recomputed only when the query changes.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { findAll } from '../../src-shared/fold'
import { canonicalText, offsetToPos, type CanonicalText } from '../../src-shared/text'

export interface FindState {
  query: string
  matches: { from: number; to: number }[]
  /** Index into matches, or -1 when there are none. */
  current: number
  decorations: DecorationSet
}

type FindMeta = { query: string } | { step: 1 | -1 }

export const findKey = new PluginKey<FindState>('find')

function decorate(
  state: EditorState,
  matches: FindState['matches'],
  current: number,
): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, {
        class: i === current ? 'find-match find-current' : 'find-match',
      }),
    ),
  )
}

export function findPlugin(): Plugin<FindState> {
  let text: CanonicalText | null = null
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined
        if (!meta) return value
        if ('query' in meta) {
          text ??= canonicalText(state.doc)
          const { blocks } = text
          const matches = findAll(text.text, meta.query).map((m) => ({
            from: offsetToPos(blocks, m.start),
            to: offsetToPos(blocks, m.end),
          }))
          const current = matches.length ? 0 : -1
          return {
            query: meta.query,
            matches,
            current,
            decorations: decorate(state, matches, current),
          }
        }
        if (!value.matches.length) return value
        const current = (value.current + meta.step + value.matches.length) % value.matches.length
        return { ...value, current, decorations: decorate(state, value.matches, current) }
      },
    },
    props: { decorations: (state) => findKey.getState(state)?.decorations },
  })
}

export function setFindQuery(tr: Transaction, query: string): Transaction {
  return tr.setMeta(findKey, { query } satisfies FindMeta)
}

export function stepFind(tr: Transaction, step: 1 | -1): Transaction {
  return tr.setMeta(findKey, { step } satisfies FindMeta)
}
