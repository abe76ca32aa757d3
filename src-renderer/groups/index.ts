// The groups feature as other features see it: study groups: the dialog, replies, the people
// filter and the groups hooks. Anything not exported here is the feature's own.
export * from './GroupsDialog'
export * from './PeopleFilter'
export * from './ReplyThread'
export * from './use-group-view'
export * from './use-groups'
