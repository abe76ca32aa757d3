// Sync: the sources (the site in each language, and feeds, sitemaps or pages the user adds),
// each on or off, and "Sync now" with what each source brought, what it already had, and
// what failed and why. Offline is a normal state: it is said quietly, never as an error.
import { useEffect, useState, type FormEvent } from 'react'
import type { SyncProgress, SyncReport, SyncSource } from '../../src-shared/api'
import { formatCount } from '../../src-shared/lang'
import { ArticleLinks } from '../ui/ArticleLinks'
import { Dialog, DialogActions } from '../ui/Dialog'
import { libraryChanged, useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'

interface Props {
  onClose: () => void
  /** Called after a sync that added articles, so the library shows them. */
  onOpen: (id: string) => void
}

type Editable = Omit<SyncSource, 'builtIn' | 'last'>
const editable = ({ builtIn: _builtIn, last: _last, ...rest }: SyncSource): Editable => rest

const INTERVALS = [
  { minutes: 60, label: 'every hour' },
  { minutes: 360, label: 'every 6 hours' },
  { minutes: 720, label: 'every 12 hours' },
  { minutes: 1440, label: 'every day' },
  { minutes: 10_080, label: 'every week' },
]

/** What a source's last run brought, in a few words. */
function lastLine(s: SyncSource): string {
  const last = s.last
  if (!last) return 'Not synced yet.'
  const when = new Date(last.finished).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  if (last.error) return `${when}: could not be read (${last.error})`
  const parts = [`${formatCount(last.added)} new`]
  if (last.updated) parts.push(`${formatCount(last.updated)} updated`)
  if (last.failed) parts.push(`${formatCount(last.failed)} failed`)
  return `${when}: ${parts.join(', ')}`
}

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])
  return online
}

interface Fields {
  name: string
  url: string
  pattern: string
}

/** A source's name, address and article pattern: for adding one and for editing one. */
function SourceFields({
  value,
  onChange,
}: {
  value: Fields
  onChange: (patch: Partial<Fields>) => void
}) {
  return (
    <>
      <input
        aria-label="Source name"
        placeholder="Name"
        value={value.name}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <input
        aria-label="Feed, sitemap or page address"
        placeholder="https://… (feed, sitemap or page)"
        type="url"
        required
        value={value.url}
        onChange={(e) => onChange({ url: e.target.value })}
      />
      <input
        aria-label="Article address pattern"
        placeholder="Pattern of article addresses (for a page)"
        value={value.pattern}
        onChange={(e) => onChange({ pattern: e.target.value })}
      />
    </>
  )
}

