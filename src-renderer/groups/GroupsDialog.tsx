// Study groups: who one is to the others (a name and a colour, chosen on first use), the groups
// one is in with their state (the folder there or missing, changes waiting, files of others that
// could not be read), and creating, joining and leaving one; a group without a common folder
// travels as a pack file, exported and imported here.
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { ApiClient, PackImport } from '../../src-shared/api'
import { MEMBER_COLOURS, type GroupInfo, type Member } from '../../src-shared/group'
import { download } from '../api/download'
import { FolderField } from '../ui/FolderField'
import { Dialog, DialogActions } from '../ui/Dialog'
import { groupsChanged, useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { useT } from '../i18n'

interface Props {
  onClose: () => void
  /** Called when what is shared may have changed (joined, left, a pack taken in). */
}

const STATUS: Record<GroupInfo['status'], MessageKey> = {
  connected: 'groups.connected',
  missing: 'groups.missing',
  pack: 'groups.pack',
  left: 'groups.left',
}

function Identity({ api, me, onSaved }: { api: ApiClient; me: Member; onSaved: () => void }) {
  const [name, setName] = useState(me.name)
  const [colour, setColour] = useState(me.colour || MEMBER_COLOURS[0])
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const r = await api['settings.update']({ identity: { name, colour } })
    if (!r.ok) return setProblem(r.error.message)
    setProblem(null)
    setSaved(true)
    onSaved()
  }
  const first = !me.name || !me.colour
  const t = useT()
  return (
    <form className="group-identity" onSubmit={(e) => void save(e)}>
      <h3>{first ? t('groups.whoFirst') : t('notes.you')}</h3>
      <label>
        {t('groups.nameSeen')}{' '}
        <input
          value={name}
          required
          maxLength={200}
          onChange={(e) => {
            setName(e.target.value)
            setSaved(false)
          }}
        />
      </label>
      <fieldset className="member-colours">
        <legend>{t('groups.yourColour')}</legend>
        {MEMBER_COLOURS.map((c) => (
          <label key={c} className="member-colour" style={{ background: c }}>
            <input
              type="radio"
              name="member-colour"
              value={c}
              checked={colour === c}
              aria-label={t('groups.colour', { colour: c })}
              onChange={() => {
                setColour(c)
                setSaved(false)
              }}
            />
          </label>
        ))}
      </fieldset>
      <button type="submit">{first ? t('replies.save') : t('groups.saveChanges')}</button>
      {saved && <span role="status"> {t('status.saved')} ✓</span>}
      <Problem message={problem} className="" />
    </form>
  )
}

