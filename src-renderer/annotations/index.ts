// The annotations feature as other features see it: highlights, notes and tags: the panel, the
// editor, the selection toolbar and their hooks. Anything not exported here is the feature's own.
export * from './AnnotationsPanel'
export * from './AnnotationSwatch'
export * from './ColourFilter'
export * from './SelectionToolbar'
export * from './TagChips'
export * from './highlights'
export * from './use-annotation-keys'
export * from './use-annotations'
export * from './use-text-selection'
