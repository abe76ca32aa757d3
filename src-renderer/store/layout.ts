// How the window is laid out, as the reader left it: the library shown or hidden, the widths the
// reader gave the library, the contents and the notes, and focus mode (only the text). Kept in the window's
// local storage, so a reload or the next start keeps it.
import { createStore, useStore } from './store'

export interface Layout {
  libraryHidden: boolean
  focus: boolean
  /** Widths in pixels the reader chose; null: the default. */
  libraryWidth: number | null
  notesWidth: number | null
  contentsWidth: number | null
}

const KEY = 'scholion.layout'

const DEFAULT_LAYOUT: Layout = {
  libraryHidden: false,
  focus: false,
  libraryWidth: null,
  notesWidth: null,
  contentsWidth: null,
}

function load(): Layout {
  const fallback: Layout = { ...DEFAULT_LAYOUT }
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Layout> | null
    const width = (w: unknown) =>
      typeof w === 'number' && Number.isFinite(w) && w >= 120 && w <= 2000 ? Math.round(w) : null
    return {
      libraryHidden: raw?.libraryHidden === true,
      focus: raw?.focus === true,
      libraryWidth: width(raw?.libraryWidth),
      notesWidth: width(raw?.notesWidth),
      contentsWidth: width(raw?.contentsWidth),
    }
  } catch {
    return fallback
  }
}

export const layoutState = createStore<Layout>(
  typeof window === 'undefined' ? DEFAULT_LAYOUT : load(),
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
export const setLibraryWidth = (libraryWidth: number) => layoutState.set({ libraryWidth })
export const setNotesWidth = (notesWidth: number) => layoutState.set({ notesWidth })
export const setContentsWidth = (contentsWidth: number) => layoutState.set({ contentsWidth })
