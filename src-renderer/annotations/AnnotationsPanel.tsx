// The open article's annotations beside the text, in document order: click one to go to its
// passage and open it; filter by colour and tag. Annotations whose passage is no longer in this
// version of the text are kept, listed last with their quote. The save state is shown here.
import { useMemo, useState, type ReactNode } from 'react'
import { type AnchoredAnnotation, type Color, type TagCount } from '../../src-shared/annotation'
import { renderNote } from '../ui/markdown'
import { inDocumentOrder, type AnnotationPatch, type SaveStatus } from './use-annotations'
import { AnnotationEditor } from './AnnotationEditor'
import { AnnotationSwatch } from './AnnotationSwatch'
import { ColourFilter } from './ColourFilter'
import { TagChips } from './TagChips'
import { PeopleFilter } from '../groups'
import { ReplyThread } from '../groups'
import type { SharedAnnotation } from '../../src-shared/group'
import type { GroupView } from '../groups'
import { useT } from '../i18n'
import { OrphanStory } from './OrphanStory'
import type { ArticleVersion } from '../../src-shared/api'

interface Props {
  annotations: AnchoredAnnotation[]
  /** Study groups: others' annotations, replies, sharing. */
  group: GroupView
  /** ¶ number of a canonical offset, for showing where each one is. */
  paragraphOf: (offset: number) => number | null
  active: string | null
  focusNote: boolean
  knownTags: TagCount[]
  status: SaveStatus
  onSelect: (id: string) => void
  /** Resolves true once the change is saved. */
  onChange: (id: string, patch: AnnotationPatch) => Promise<boolean>
  onDelete: (id: string) => void
  onCloseEditor: () => void
  onClose: () => void
  /** Copies the given annotations (or all of the article's) as Markdown. */
  onCopyMarkdown: (ids?: string[]) => void
  onExport: () => void
  /** The annotation waiting to be attached to the next selection, if any. */
  attaching: string | null
  /** Starts (an id) or cancels (null) attaching an annotation to a passage. */
  onAttach: (id: string | null) => void
  /** The article, for telling what became of an orphan's passage. */
  article: { id: string; versions: readonly ArticleVersion[]; currentHash: string } | null
  /** Attaches an annotation to a passage of the current text at once. */
  onReanchor: (id: string, range: { start: number; end: number }) => void
}

