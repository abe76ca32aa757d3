// How the window is laid out, as the reader left it: the library shown or hidden, and focus mode
// (only the text). Kept in the window's local storage, so a reload or the next start keeps it.
import { createStore, useStore } from './store'

export interface Layout {
  libraryHidden: boolean
  focus: boolean
}

const KEY = 'scholion.layout'

function load(): Layout {
  const fallback: Layout = { libraryHidden: false, focus: false }
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Layout> | null
    return {
      libraryHidden: raw?.libraryHidden === true,
      focus: raw?.focus === true,
    }
  } catch {
    return fallback
  }
}

export const layoutState = createStore<Layout>(
  typeof window === 'undefined' ? { libraryHidden: false, focus: false } : load(),
)

layoutState.subscribe(() => {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(layoutState.get()))
  } catch {
    // Storage full or refused: the layout is kept for this page only.
  }
})

export function useLayout(): Layout {
  return useStore(layoutState, (s) => s)
}

export const toggleLibrary = () => layoutState.set((s) => ({ libraryHidden: !s.libraryHidden }))
export const toggleFocus = () => layoutState.set((s) => ({ focus: !s.focus }))
export const leaveFocus = () => layoutState.set({ focus: false })
