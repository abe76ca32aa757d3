// The discussion under an annotation shared with a study group: everyone's replies, oldest
// first, each with its author; one's own can be edited or deleted; a box to reply.
import { useState, type FormEvent } from 'react'
import type { Member, Reply } from '../../src-shared/group'
import { renderNote } from '../ui/markdown'
import { useT } from '../i18n'

interface Props {
  groupId: string
  annotationId: string
  replies: readonly Reply[]
  people: readonly Member[]
  meId: string | null
  /** False for a group one has left: the thread is read-only. */
  canReply: boolean
  onReply: (text: string) => Promise<boolean>
  onEdit: (id: string, text: string) => Promise<boolean>
  onDelete: (id: string) => Promise<boolean>
}

function Author({ id, name, people }: { id: string; name: string; people: readonly Member[] }) {
  const colour = people.find((p) => p.id === id)?.colour
  const t = useT()
  return (
    <span className="author">
      <span
        className="member-dot"
        style={colour ? { background: colour } : {}}
        aria-hidden="true"
      />
      {name || t('notes.unnamedMember')}
    </span>
  )
}

export function ReplyThread(p: Props) {
  const t = useT()
  const [text, setText] = useState('')
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null)
  const thread = p.replies
    .filter((r) => r.annotationId === p.annotationId && r.groupId === p.groupId)
    .sort((a, b) => a.created.localeCompare(b.created))

  const send = async (e: FormEvent) => {
    e.preventDefault()
    if (text.trim() && (await p.onReply(text.trim()))) setText('')
  }
  return (
    <section className="reply-thread" aria-label={t('replies.label')}>
      {thread.length > 0 && (
        <ol className="replies">
          {thread.map((r) => (
            <li key={r.id} className="reply" data-reply-id={r.id}>
              <Author id={r.creator.id} name={r.creator.name} people={p.people} />
              {editing?.id === r.id ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault()
                    void p.onEdit(r.id, editing.text).then((ok) => ok && setEditing(null))
                  }}
                >
                  <textarea
                    aria-label={t('replies.edit')}
                    value={editing.text}
                    onChange={(e) => setEditing({ id: r.id, text: e.target.value })}
                  />
                  <button type="submit">{t('replies.save')}</button>
                  <button type="button" onClick={() => setEditing(null)}>
                    {t('linkConfirm.cancel')}
                  </button>
                </form>
              ) : (
                <div
                  className="reply-text markdown"
                  dir="auto"
                  dangerouslySetInnerHTML={{ __html: renderNote(r.text) }}
                />
              )}
              {r.creator.id === p.meId && p.canReply && editing?.id !== r.id && (
                <span className="reply-actions">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setEditing({ id: r.id, text: r.text })}
                  >
                    {t('replies.editAction')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void p.onDelete(r.id)}
                  >
                    {t('editor.delete')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {p.canReply && (
        <form className="reply-form" onSubmit={(e) => void send(e)}>
          <textarea
            aria-label={t('replies.reply')}
            placeholder={t('replies.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send(e)
            }}
          />
          <button type="submit" disabled={!text.trim()}>
            {t('replies.reply')}
          </button>
        </form>
      )}
    </section>
  )
}
