// The notebook feature as other features see it: the notebook of all notes. Anything not exported
// here is the feature's own.
export * from './Notebook'
