// The app feature as other features see it: the app-level dialogs. Anything not exported here is
// the feature's own.
export * from './AboutDialog'
