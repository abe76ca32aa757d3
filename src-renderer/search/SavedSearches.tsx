// The saved searches, in the library: each with how many articles match it and how many of
// those are new since it was last looked at; choosing one opens the search box on it, with the
// new articles marked. "Edit" lets them be renamed, moved up and down, and deleted. The list is
// read again when the library changes (a sync, an archive update) and when searches change.
import { useEffect, useState } from 'react'
import type { SavedSearchView } from '../../src-shared/api'
import { formatCount } from '../../src-shared/lang'
import { savedSearchesChanged, useApi, useAppState } from '../store/app-state'
import { useT } from '../i18n'

export function SavedSearches({ onRun }: { onRun: (saved: SavedSearchView) => void }) {
  const t = useT()
  const api = useApi()
  const [list, setList] = useState<SavedSearchView[]>([])
  const [editing, setEditing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const libraryVersion = useAppState((s) => s.libraryVersion)
  const version = useAppState((s) => s.savedSearchesVersion)

  useEffect(() => {
    let live = true
    void api['searches.list']({}).then((r) => live && r.ok && setList(r.value))
    return () => {
      live = false
    }
  }, [api, libraryVersion, version])

  if (list.length === 0) return null
  const fresh = list.reduce((n, s) => n + s.fresh, 0)
  const act = async (work: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await work
    setProblem(r.ok ? null : (r.error?.message ?? null))
    savedSearchesChanged()
  }
  return (
    <details className="saved-searches" open>
      <summary>
        {t('saved.title')}{' '}
        {fresh > 0 && <span className="new-badge">{t('saved.new', { count: fresh })}</span>}
      </summary>
      <ul aria-label={t('saved.title')}>
        {list.map((s, i) => (
          <li key={s.id}>
            {editing ? (
              <span className="saved-edit">
                <input
                  aria-label={t('saved.name')}
                  defaultValue={s.name}
                  onBlur={(e) => {
                    const name = e.target.value.trim()
                    if (name && name !== s.name) void act(api['searches.edit']({ id: s.id, name }))
                  }}
                />
                <button
                  type="button"
                  aria-label={t('saved.up', { name: s.name })}
                  disabled={i === 0}
                  onClick={() => void act(api['searches.move']({ id: s.id, to: i - 1 }))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('saved.down', { name: s.name })}
                  disabled={i === list.length - 1}
                  onClick={() => void act(api['searches.move']({ id: s.id, to: i + 1 }))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('saved.delete', { name: s.name })}
                  onClick={() => void act(api['searches.delete']({ id: s.id }))}
                >
                  ×
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="saved-search"
                title={s.query}
                aria-label={t('saved.label', { name: s.name, total: s.total, fresh: s.fresh })}
                onClick={() => onRun(s)}
              >
                <span className="saved-name">{s.name}</span>{' '}
                <span className="count">{formatCount(s.total, t.lang)}</span>
                {s.fresh > 0 && (
                  <span className="new-badge">{t('saved.new', { count: s.fresh })}</span>
                )}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        aria-pressed={editing}
        onClick={() => setEditing((e) => !e)}
      >
        {editing ? t('editor.done') : t('saved.edit')}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </details>
  )
}