function StatusLine({ status }: { status: SaveStatus }) {
  const t = useT()
  return (
    <p className={`save-status save-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'saving' && t('app.saving')}
      {status.kind === 'saved' && `${t(status.what)} ✓`}
      {status.kind === 'failed' && (
        <>
          {t('status.notSaved', { reason: status.message })}{' '}
          <button type="button" onClick={status.retry}>
            {t('status.retry')}
          </button>
        </>
      )}
    </p>
  )
}

type Listed = AnchoredAnnotation | SharedAnnotation
const isOthers = (a: Listed): a is SharedAnnotation => 'colour' in a

export function AnnotationsPanel(props: Props) {
  const t = useT()
  const { active, paragraphOf, onSelect, group } = props
  const annotations: Listed[] = useMemo(
    () => [...props.annotations, ...group.others],
    [props.annotations, group.others],
  )
  const [colour, setColour] = useState<Color | ''>('')
  const [tag, setTag] = useState('')
  const tagsHere = useMemo(
    () => [...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)),
    [annotations],
  )
  const shown = useMemo(
    () =>
      inDocumentOrder(annotations).filter(
        (a) => (!colour || a.color === colour) && (!tag || a.tags.includes(tag)),
      ),
    [annotations, colour, tag],
  )
  const placed = shown.filter((a) => a.anchor)
  const orphans = shown.filter((a) => !a.anchor)

  const groupName = (id: string | undefined) =>
    group.groups.find((g) => g.id === id)?.name ?? (id ? t('notes.groupLeft') : '')
  const thread = (a: Listed) => {
    const groupId = isOthers(a) ? a.groupId : a.group
    if (!groupId) return null
    return (
      <ReplyThread
        groupId={groupId}
        annotationId={a.id}
        replies={group.replies}
        people={group.people}
        meId={group.me?.id ?? null}
        canReply={group.groups.some((g) => g.id === groupId)}
        onReply={(text) => group.reply(groupId, a.id, text)}
        onEdit={(id, text) => group.editReply(groupId, id, text)}
        onDelete={(id) => group.deleteReply(groupId, id)}
      />
    )
  }
  const repliesTo = (id: string) => group.replies.filter((r) => r.annotationId === id).length

  const item = (a: Listed) => {
    const n = a.anchor ? paragraphOf(a.anchor.start) : null
    const open = a.id === active
    const others = isOthers(a)
    const replies = repliesTo(a.id)
    const changed = a.anchor !== null && a.changed === true
    const attachable = !others
    const attaching = props.attaching === a.id
    return (
      <li key={a.id} className={`annotation-item${open ? ' open' : ''}`}>
        <button
          type="button"
          className="annotation-summary"
          aria-expanded={open}
          data-annotation-id={a.id}
          onClick={() => (open ? props.onCloseEditor() : onSelect(a.id))}
        >
          <AnnotationSwatch
            color={a.color}
            member={others ? { colour: a.colour, name: a.creator.name } : undefined}
          />
          <span className="annotation-where">
            {n ? `¶ ${n}` : a.anchor ? '' : t('notes.notFound')}
            {changed && (
              <span className="annotation-changed" title={t('notes.changedHint')}>
                {' · '}
                {t('notes.changedPassage')}
              </span>
            )}
            {group.inGroups && (
              <span className="annotation-author">
                {n || !a.anchor ? ' · ' : ''}
                {others ? a.creator.name || t('notes.unnamedMember') : t('notes.you')}
                {!others && a.group && ` · ${groupName(a.group)}`}
                {replies > 0 && ` · ${t('notes.replies', { count: replies })}`}
              </span>
            )}
          </span>
          <span className="annotation-quote" dir="auto">
            {a.quote.exact}
          </span>
          {a.note && !open && (
            <span
              className="annotation-note markdown"
              dir="auto"
              dangerouslySetInnerHTML={{ __html: renderNote(a.note) }}
            />
          )}
          {a.tags.length > 0 && !open && (
            <span className="annotation-tags">
              <TagChips tags={a.tags} />
            </span>
          )}
        </button>
        {open && !others && (!a.anchor || changed) && props.article && (
          <OrphanStory
            annotation={a}
            articleId={props.article.id}
            versions={props.article.versions}
            currentHash={props.article.currentHash}
            onAttach={(range) => props.onReanchor(a.id, range)}
          />
        )}
        {open && others && (
          <div className="annotation-readonly">
            {a.note && (
              <div
                className="annotation-note markdown"
                dir="auto"
                dangerouslySetInnerHTML={{ __html: renderNote(a.note) }}
              />
            )}
            {a.tags.length > 0 && <TagChips tags={a.tags} />}
            <p className="hint">{t('notes.sharedIn', { group: groupName(a.groupId) })}</p>
          </div>
        )}
        {open && !others && group.inGroups && (
          <label className="share-choice">
            {t('notes.sharedWith')}{' '}
            <select
              value={a.group ?? ''}
              onChange={(e) => props.onChange(a.id, { group: e.target.value || null })}
            >
              <option value="">{t('notes.onlyMe')}</option>
              {group.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
              {a.group && !group.groups.some((g) => g.id === a.group) && (
                <option value={a.group}>{groupName(a.group)}</option>
              )}
            </select>
          </label>
        )}
        {open && !others && (
          <AnnotationEditor
            annotation={a}
            knownTags={props.knownTags}
            focusNote={props.focusNote}
            onChange={(patch) => props.onChange(a.id, patch)}
            onDelete={() => props.onDelete(a.id)}
            onCopyMarkdown={() => props.onCopyMarkdown([a.id])}
            onClose={props.onCloseEditor}
          />
        )}
        {attachable && (open || !a.anchor) && (
          <div className="attach-row" role={attaching ? 'status' : undefined}>
            {attaching ? (
              <>
                <span className="hint">{t('notes.attachHint')}</span>{' '}
                <button type="button" onClick={() => props.onAttach(null)}>
                  {t('notes.attachCancel')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => props.onAttach(a.id)}>
                {t('notes.attach')}
              </button>
            )}
          </div>
        )}
        {open && thread(a)}
      </li>
    )
  }

  return (
    <aside className="annotations-panel" aria-label={t('notes.label')}>
      <div className="panel-head">
        <h2>
          {t('notes.title')} <span className="count">{annotations.length}</span>
        </h2>
        <button type="button" onClick={props.onClose} aria-label={t('notes.close')}>
          ×
        </button>
      </div>
      {group.inGroups && (
        <div className="panel-groups">
          <label>
            {t('notes.newHighlights')}{' '}
            <select value={group.shareTo} onChange={(e) => group.setShareTo(e.target.value)}>
              <option value="">{t('notes.newOnlyForMe')}</option>
              {group.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {t('notes.newSharedWith', { group: g.name })}
                </option>
              ))}
            </select>
          </label>
          <PeopleFilter people={group.people} hidden={group.hidden} onChange={group.setHidden} />
        </div>
      )}
      <div className="panel-filters">
        <ColourFilter
          value={colour}
          onChange={setColour}
          label={t('notes.showColour')}
          labelFor={(c) => t('notes.onlyColour', { colour: c })}
        />
        {tagsHere.length > 0 && (
          <select
            aria-label={t('notes.showTag')}
            value={tag}
            onChange={(e) => setTag(e.target.value)}
          >
            <option value="">{t('notes.allTags')}</option>
            {tagsHere.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
      </div>
      {annotations.length > 0 && (
        <div className="panel-actions">
          <button type="button" onClick={() => props.onCopyMarkdown()}>
            {t('notes.copyMarkdown')}
          </button>
          <button type="button" onClick={props.onExport}>
            {t('notes.export')}
          </button>
        </div>
      )}
      <StatusLine status={props.status} />
      {annotations.length === 0 ? (
        <p className="panel-empty">
          {t.rich<ReactNode>('notes.empty', {
            kbd: (chunks) => <kbd key={String(chunks)}>{chunks}</kbd>,
          })}
        </p>
      ) : (
        <>
          <ol className="annotation-list">{placed.map(item)}</ol>
          {orphans.length > 0 && (
            <>
              <h3 className="orphans-title">{t('notes.orphans')}</h3>
              <ol className="annotation-list orphans">{orphans.map(item)}</ol>
            </>
          )}
          {shown.length === 0 && <p className="panel-empty">{t('notes.noMatch')}</p>}
        </>
      )}
    </aside>
  )
}
