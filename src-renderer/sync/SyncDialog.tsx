// Sync: the sources (the site in each language, and feeds, sitemaps or pages the user adds),
// each on or off, and "Sync now" with what each source brought, what it already had, and
// what failed and why. Offline is a normal state: it is said quietly, never as an error.
import { useEffect, useState, type FormEvent } from 'react'
import type { SyncProgress, SyncReport, SyncSource } from '../../src-shared/api'
import { ArticleLinks } from '../ui/ArticleLinks'
import { Dialog, DialogActions } from '../ui/Dialog'
import { libraryChanged, useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'
import type { Translate } from '../../src-shared/i18n/translate'
import { useT } from '../i18n'

interface Props {
  onClose: () => void
  /** Called after a sync that added articles, so the library shows them. */
  onOpen: (id: string) => void
}

type Editable = Omit<SyncSource, 'builtIn' | 'last'>
const editable = ({ builtIn: _builtIn, last: _last, ...rest }: SyncSource): Editable => rest

const INTERVALS = [60, 360, 720, 1440, 10_080]

/** Counts of what a sync did ("2 new, 1 updated, 1 failed"), as a list in the language. */
function counts(
  t: Translate,
  c: { added: number; updated?: number; known?: number; failed?: number },
): string {
  const parts = [t('sync.partNew', { count: c.added })]
  if (c.updated) parts.push(t('sync.partUpdated', { count: c.updated }))
  if (c.known !== undefined) parts.push(t('sync.partKnown', { count: c.known }))
  if (c.failed) parts.push(t('sync.partFailed', { count: c.failed }))
  return new Intl.ListFormat(t.lang, { type: 'unit', style: 'short' }).format(parts)
}

/** What a source's last run brought, in a few words. */
function lastLine(s: SyncSource, t: Translate): string {
  const last = s.last
  if (!last) return t('sync.never')
  const when = new Date(last.finished)
  if (last.error) return t('sync.lastFailed', { when, reason: last.error })
  return t('sync.last', {
    when,
    counts: counts(t, { added: last.added, updated: last.updated, failed: last.failed }),
  })
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
  const t = useT()
  return (
    <>
      <input
        aria-label={t('sync.sourceName')}
        placeholder={t('sync.sourceNamePlaceholder')}
        value={value.name}
        onChange={(e) => onChange({ name: e.target.value })}
      />
      <input
        aria-label={t('sync.sourceAddress')}
        placeholder={t('sync.sourceAddressPlaceholder')}
        type="url"
        required
        value={value.url}
        onChange={(e) => onChange({ url: e.target.value })}
      />
      <input
        aria-label={t('sync.sourcePattern')}
        placeholder={t('sync.sourcePatternPlaceholder')}
        value={value.pattern}
        onChange={(e) => onChange({ pattern: e.target.value })}
      />
    </>
  )
}

export function SyncDialog({ onClose, onOpen }: Props) {
  const t = useT()
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
    <Dialog title={t('sync.title')} titleId="sync-title" className="sync-dialog" onClose={onClose}>
      <p className="hint">{t('sync.intro')}</p>
      {!online && (
        <p className="sync-offline" role="status">
          {t('sync.offline')}
        </p>
      )}
      {sources && (
        <ul className="sync-sources" aria-label={t('sync.sources')}>
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
                aria-label={t('sync.howOften', { source: s.name })}
                value={s.intervalMinutes}
                onChange={(e) => void change(s.id, { intervalMinutes: Number(e.target.value) })}
              >
                {[
                  ...INTERVALS,
                  ...(INTERVALS.includes(s.intervalMinutes) ? [] : [s.intervalMinutes]),
                ].map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {minutes % 1440 === 0
                      ? t('sync.everyDays', { count: minutes / 1440 })
                      : minutes % 60 === 0
                        ? t('sync.everyHours', { count: minutes / 60 })
                        : t('sync.everyMinutes', { count: minutes })}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="link-button"
                onClick={() => setEditing(editable(s))}
                aria-label={t('sync.edit', { source: s.name })}
              >
                {t('replies.editAction')}
              </button>
              {!s.builtIn && (
                <>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => remove(s.id)}
                    aria-label={t('sync.remove', { source: s.name })}
                  >
                    {t('sync.removeAction')}
                  </button>
                </>
              )}
              <p className="sync-last">{lastLine(s, t)}</p>
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
                    <button type="submit">{t('replies.save')}</button>{' '}
                    <button type="button" onClick={() => setEditing(null)}>
                      {t('linkConfirm.cancel')}
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
        <button type="submit">{t('sync.addSource')}</button>
      </form>
      <Problem message={problem} />
      {running && (
        <div role="status" className="sync-progress">
          <p>{t('sync.syncing', { count: enabled })}</p>
          {progress?.sources.map((p) => (
            <p key={p.id} className={`sync-step sync-${p.state}`}>
              <span>{p.name}</span>{' '}
              {p.state === 'waiting' && <span className="hint">{t('sync.waiting')}</span>}
              {p.state === 'listing' && <span className="hint">{t('sync.listing')}</span>}
              {p.state === 'fetching' && (
                <>
                  <progress
                    max={p.total || 1}
                    value={p.done}
                    aria-label={t('sync.pages', { source: p.name, done: p.done, total: p.total })}
                  />{' '}
                  <span className="hint">
                    {t('find.position', { current: p.done, count: p.total })}
                  </span>
                </>
              )}
              {p.state === 'done' && (
                <span className="hint">
                  {p.error
                    ? t('sync.unreadable')
                    : t('sync.done', {
                        counts: counts(t, {
                          added: p.added ?? 0,
                          updated: p.updated ?? 0,
                          failed: p.failed ?? 0,
                        }),
                      })}
                </span>
              )}
            </p>
          ))}
        </div>
      )}
      {report && (
        <div className="sync-report" role="status">
          {report.sources.length === 0 && <p>{t('sync.noneOn')}</p>}
          {report.sources.map((s) => (
            <div key={s.id}>
              <p>
                <strong>{s.name}</strong>:{' '}
                {s.error
                  ? t('sync.unreadableBecause', { reason: s.error })
                  : t(s.unchanged ? 'sync.reportUnchanged' : 'sync.report', {
                      counts: counts(t, {
                        added: s.added.length,
                        updated: s.updated.length,
                        known: s.known,
                        failed: s.failed.length,
                      }),
                    })}
              </p>
              <ArticleLinks items={[...s.added, ...s.updated]} onOpen={onOpen} closesDialog />
              {s.failed.length > 0 && (
                <ul className="skipped-files">
                  {s.failed.map((f) => (
                    <li key={f.url}>
                      {f.url}: {t.message(f.reason)}
                      {f.alsoIn?.length
                        ? ` ${t('sync.alsoIn', { sources: new Intl.ListFormat(t.lang).format(f.alsoIn) })}`
                        : ''}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      <DialogActions closeAutoFocus={false}>
        <label className="hint" title={t('sync.fullHint')}>
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />{' '}
          {t('sync.full')}
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={running || !online || enabled === 0}
        >
          {t('sync.now')}
        </button>
      </DialogActions>
    </Dialog>
  )
}
