// The interface's language, shared by every feature (like ui/, store/ and api/).
export * from './i18n'
