// The sync feature as other features see it: syncing new articles: the dialog. Anything not
// exported here is the feature's own.
export * from './SyncDialog'
