// Updating the bundled archive from signed update packs.
export { UpdateArchiveDialog } from './UpdateArchiveDialog'
export { isPackFile, sendPack } from './send-pack'
