// The contract's annotation methods, served by the annotation service. Sharing with a group is
// allowed only with one the user is in (`canShare`, given by whoever knows the groups), and each
// change to one's own annotations is told on the event hub (groups write it to their folders).
import { err, type Result } from '../../src-shared/result'
import type { CoreEvents, EventHub } from '../core/events'
import type { HandlerSlice } from '../core/handler-slice'
import type { AnnotationService } from './annotation-service'
import { type Message } from '../../src-shared/i18n/translate'

const NOT_IN_GROUP: Message = { key: 'annotations.notInGroup' }

export function annotationHandlers({
  annotations,
  events,
  canShare,
}: {
  annotations: AnnotationService
  events: EventHub<CoreEvents>
  canShare: (groupId: string) => boolean
}): HandlerSlice<'annotations'> {
  /** Tells the hub of a change that succeeded, before it is answered. */
  const told = async <T extends { articleId: string; group?: string }>(
    r: Result<T>,
  ): Promise<Result<T>> => {
    if (r.ok)
      await events.emit('annotation.changed', {
        articleId: r.value.articleId,
        group: r.value.group,
      })
    return r
  }
  return {
    'annotations.forArticle': ({ articleId }) => annotations.forArticle(articleId),
    async 'annotations.create'(input) {
      if (input.group && !canShare(input.group)) return err('invalid_input', NOT_IN_GROUP)
      return told(await annotations.create(input))
    },
    async 'annotations.update'(input) {
      if (input.group && !canShare(input.group)) return err('invalid_input', NOT_IN_GROUP)
      return told(await annotations.update(input))
    },
    'annotations.delete': async (input) => told(await annotations.remove(input)),
    'annotations.restore': async ({ annotation }) => told(await annotations.restore(annotation)),
    'annotations.reanchor': async (input) => told(await annotations.reanchor(input)),
    'annotations.query': (input) => annotations.query(input),
    'annotations.tags': () => annotations.tags(),
  }
}
