// Find in the open article: whether the bar is open, the query, how many matches and which one
// is current. Changes go to the view's find plugin (reader/find.ts), and the current match is
// scrolled into the middle of the view.
import { useCallback, useState } from 'react'
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
