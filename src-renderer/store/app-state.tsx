// The state the app's features share, in one store (store.ts): which library listing is current
// (bumped when articles were added, so every list and reader showing them reads again), a request
// to show what is new, which groups listing is current (bumped when groups were joined or left),
// and the problems to show the user. And the API client, given to every component by context
// rather than passed down through each level.
import { createContext, useContext, type ReactNode } from 'react'
import type { ApiClient } from '../../src-shared/api'
import { createStore, useStore } from './store'

export interface AppState {
  /** Changes whenever the library's articles change (files added, a sync). */
  libraryVersion: number
  /** Changes when the library should show its new articles (a sync notification was clicked). */
  showNewRequest: number
  /** Changes when groups were joined, created or left, or one's identity changed. */
  groupsVersion: number
  /** Problems to show in the notices bar, oldest first. */
  problems: readonly string[]
}

export const appState = createStore<AppState>({
  libraryVersion: 0,
  showNewRequest: 0,
  groupsVersion: 0,
  problems: [],
})

/** The library's articles changed: lists and readers read them again. */
export function libraryChanged(): void {
  appState.set((s) => ({ libraryVersion: s.libraryVersion + 1 }))
}

/** Show the articles new since the last visit (and read the library again). */
export function showNewArticles(): void {
  appState.set((s) => ({
    libraryVersion: s.libraryVersion + 1,
    showNewRequest: s.showNewRequest + 1,
  }))
}

/** Groups were joined, created or left, or one's identity changed. */
export function groupsChanged(): void {
  appState.set((s) => ({ groupsVersion: s.groupsVersion + 1 }))
}

/** Tells the user of a problem (in the notices bar). */
export function report(message: string): void {
  appState.set((s) => ({ problems: [...s.problems, message] }))
}

export function useAppState<S>(select: (state: AppState) => S): S {
  return useStore(appState, select)
}

const ApiContext = createContext<ApiClient | null>(null)

export function ApiProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

/** The API client of the app (given by ApiProvider at the root). */
export function useApi(): ApiClient {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi outside ApiProvider')
  return api
}
