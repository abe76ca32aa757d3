// The settings feature as other features see it: the reader settings (the panel and its hook),
// the interface language, and the settings file dialog.
// Anything not exported here is the feature's own.
export * from './ReaderSettingsPanel'
export * from './SettingsFileDialog'
export * from './use-reader-settings'
export * from './interface-language'
