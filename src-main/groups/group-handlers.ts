// The contract's study-group methods, served by the group service; and the annotation methods
// wrapped so that sharing is checked (only with a group one is in) and each change to one's own
// annotations reaches the groups' folders.
import type { Handlers } from '../../src-shared/api'
import { err, ok } from '../../src-shared/result'
import type { GroupService } from './group-service'

type GroupMethods = Extract<keyof Handlers, `groups.${string}`>
type Wrapped =
  'annotations.create' | 'annotations.update' | 'annotations.delete' | 'annotations.restore'

export function groupHandlers(groups: GroupService): Pick<Handlers, GroupMethods> {
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

const NOT_IN_GROUP = 'You can share only with a group you are in.'

/** The annotation handlers, telling the groups of every change to one's own annotations. */
export function sharingAnnotations(
  inner: Pick<Handlers, Wrapped>,
  groups: GroupService,
): Pick<Handlers, Wrapped> {
  return {
    async 'annotations.create'(input) {
      if (input.group && !groups.canShare(input.group)) return err('invalid_input', NOT_IN_GROUP)
      const r = await inner['annotations.create'](input)
      if (r.ok) await groups.ownChanged(r.value.articleId, [r.value.group])
      return r
    },
    async 'annotations.update'(input) {
      if (input.group && !groups.canShare(input.group)) return err('invalid_input', NOT_IN_GROUP)
      const r = await inner['annotations.update'](input)
      if (r.ok) await groups.ownChanged(r.value.articleId, [r.value.group])
      return r
    },
    async 'annotations.delete'(input) {
      const r = await inner['annotations.delete'](input)
      if (r.ok) await groups.ownChanged(r.value.articleId, [r.value.group])
      return r
    },
    async 'annotations.restore'(input) {
      const r = await inner['annotations.restore'](input)
      if (r.ok) await groups.ownChanged(r.value.articleId, [r.value.group])
      return r
    },
  }
}