function GroupCard({
  group,
  onLeave,
  onExport,
}: {
  group: GroupInfo
  onLeave: () => void
  onExport: () => void
}) {
  const t = useT()
  const whose = (id: string | null) => {
    const name = group.members.find((m) => m.id === id)?.name
    return name ? t('groups.fileOf', { name }) : t('groups.fileOfMember')
  }
  return (
    <li className={`group-card group-${group.status}`} data-group-id={group.id}>
      <h3>{group.name}</h3>
      <p className="group-status">
        {t(STATUS[group.status])}
        {group.pending > 0 &&
          group.status !== 'missing' &&
          ` · ${t('groups.pendingWrites', { count: group.pending })}`}
        {group.status === 'missing' &&
          ` (${t('groups.pendingArticles', { count: group.pending })})`}
      </p>
      {group.folder && <p className="hint group-folder">{group.folder}</p>}
      <ul className="group-members" aria-label={t('groups.members', { group: group.name })}>
        {group.members.map((m) => (
          <li key={m.id}>
            <span className="member-dot" style={{ background: m.colour }} aria-hidden="true" />
            {m.me
              ? t('groups.memberMe', { name: m.name || t('notes.you') })
              : m.name || t('notes.unnamedMember')}{' '}
            <span className="hint">{t('groups.annotations', { count: m.annotations })}</span>
          </li>
        ))}
      </ul>
      {group.warnings.length > 0 && (
        <details className="group-warnings" open>
          <summary role="alert">{t('groups.unreadable', { count: group.warnings.length })}</summary>
          <ul>
            {group.warnings.map((w) => (
              <li key={w.file}>
                <strong>{whose(w.member)}</strong> {w.file.split('/').pop()}: {t.message(w.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="group-actions">
        <button type="button" onClick={onExport}>
          {t('groups.exportPack')}
        </button>
        {group.status !== 'left' && (
          <button type="button" onClick={onLeave}>
            {t('groups.leave')}
          </button>
        )}
      </div>
    </li>
  )
}

export function GroupsDialog({ onClose }: Props) {
  const t = useT()
  const api = useApi()
  const [groups, setGroups] = useState<GroupInfo[] | null>(null)
  const [me, setMe] = useState<Member | null>(null)
  const [folder, setFolder] = useState('')
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const load = useCallback(() => {
    void api['groups.list']({}).then((r) => {
      if (!r.ok) return setProblem(r.error.message)
      setGroups(r.value.groups)
      setMe(r.value.me)
    })
  }, [api])
  useEffect(() => {
    load()
    // The state of folders changes on its own (a disk unmounted, a file arriving).
    const timer = setInterval(load, 3000)
    return () => clearInterval(timer)
  }, [load])

  const after = (r: { ok: true } | { ok: false; error: { message: string } }, message: string) => {
    if (!r.ok) {
      setProblem(r.error.message)
      setDone(null)
      return
    }
    setProblem(null)
    setDone(message)
    load()
    groupsChanged()
  }
  const create = async () => {
    const r = await api['groups.create']({ folder, name })
    after(r, r.ok ? t('groups.created', { group: r.value.name }) : '')
  }
  const join = async (e: FormEvent) => {
    e.preventDefault()
    const r = await api['groups.join']({ folder })
    after(r, r.ok ? t('groups.joined', { group: r.value.name }) : '')
  }
  const leave = async (g: GroupInfo) => {
    if (!window.confirm(t('groups.leaveConfirm', { group: g.name }))) return
    after(await api['groups.leave']({ groupId: g.id }), t('groups.leftDone', { group: g.name }))
  }
  const exportPack = async (g: GroupInfo) => {
    const r = await api['groups.exportPack']({ groupId: g.id })
    if (!r.ok) return setProblem(r.error.message)
    download(r.value.name, r.value.content)
    setDone(t('groups.packSaved', { file: r.value.name }))
  }
  const importPack = async (file: File | undefined) => {
    if (!file) return
    const r = await api['groups.importPack']({ content: await file.text() })
    const summary = (p: PackImport) =>
      p.skippedCount
        ? t('groups.packTakenSkipped', {
            group: p.group.name,
            annotations: p.annotations,
            replies: p.replies,
            members: p.members,
            skipped: p.skippedCount,
            reason: p.skipped[0] ?? '',
          })
        : t('groups.packTaken', {
            group: p.group.name,
            annotations: p.annotations,
            replies: p.replies,
            members: p.members,
          })
    after(r, r.ok ? summary(r.value) : '')
  }

  const needsIdentity = !me || !me.name || !me.colour
  return (
    <Dialog
      title={t('groups.title')}
      titleId="groups-title"
      className="groups-dialog"
      onClose={onClose}
    >
      <p className="hint">{t('groups.intro')}</p>
      {me && <Identity api={api} me={me} onSaved={load} />}
      {groups && groups.length > 0 && (
        <ul className="group-list" aria-label={t('groups.yours')}>
          {groups.map((g) => (
            <GroupCard
              key={g.id}
              group={g}
              onLeave={() => void leave(g)}
              onExport={() => void exportPack(g)}
            />
          ))}
        </ul>
      )}
      {groups && groups.length === 0 && <p>{t('groups.none')}</p>}
      <form className="group-join" onSubmit={(e) => void join(e)}>
        <h3>{t('groups.createOrJoin')}</h3>
        <FolderField
          label={t('groups.folder')}
          value={folder}
          onChange={setFolder}
          placeholder="/home/you/Sync/reading-group"
          title={t('groups.folderHint')}
          required
        />
        <div className="group-join-actions">
          <button type="submit" disabled={needsIdentity || !folder.trim()}>
            {t('groups.join')}
          </button>
          <span className="hint">{t('groups.or')}</span>
          <input
            aria-label={t('groups.newName')}
            placeholder={t('groups.newNamePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="button"
            disabled={needsIdentity || !folder.trim() || !name.trim()}
            onClick={() => void create()}
          >
            {t('groups.create')}
          </button>
        </div>
        {needsIdentity && <p className="hint">{t('groups.identityFirst')}</p>}
      </form>
      <label className="pack-import">
        {t('groups.importPack')}{' '}
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json"
          onChange={(e) => void importPack(e.target.files?.[0])}
        />
      </label>
      <Problem message={problem} />
      {done && <p role="status">{done}</p>}
      <DialogActions closeAutoFocus={false} />
    </Dialog>
  )
}
