// The settings feature as other features see it: the reader settings: the panel and its hook.
// Anything not exported here is the feature's own.
export * from './ReaderSettingsPanel'
export * from './use-reader-settings'
export * from './interface-language'
