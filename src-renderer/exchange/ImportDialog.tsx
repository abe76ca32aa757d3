// Importing annotations (W3C Web Annotations, ours or another tool's, or a Hypothesis export):
// choose a file, see what it would change, then import all of it, or nothing if it cannot be read.
import { useEffect, useRef, useState } from 'react'
import type { ImportSummary } from '../../src-shared/api'
import type { OpenedFile } from '../../src-shared/bridge'
import { Dialog, DialogActions } from '../ui/Dialog'
import { useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'

interface Props {
  /** A file opened with the app, to preview at once. */
  initial?: OpenedFile | null
  onClose: () => void
  /** Called after an import that changed something. */
  onImported: () => void
}

const FORMAT_NAMES: Record<ImportSummary['format'], string> = {
  scholion: 'Scholion (W3C Web Annotations)',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
}

function Summary({ s, done }: { s: ImportSummary; done: boolean }) {
  const verb = done ? '' : 'would be '
  return (
    <div className="import-summary" role="status">
      <p>
        {FORMAT_NAMES[s.format]}: {s.added} {verb}added, {s.updated} {verb}updated, {s.deleted}{' '}
        {verb}deleted, {s.unchanged} unchanged, {s.skippedCount} skipped.
      </p>
      {s.changes.length > 0 && (
        <ul className="import-changes">
          {s.changes.slice(0, 8).map((c) => (
            <li key={`${c.kind}-${c.id}`}>
              <span className={`change-${c.kind}`}>{c.kind}</span> “{c.quote.slice(0, 90)}”
            </li>
          ))}
        </ul>
      )}
      {s.skipped.length > 0 && (
        <details>
          <summary>Skipped ({s.skippedCount})</summary>
          <ul>
            {s.skipped.slice(0, 50).map((k, i) => (
              <li key={i}>
                {k.id ?? `Item ${k.item}`}: {k.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

export function ImportDialog({ initial, onClose, onImported }: Props) {
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
    setBusy('Reading…')
    const r = await api['import.preview']({ content: text })
    setBusy(null)
    if (r.ok) setPreview(r.value)
    else setProblem(r.error.message)
  }

  const apply = async () => {
    if (content === null) return
    setBusy('Importing…')
    const r = await api['import.apply']({ content })
    setBusy(null)
    if (!r.ok) return setProblem(r.error.message)
    setDone(r.value)
    setPreview(null)
    if (r.value.added + r.value.updated + r.value.deleted > 0) onImported()
  }

  const changes = preview ? preview.added + preview.updated + preview.deleted : 0
  return (
    <Dialog title="Import annotations" titleId="import-title" onClose={onClose}>
      <p className="hint">
        W3C Web Annotations (JSON-LD) from Scholion or another tool, or a Hypothesis export. Nothing
        changes until you confirm; annotations are merged by id, and the newer version wins.
      </p>
      <label className="file-field">
        File
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
      <DialogActions closeLabel={done ? 'Done' : 'Cancel'} closeAutoFocus={false}>
        <button
          type="button"
          className="primary"
          onClick={() => void apply()}
          disabled={busy !== null || !preview || changes === 0}
        >
          Import
        </button>
      </DialogActions>
    </Dialog>
  )
}
