// Exporting notes: what (this article, a tag, everything), as what (Markdown, CSV, W3C
// JSON-LD), Markdown as one file per article or one file, in a flavour (plain Markdown, Obsidian,
// Logseq's outline) through a template the user can edit with a live preview; written into a
// folder (earlier exports there are updated in place) or downloaded as one file.
import { download } from '../api/download'
import { FolderField } from '../ui/FolderField'
import { useEffect, useState } from 'react'
import type { ExportFormat, ExportResult, Input, Settings } from '../../src-shared/api'
import {
  EXPORT_COLOURS,
  FLAVOUR_TEMPLATES,
  TEMPLATE_FIELDS,
  type ExportColours,
  type ExportFlavour,
} from '../../src-shared/export-template'
import { Dialog, DialogActions } from '../ui/Dialog'
import { useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'

export interface ExportScopeChoice {
  articleId?: string | undefined
  articleTitle?: string | undefined
  tag?: string | undefined
  /** The notes the user is looking at (the notebook's filters), when they are not all. */
  ids?: string[] | undefined
}

interface Props {
  scope: ExportScopeChoice
  onClose: () => void
}

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'md', label: 'Markdown', hint: 'for notes apps and papers' },
  { value: 'csv', label: 'CSV', hint: 'for spreadsheets' },
  { value: 'jsonld', label: 'W3C Web Annotations', hint: 'JSON-LD, for other tools and backups' },
]

const FLAVOURS: { value: ExportFlavour; label: string; hint: string }[] = [
  { value: 'markdown', label: 'Markdown', hint: 'for papers and any editor' },
  { value: 'obsidian', label: 'Obsidian', hint: 'block ids, ==highlights==' },
  { value: 'logseq', label: 'Logseq', hint: 'an outline: a block per note, properties' },
]

const COLOUR_LABELS: Record<ExportColours, string> = {
  none: 'Not shown',
  mark: 'As ==highlighted text==',
  property: 'As a property (color:: yellow)',
}

const defaultColours = (flavour: ExportFlavour): ExportColours =>
  flavour === 'obsidian' ? 'mark' : 'none'

