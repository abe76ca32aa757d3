// The search feature as other features see it: the search palette. Anything not exported here is
// the feature's own.
export * from './SearchPalette'
export * from './SavedSearches'