export function SyncDialog({ onClose, onOpen }: Props) {
  const api = useApi()
  const [sources, setSources] = useState<SyncSource[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [running, setRunning] = useState(false)
  const [report, setReport] = useState<SyncReport | null>(null)
  const [draft, setDraft] = useState({ name: '', url: '', pattern: '' })
  const [full, setFull] = useState(false)
  const [editing, setEditing] = useState<Editable | null>(null)
  const [progress, setProgress] = useState<SyncProgress | null>(null)

  // While a sync runs, where it is, source by source.
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => {
      void api['sync.progress']({}).then((r) => r.ok && setProgress(r.value))
    }, 400)
    return () => {
      clearInterval(timer)
      setProgress(null)
    }
  }, [api, running])
  const online = useOnline()

  useEffect(() => {
    void api['sync.sources']({}).then((r) =>
      r.ok ? setSources(r.value) : setProblem(r.error.message),
    )
  }, [api])

  const save = async (next: Editable[]) => {
    const r = await api['sync.saveSources']({ sources: next })
    if (r.ok) {
      setSources(r.value)
      setProblem(null)
    } else setProblem(r.error.message)
    return r.ok
  }
  const toggle = (id: string, enabled: boolean) => {
    if (!sources) return
    // Shown at once; a save that fails puts the box back and says why.
    const next = sources.map((s) => (s.id === id ? { ...s, enabled } : s))
    setSources(next)
    void save(next.map(editable)).then((saved) => !saved && setSources(sources))
  }
  const remove = (id: string) =>
    sources && void save(sources.filter((s) => s.id !== id).map(editable))
  const change = (id: string, patch: Partial<Editable>) =>
    sources && save(sources.map((s) => (s.id === id ? { ...editable(s), ...patch } : editable(s))))
  const saveEdit = async (e: FormEvent) => {
    e.preventDefault()
    if (editing && (await change(editing.id, editing))) setEditing(null)
  }
  const add = async (e: FormEvent) => {
    e.preventDefault()
    if (!sources) return
    const source: Editable = {
      id: `user-${Date.now().toString(36)}`,
      name: draft.name.trim() || draft.url.trim(),
      url: draft.url.trim(),
      pattern: draft.pattern.trim() || null,
      enabled: true,
      intervalMinutes: 360,
    }
    if (await save([...sources.map(editable), source])) setDraft({ name: '', url: '', pattern: '' })
  }
  const run = async () => {
    setRunning(true)
    setReport(null)
    const r = await api['sync.run'](full ? { full: true } : {})
    setRunning(false)
    if (!r.ok) return setProblem(r.error.message)
    setReport(r.value)
    // Each source's last result, as the list shows it.
    void api['sync.sources']({}).then((list) => list.ok && setSources(list.value))
    if (r.value.sources.some((s) => s.added.length > 0 || s.updated.length > 0)) libraryChanged()
  }

  const enabled = sources?.filter((s) => s.enabled).length ?? 0
  return (
    <Dialog
      title="Sync new articles"
      titleId="sync-title"
      className="sync-dialog"
      onClose={onClose}
    >
      <p className="hint">
        New articles from these sources join your library. An article that changed on the site gets
        a new version, and the earlier one is kept. Nothing is ever removed.
      </p>
      {!online && (
        <p className="sync-offline" role="status">
          You are offline. Sync works again when you are back online.
        </p>
      )}
      {sources && (
        <ul className="sync-sources" aria-label="Sources">
          {sources.map((s) => (
            <li key={s.id} className={s.last?.error ? 'sync-source has-error' : 'sync-source'}>
              <label>
                <input
                  type="checkbox"
                  checked={s.enabled}
                  onChange={(e) => toggle(s.id, e.target.checked)}
                />{' '}
                {s.name}
              </label>{' '}
              <span className="hint">{s.url}</span>{' '}
              <select
                aria-label={`How often to sync ${s.name}`}
                value={s.intervalMinutes}
                onChange={(e) => void change(s.id, { intervalMinutes: Number(e.target.value) })}
              >
                {[
                  ...INTERVALS,
                  ...(INTERVALS.some((i) => i.minutes === s.intervalMinutes)
                    ? []
                    : [
                        { minutes: s.intervalMinutes, label: `every ${s.intervalMinutes} minutes` },
                      ]),
                ].map((i) => (
                  <option key={i.minutes} value={i.minutes}>
                    {i.label}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="link-button"
                onClick={() => setEditing(editable(s))}
                aria-label={`Edit ${s.name}`}
              >
                Edit
              </button>
              {!s.builtIn && (
                <>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => remove(s.id)}
                    aria-label={`Remove ${s.name}`}
                  >
                    Remove
                  </button>
                </>
              )}
              <p className="sync-last">{lastLine(s)}</p>
              {editing?.id === s.id && (
                <form className="sync-add" onSubmit={(e) => void saveEdit(e)}>
                  <SourceFields
                    value={{ ...editing, pattern: editing.pattern ?? '' }}
                    onChange={(patch) =>
                      setEditing({
                        ...editing,
                        ...patch,
                        ...(patch.pattern !== undefined ? { pattern: patch.pattern || null } : {}),
                      })
                    }
                  />
                  <span>
                    <button type="submit">Save</button>{' '}
                    <button type="button" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </span>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="sync-add" onSubmit={(e) => void add(e)}>
        <SourceFields value={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
        <button type="submit">Add source</button>
      </form>
      <Problem message={problem} />
      {running && (
        <div role="status" className="sync-progress">
          <p>
            Syncing {formatCount(enabled)} {enabled === 1 ? 'source' : 'sources'}…
          </p>
          {progress?.sources.map((p) => (
            <p key={p.id} className={`sync-step sync-${p.state}`}>
              <span>{p.name}</span> {p.state === 'waiting' && <span className="hint">waiting</span>}
              {p.state === 'listing' && <span className="hint">reading its list…</span>}
              {p.state === 'fetching' && (
                <>
                  <progress
                    max={p.total || 1}
                    value={p.done}
                    aria-label={`${p.name}: ${p.done} of ${p.total} pages`}
                  />{' '}
                  <span className="hint">
                    {formatCount(p.done)} of {formatCount(p.total)}
                  </span>
                </>
              )}
              {p.state === 'done' && (
                <span className="hint">
                  {p.error
                    ? 'could not be read'
                    : `done: ${formatCount(p.added ?? 0)} new${p.updated ? `, ${formatCount(p.updated)} updated` : ''}${p.failed ? `, ${formatCount(p.failed)} failed` : ''}`}
                </span>
              )}
            </p>
          ))}
        </div>
      )}
      {report && (
        <div className="sync-report" role="status">
          {report.sources.length === 0 && <p>No source is on.</p>}
          {report.sources.map((s) => (
            <div key={s.id}>
              <p>
                <strong>{s.name}</strong>:{' '}
                {s.error
                  ? `could not be read (${s.error})`
                  : `${formatCount(s.added.length)} new, ${s.updated.length ? `${formatCount(s.updated.length)} updated, ` : ''}${formatCount(s.known)} already here${s.failed.length ? `, ${formatCount(s.failed.length)} failed` : ''}${s.unchanged ? ' (not changed since the last sync)' : ''}.`}
              </p>
              <ArticleLinks items={[...s.added, ...s.updated]} onOpen={onOpen} closesDialog />
              {s.failed.length > 0 && (
                <ul className="skipped-files">
                  {s.failed.map((f) => (
                    <li key={f.url}>
                      {f.url}: {f.reason}
                      {f.alsoIn?.length ? ` (also named by ${f.alsoIn.join(', ')})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      <DialogActions closeAutoFocus={false}>
        <label className="hint" title="For a site that wrongly says nothing changed">
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} /> Ask
          for everything again
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={running || !online || enabled === 0}
        >
          Sync now
        </button>
      </DialogActions>
    </Dialog>
  )
}