export function ExportDialog({ scope, onClose }: Props) {
  const api = useApi()
  const [which, setWhich] = useState<'shown' | 'article' | 'tag' | 'all'>(
    scope.ids ? 'shown' : scope.articleId ? 'article' : scope.tag ? 'tag' : 'all',
  )
  const [format, setFormat] = useState<ExportFormat>('md')
  const [combined, setCombined] = useState(false)
  const [flavour, setFlavour] = useState<ExportFlavour>('markdown')
  const [colours, setColours] = useState<ExportColours | null>(null)
  const [template, setTemplate] = useState(FLAVOUR_TEMPLATES.markdown)
  /** The user's own template, and the flavour it is for. */
  const [saved, setSaved] = useState<{ flavour: ExportFlavour; template: string } | null>(null)
  const [folder, setFolder] = useState('')
  const [preview, setPreview] = useState<{ name: string; content: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ExportResult | null>(null)

  useEffect(() => {
    void api['settings.get']({}).then((r) => {
      if (!r.ok) return
      const s: Settings = r.value
      setFlavour(s.exportFlavour)
      setColours(s.exportColours)
      setTemplate(s.exportTemplate ?? FLAVOUR_TEMPLATES[s.exportFlavour])
      if (s.exportTemplate) setSaved({ flavour: s.exportFlavour, template: s.exportTemplate })
      if (s.exportFolder) setFolder(s.exportFolder)
    })
  }, [api])

  const request = (): Input<'export.render'> => ({
    format,
    combined: format === 'md' ? combined : undefined,
    template: format === 'md' ? template : undefined,
    flavour: format === 'md' ? flavour : undefined,
    colours: format === 'md' ? (colours ?? undefined) : undefined,
    scope:
      which === 'shown'
        ? { ids: scope.ids }
        : which === 'article'
          ? { articleId: scope.articleId }
          : which === 'tag'
            ? { tag: scope.tag }
            : {},
  })
  const key = JSON.stringify(request())

  // The live preview: the first article, re-rendered as the template or the choices change.
  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      void api['export.render']({
        ...(JSON.parse(key) as Input<'export.render'>),
        sample: true,
      }).then((r) => {
        if (!live) return
        if (!r.ok) {
          setProblem(r.error.message)
          return setPreview(null)
        }
        setProblem(null)
        setPreview(r.value[0] ?? null)
      })
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, key])

  const toFolder = async () => {
    setBusy(true)
    setResult(null)
    const r = await api['export.write']({ ...request(), folder })
    setBusy(false)
    if (!r.ok) return setProblem(r.error.message)
    setResult(r.value)
    // The flavour is remembered unless the user's own template is for another one.
    void api['settings.update']({
      exportFolder: folder,
      exportColours: colours,
      ...((!saved || saved.flavour === flavour) && { exportFlavour: flavour }),
    })
  }
  const toDownload = async () => {
    setBusy(true)
    const r = await api['export.render']({
      ...request(),
      combined: format === 'md' ? true : undefined,
    })
    setBusy(false)
    if (!r.ok) return setProblem(r.error.message)
    for (const f of r.value) download(f.name, f.content)
  }
  const builtIn = FLAVOUR_TEMPLATES[flavour]
  const mine = saved?.flavour === flavour ? saved.template : null
  const chooseFlavour = (next: ExportFlavour) => {
    setFlavour(next)
    setTemplate(saved?.flavour === next ? saved.template : FLAVOUR_TEMPLATES[next])
  }
  const saveTemplate = async (value: string | null) => {
    const r = await api['settings.update']({ exportTemplate: value, exportFlavour: flavour })
    if (r.ok) {
      setSaved(value === null ? null : { flavour, template: value })
      if (value === null) setTemplate(builtIn)
    } else setProblem(r.error.message)
  }

  return (
    <Dialog title="Export notes" titleId="export-title" className="export-dialog" onClose={onClose}>
      <div className="export-grid">
        <div className="export-options">
          <fieldset>
            <legend>Notes</legend>
            {scope.ids && (
              <label>
                <input
                  type="radio"
                  name="which"
                  checked={which === 'shown'}
                  onChange={() => setWhich('shown')}
                />
                The {scope.ids.length} {scope.ids.length === 1 ? 'note' : 'notes'} shown
              </label>
            )}
            {scope.articleId && (
              <label>
                <input
                  type="radio"
                  name="which"
                  checked={which === 'article'}
                  onChange={() => setWhich('article')}
                />
                This article{scope.articleTitle ? `: ${scope.articleTitle}` : ''}
              </label>
            )}
            {scope.tag && (
              <label>
                <input
                  type="radio"
                  name="which"
                  checked={which === 'tag'}
                  onChange={() => setWhich('tag')}
                />
                Tagged “{scope.tag}”
              </label>
            )}
            <label>
              <input
                type="radio"
                name="which"
                checked={which === 'all'}
                onChange={() => setWhich('all')}
              />
              Everything
            </label>
          </fieldset>
          <fieldset>
            <legend>Format</legend>
            {FORMATS.map((f) => (
              <label key={f.value}>
                <input
                  type="radio"
                  name="format"
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />
                {f.label} <span className="hint">{f.hint}</span>
              </label>
            ))}
          </fieldset>
          {format === 'md' && (
            <fieldset>
              <legend>For</legend>
              {FLAVOURS.map((f) => (
                <label key={f.value}>
                  <input
                    type="radio"
                    name="flavour"
                    checked={flavour === f.value}
                    onChange={() => chooseFlavour(f.value)}
                  />
                  {f.label} <span className="hint">{f.hint}</span>
                </label>
              ))}
              <label className="export-colours">
                Highlight colours{' '}
                <select
                  value={colours ?? defaultColours(flavour)}
                  onChange={(e) => setColours(e.target.value as ExportColours)}
                >
                  {EXPORT_COLOURS.map((c) => (
                    <option key={c} value={c}>
                      {COLOUR_LABELS[c]}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
          )}
          {format === 'md' && (
            <fieldset>
              <legend>Files</legend>
              <label>
                <input
                  type="radio"
                  name="files"
                  checked={!combined}
                  onChange={() => setCombined(false)}
                />
                One file per article
              </label>
              <label>
                <input
                  type="radio"
                  name="files"
                  checked={combined}
                  onChange={() => setCombined(true)}
                />
                One file for all
              </label>
            </fieldset>
          )}
          <FolderField
            label="Folder"
            value={folder}
            onChange={setFolder}
            placeholder="/home/me/Notes/Scholion"
            title="Export notes into this folder"
          />
          <p className="hint">
            Exporting into the same folder again updates the files in place. Anything you write
            below the marker line at the end of a Markdown file is kept.
          </p>
        </div>
        <div className="export-preview">
          {format === 'md' && (
            <label className="template-field">
              Template <span className="hint">Mustache</span>
              <textarea
                value={template}
                onChange={(e) => setTemplate(e.target.value)}
                rows={10}
                spellCheck={false}
              />
            </label>
          )}
          {format === 'md' && (
            <p className="hint template-help">
              Article: {TEMPLATE_FIELDS.article.join(', ')}. In <code>{'{{#annotations}}'}</code>:{' '}
              {TEMPLATE_FIELDS.annotation.join(', ')}.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void saveTemplate(template)}
                disabled={template === (mine ?? builtIn)}
              >
                Keep as my template
              </button>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void saveTemplate(null)}
                disabled={mine === null && template === builtIn}
              >
                Back to the default
              </button>
            </p>
          )}
          <p className="preview-name">
            {preview ? `Preview: ${preview.name}` : 'Nothing to export.'}
          </p>
          <pre className="preview" aria-label="Export preview" tabIndex={0}>
            {preview?.content ?? ''}
          </pre>
        </div>
      </div>
      <Problem message={problem} />
      {result && (
        <p className="export-result" role="status">
          Exported to {result.folder}: {result.written.length} written, {result.unchanged.length}{' '}
          already up to date
          {result.skipped.length
            ? `, ${result.skipped.length} left alone (${result.skipped[0]!.reason})`
            : ''}
          .
          {result.tagsChanged.length > 0 && (
            <>
              {' '}
              Tags written as Obsidian and Logseq read them:{' '}
              {result.tagsChanged.map((t) => `“${t.from}” → #${t.to}`).join(', ')}.
            </>
          )}
        </p>
      )}
      <DialogActions closeAutoFocus={false}>
        <button type="button" onClick={() => void toDownload()} disabled={busy || !preview}>
          Download
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void toFolder()}
          disabled={busy || !folder.trim() || !preview}
        >
          {busy ? 'Exporting…' : 'Export to folder'}
        </button>
      </DialogActions>
    </Dialog>
  )
}
