// The contract's study-group methods, served by the group service; and the subscription that
// takes each change to one's own annotations (told on the event hub) to the groups' folders.
import { ok } from '../../src-shared/result'
import type { CoreEvents, EventHub } from '../core/events'
import type { HandlerSlice } from '../core/handler-slice'
import type { GroupService } from './group-service'

export function groupHandlers(groups: GroupService): HandlerSlice<'groups'> {
  return {
    'groups.list': async () => ok(groups.list()),
    'groups.create': ({ folder, name }) => groups.create(folder, name),
    'groups.join': ({ folder }) => groups.join(folder),
    'groups.leave': ({ groupId }) => groups.leave(groupId),
    'groups.forArticle': ({ articleId }) => groups.forArticle(articleId),
    'groups.changes': async ({ since, waitMs }) =>
      ok({ version: await groups.changes(since, waitMs) }),
    'groups.reply': (input) => groups.reply(input),
    'groups.editReply': ({ groupId, id, text }) => groups.editReply(groupId, id, text),
    'groups.deleteReply': ({ groupId, id }) => groups.deleteReply(groupId, id),
    'groups.exportPack': ({ groupId }) => groups.exportPack(groupId),
    'groups.importPack': ({ content }) => groups.importPack(content),
  }
}

/** Each change to one's own annotations reaches the folders of the groups it is shared with. */
export function followOwnChanges(events: EventHub<CoreEvents>, groups: GroupService): () => void {
  return events.on('annotation.changed', ({ articleId, group }) =>
    groups.ownChanged(articleId, [group]),
  )
}
