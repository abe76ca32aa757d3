// The names of the contract's methods, with no schema library attached, so the Electron
// preload can build its bridge without bundling validation code. api.ts checks at compile time
// that this list and the contract's keys are the same set.

export const METHOD_NAMES = [
  'app.info',
  'app.openDataFolder',
  'articles.list',
  'articles.get',
  'library.addFiles',
  'settings.get',
  'settings.update',
  'reading.get',
  'reading.save',
  'annotations.forArticle',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.restore',
  'annotations.query',
  'annotations.tags',
  'export.render',
  'export.write',
  'export.copy',
  'import.preview',
  'import.apply',
  'search.query',
  'search.status',
  'sync.sources',
  'sync.saveSources',
  'sync.run',
] as const

export type MethodName = (typeof METHOD_NAMES)[number]
