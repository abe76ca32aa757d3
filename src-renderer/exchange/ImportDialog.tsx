// Importing annotations (W3C Web Annotations, ours or another tool's, or a Hypothesis export):
// choose a file, see what it would change, then import all of it, or nothing if it cannot be read.
import { useEffect, useRef, useState } from 'react'
import type { ImportSummary } from '../../src-shared/api'
import type { OpenedFile } from '../../src-shared/bridge'
import { Dialog, DialogActions } from '../ui/Dialog'
import { useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { useT } from '../i18n'

interface Props {
  /** A file opened with the app, to preview at once. */
  initial?: OpenedFile | null
  onClose: () => void
  /** Called after an import that changed something. */
  onImported: () => void
}

const FORMAT_NAMES: Record<ImportSummary['format'], MessageKey> = {
  scholion: 'import.formatScholion',
  w3c: 'import.formatW3c',
  hypothesis: 'import.formatHypothesis',
}

function Summary({ s, done }: { s: ImportSummary; done: boolean }) {
  const t = useT()
  const counts = {
    format: t(FORMAT_NAMES[s.format]),
    added: s.added,
    updated: s.updated,
    deleted: s.deleted,
    unchanged: s.unchanged,
    skipped: s.skippedCount,
  }
  return (
    <div className="import-summary" role="status">
      <p>{done ? t('import.done', counts) : t('import.preview', counts)}</p>
      {s.changes.length > 0 && (
        <ul className="import-changes">
          {s.changes.slice(0, 8).map((c) => (
            <li key={`${c.kind}-${c.id}`}>
              <span className={`change-${c.kind}`}>{t('import.change', { kind: c.kind })}</span> “
              {c.quote.slice(0, 90)}”
            </li>
          ))}
        </ul>
      )}
      {s.skipped.length > 0 && (
        <details>
          <summary>{t('import.skipped', { count: s.skippedCount })}</summary>
          <ul>
            {s.skipped.slice(0, 50).map((k, i) => (
              <li key={i}>
                {k.id ?? t('import.item', { n: k.item ?? 0 })}: {t.message(k.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

export function ImportDialog({ initial, onClose, onImported }: Props) {
  const t = useT()
  const api = useApi()
  const [content, setContent] = useState<string | null>(null)
  const [preview, setPreview] = useState<ImportSummary | null>(null)
  const [done, setDone] = useState<ImportSummary | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const opened = useRef<OpenedFile | null>(null)
  useEffect(() => {
    if (!initial || opened.current === initial) return
    opened.current = initial
    if (initial.problem) setProblem(initial.problem)
    else void previewText(initial.content)
  }, [initial])

  const choose = async (file: File | undefined) => {
    setPreview(null)
    setDone(null)
    setProblem(null)
    if (!file) return
    await previewText(await file.text())
  }

  const previewText = async (text: string) => {
    setContent(text)
    setBusy(t('import.reading'))
    const r = await api['import.preview']({ content: text })
    setBusy(null)
    if (r.ok) setPreview(r.value)
    else setProblem(r.error.message)
  }

  const apply = async () => {
    if (content === null) return
    setBusy(t('import.importing'))
    const r = await api['import.apply']({ content })
    setBusy(null)
    if (!r.ok) return setProblem(r.error.message)
    setDone(r.value)
    setPreview(null)
    if (r.value.added + r.value.updated + r.value.deleted > 0) onImported()
  }

  const changes = preview ? preview.added + preview.updated + preview.deleted : 0
  return (
    <Dialog title={t('import.title')} titleId="import-title" onClose={onClose}>
      <p className="hint">{t('import.intro')}</p>
      <label className="file-field">
        {t('import.file')}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {busy && <p role="status">{busy}</p>}
      <Problem message={problem} />
      {preview && <Summary s={preview} done={false} />}
      {done && <Summary s={done} done />}
      <DialogActions
        closeLabel={done ? t('editor.done') : t('linkConfirm.cancel')}
        closeAutoFocus={false}
      >
        <button
          type="button"
          className="primary"
          onClick={() => void apply()}
          disabled={busy !== null || !preview || changes === 0}
        >
          {t('import.apply')}
        </button>
      </DialogActions>
    </Dialog>
  )
}
