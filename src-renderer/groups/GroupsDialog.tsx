// Study groups: who one is to the others (a name and a colour, chosen on first use), the groups
// one is in with their state (the folder there or missing, changes waiting, files of others that
// could not be read), and creating, joining and leaving one; a group without a common folder
// travels as a pack file, exported and imported here.
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { ApiClient, PackImport } from '../../src-shared/api'
import { MEMBER_COLOURS, type GroupInfo, type Member } from '../../src-shared/group'
import { formatCount } from '../../src-shared/lang'
import { download } from '../api/download'
import { FolderField } from '../ui/FolderField'
import { Dialog, DialogActions } from '../ui/Dialog'
import { groupsChanged, useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'

interface Props {
  onClose: () => void
  /** Called when what is shared may have changed (joined, left, a pack taken in). */
}

const STATUS: Record<GroupInfo['status'], string> = {
  connected: 'Connected',
  missing: 'Folder not found: your changes wait until it is back',
  pack: 'Shared by pack files',
  left: 'Left: a read-only copy is kept',
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
  return (
    <form className="group-identity" onSubmit={(e) => void save(e)}>
      <h3>{first ? 'First, who are you to the group?' : 'You'}</h3>
      <label>
        Name the others see{' '}
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
        <legend>Your colour</legend>
        {MEMBER_COLOURS.map((c) => (
          <label key={c} className="member-colour" style={{ background: c }}>
            <input
              type="radio"
              name="member-colour"
              value={c}
              checked={colour === c}
              aria-label={`Colour ${c}`}
              onChange={() => {
                setColour(c)
                setSaved(false)
              }}
            />
          </label>
        ))}
      </fieldset>
      <button type="submit">{first ? 'Save' : 'Save changes'}</button>
      {saved && <span role="status"> Saved ✓</span>}
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
  const whose = (id: string | null) => {
    const name = group.members.find((m) => m.id === id)?.name
    return name ? `${name}’s file` : 'A member’s file'
  }
  return (
    <li className={`group-card group-${group.status}`} data-group-id={group.id}>
      <h3>{group.name}</h3>
      <p className="group-status">
        {STATUS[group.status]}
        {group.pending > 0 &&
          group.status !== 'missing' &&
          ` · ${group.pending} waiting to be written`}
        {group.status === 'missing' &&
          ` (${formatCount(group.pending)} ${group.pending === 1 ? 'article' : 'articles'} waiting)`}
      </p>
      {group.folder && <p className="hint group-folder">{group.folder}</p>}
      <ul className="group-members" aria-label={`Members of ${group.name}`}>
        {group.members.map((m) => (
          <li key={m.id}>
            <span className="member-dot" style={{ background: m.colour }} aria-hidden="true" />
            {m.me ? `${m.name || 'You'} (you)` : m.name || 'Unnamed member'}{' '}
            <span className="hint">
              {formatCount(m.annotations)} {m.annotations === 1 ? 'annotation' : 'annotations'}
            </span>
          </li>
        ))}
      </ul>
      {group.warnings.length > 0 && (
        <details className="group-warnings" open>
          <summary role="alert">
            {group.warnings.length === 1
              ? 'A file from another member could not be read'
              : `${group.warnings.length} files from other members could not be read`}
            ; the last good copy is shown.
          </summary>
          <ul>
            {group.warnings.map((w) => (
              <li key={w.file}>
                <strong>{whose(w.member)}</strong> {w.file.split('/').pop()}: {w.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="group-actions">
        <button type="button" onClick={onExport}>
          Export group pack
        </button>
        {group.status !== 'left' && (
          <button type="button" onClick={onLeave}>
            Leave…
          </button>
        )}
      </div>
    </li>
  )
}

export function GroupsDialog({ onClose }: Props) {
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
    after(r, r.ok ? `Created “${r.value.name}”. Share the folder with the group.` : '')
  }
  const join = async (e: FormEvent) => {
    e.preventDefault()
    const r = await api['groups.join']({ folder })
    after(r, r.ok ? `Joined “${r.value.name}”.` : '')
  }
  const leave = async (g: GroupInfo) => {
    if (!window.confirm(`Leave “${g.name}”? You keep a read-only copy of what was shared.`)) return
    after(await api['groups.leave']({ groupId: g.id }), `Left “${g.name}”.`)
  }
  const exportPack = async (g: GroupInfo) => {
    const r = await api['groups.exportPack']({ groupId: g.id })
    if (!r.ok) return setProblem(r.error.message)
    download(r.value.name, r.value.content)
    setDone(`Saved ${r.value.name}.`)
  }
  const importPack = async (file: File | undefined) => {
    if (!file) return
    const r = await api['groups.importPack']({ content: await file.text() })
    const summary = (p: PackImport) =>
      `Took in “${p.group.name}”: ${formatCount(p.annotations)} annotations and ${formatCount(p.replies)} replies from ${formatCount(p.members)} members` +
      (p.skippedCount ? `; ${p.skippedCount} items skipped (${p.skipped[0]})` : '') +
      '.'
    after(r, r.ok ? summary(r.value) : '')
  }

  const needsIdentity = !me || !me.name || !me.colour
  return (
    <Dialog title="Study groups" titleId="groups-title" className="groups-dialog" onClose={onClose}>
      <p className="hint">
        Annotate the same texts together without a server: a group is a folder you already share
        (Syncthing, Nextcloud, Dropbox, a network drive, a USB stick). Each member writes only files
        of their own in it.
      </p>
      {me && <Identity api={api} me={me} onSaved={load} />}
      {groups && groups.length > 0 && (
        <ul className="group-list" aria-label="Your groups">
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
      {groups && groups.length === 0 && <p>You are not in a group yet.</p>}
      <form className="group-join" onSubmit={(e) => void join(e)}>
        <h3>Create or join a group</h3>
        <FolderField
          label="Shared folder"
          value={folder}
          onChange={setFolder}
          placeholder="/home/you/Sync/reading-group"
          title="The folder your group shares"
          required
        />
        <div className="group-join-actions">
          <button type="submit" disabled={needsIdentity || !folder.trim()}>
            Join the group in this folder
          </button>
          <span className="hint">or</span>
          <input
            aria-label="New group name"
            placeholder="Name of a new group"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="button"
            disabled={needsIdentity || !folder.trim() || !name.trim()}
            onClick={() => void create()}
          >
            Create group here
          </button>
        </div>
        {needsIdentity && <p className="hint">Save your name and colour first.</p>}
      </form>
      <label className="pack-import">
        Import a group pack{' '}
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
