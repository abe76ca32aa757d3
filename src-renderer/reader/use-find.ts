// Find in the open article: whether the bar is open, the query, how many matches and which one
// is current. Changes go to the view's find plugin (reader/find.ts), and the current match is
// scrolled into the middle of the view. A query typed before the article's view exists is kept
// and applied when it comes.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { findKey, setFindQuery, stepFind } from './find'

export interface FindState {
  open: boolean
  query: string
  count: number
  current: number
}

export function useFind(view: EditorView | null) {
  const [find, setFind] = useState<FindState>({ open: false, query: '', count: 0, current: -1 })

  const update = useCallback(
    (change: (tr: Transaction) => Transaction, query?: string) => {
      // What is typed is kept even before the article's view is there (the bar opens at once,
      // the text may still be on its way); the view gets it once it is (below).
      if (query !== undefined) setFind((f) => ({ ...f, query }))
      if (!view) return
      view.dispatch(change(view.state.tr))
      const state = findKey.getState(view.state)!
      setFind((f) => ({
        ...f,
        query: query ?? f.query,
        count: state.matches.length,
        current: state.current,
      }))
      view.dom.querySelector('.find-current')?.scrollIntoView({ block: 'center' })
    },
    [view],
  )

  // A view that came (or came anew) after something was typed finds it too.
  const typed = useRef(find.query)
  typed.current = find.query
  useEffect(() => {
    if (view && typed.current) update((tr) => setFindQuery(tr, typed.current))
  }, [view, update])

  return {
    find,
    open: useCallback(() => setFind((f) => ({ ...f, open: true })), []),
    search: (query: string) => update((tr) => setFindQuery(tr, query), query),
    step: (step: 1 | -1) => update((tr) => stepFind(tr, step)),
    close: () => {
      update((tr) => setFindQuery(tr, ''), '')
      setFind((f) => ({ ...f, open: false }))
    },
  }
}
