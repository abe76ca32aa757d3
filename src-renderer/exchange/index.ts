// The exchange feature as other features see it: exporting and importing notes: the two dialogs.
// Anything not exported here is the feature's own.
export * from './ExportDialog'
export * from './ImportDialog'
