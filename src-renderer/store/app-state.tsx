// The state the app's features share, in one store (store.ts): the article open, the study
// groups, which library listing is current
// (bumped when articles were added, so every list and reader showing them reads again), a request
// to show what is new, which groups listing is current (bumped when groups were joined or left),
// and the problems to show the user. And the API client, given to every component by context
// rather than passed down through each level.
import { createContext, useContext, type ReactNode } from 'react'
import type { ApiClient } from '../../src-shared/api'
import type { GroupInfo, Member } from '../../src-shared/group'
import { createStore, useStore } from './store'

/** The study groups as the page knows them. */
export interface GroupsState {
  /** Moves whenever anything shared in a study group changes. */
  version: number
  /** The groups and one's own identity; null until first read. */
  list: { groups: GroupInfo[]; me: Member } | null
}

export interface AppState {
  /** The article open in the reader (also while the notebook covers it); null for none. */
  openArticleId: string | null
  /** Changes whenever the library's articles change (files added, a sync). */
  libraryVersion: number
  /** Changes when the library should show its new articles (a sync notification was clicked). */
  showNewRequest: number
  /** Changes when groups were joined, created or left, or one's identity changed. */
  groupsVersion: number
  /** Bumped when saved searches change (the list reads them again). */
  savedSearchesVersion: number
  /** The study groups, kept current by the groups feature (useGroupsSync). */
  groups: GroupsState
  /** Problems to show in the notices bar, oldest first. */
  problems: readonly string[]
}

/** The state as the page starts (and as each component test starts). */
export function initialAppState(): AppState {
  return {
    openArticleId: null,
    groups: { version: 0, list: null },
    libraryVersion: 0,
    showNewRequest: 0,
    groupsVersion: 0,
    savedSearchesVersion: 0,
    problems: [],
  }
}

export const appState = createStore<AppState>(initialAppState())

/** The library's articles changed: lists and readers read them again. */
export function libraryChanged(): void {
  appState.set((s) => ({ libraryVersion: s.libraryVersion + 1 }))
}

/** Saved searches were added, changed or looked at: their list is read again. */
export function savedSearchesChanged(): void {
  appState.set((s) => ({ savedSearchesVersion: s.savedSearchesVersion + 1 }))
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
