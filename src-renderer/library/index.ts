// The library feature as other features see it: the library pane and adding files. Anything not
// exported here is the feature's own.
export * from './AddFilesDialog'
export * from './LibraryPane'
