// Exporting notes: what (this article, a tag, everything), as what (Markdown, CSV, W3C
// JSON-LD), Markdown as one file per article or one file, in a flavour (plain Markdown, Obsidian,
// Logseq's outline) through a template the user can edit with a live preview; written into a
// folder (earlier exports there are updated in place) or downloaded as one file.
import { download } from '../api/download'
import { FolderField } from '../ui/FolderField'
import { useEffect, useState, type ReactNode } from 'react'
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
import type { MessageKey } from '../../src-shared/i18n/translate'
import { useT } from '../i18n'

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

const FORMATS: { value: ExportFormat; label: string; hint: MessageKey }[] = [
  { value: 'md', label: 'Markdown', hint: 'export.mdHint' },
  { value: 'csv', label: 'CSV', hint: 'export.csvHint' },
  { value: 'jsonld', label: 'W3C Web Annotations', hint: 'export.jsonldHint' },
]

const FLAVOURS: { value: ExportFlavour; label: string; hint: MessageKey }[] = [
  { value: 'markdown', label: 'Markdown', hint: 'export.markdownHint' },
  { value: 'obsidian', label: 'Obsidian', hint: 'export.obsidianHint' },
  { value: 'logseq', label: 'Logseq', hint: 'export.logseqHint' },
]

const COLOUR_LABELS: Record<ExportColours, MessageKey> = {
  none: 'export.coloursNone',
  mark: 'export.coloursMark',
  property: 'export.coloursProperty',
}

const defaultColours = (flavour: ExportFlavour): ExportColours =>
  flavour === 'obsidian' ? 'mark' : 'none'

export function ExportDialog({ scope, onClose }: Props) {
  const t = useT()
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
    language: t.lang,
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
    <Dialog
      title={t('export.title')}
      titleId="export-title"
      className="export-dialog"
      onClose={onClose}
    >
      <div className="export-grid">
        <div className="export-options">
          <fieldset>
            <legend>{t('notes.title')}</legend>
            {scope.ids && (
              <label>
                <input
                  type="radio"
                  name="which"
                  checked={which === 'shown'}
                  onChange={() => setWhich('shown')}
                />
                {t('export.shown', { count: scope.ids.length })}
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
                {scope.articleTitle
                  ? t('export.thisArticleTitled', { title: scope.articleTitle })
                  : t('export.thisArticle')}
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
                {t('export.tagged', { tag: scope.tag })}
              </label>
            )}
            <label>
              <input
                type="radio"
                name="which"
                checked={which === 'all'}
                onChange={() => setWhich('all')}
              />
              {t('export.everything')}
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('export.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f.value}>
                <input
                  type="radio"
                  name="format"
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />
                {f.label} <span className="hint">{t(f.hint)}</span>
              </label>
            ))}
          </fieldset>
          {format === 'md' && (
            <fieldset>
              <legend>{t('export.for')}</legend>
              {FLAVOURS.map((f) => (
                <label key={f.value}>
                  <input
                    type="radio"
                    name="flavour"
                    checked={flavour === f.value}
                    onChange={() => chooseFlavour(f.value)}
                  />
                  {f.label} <span className="hint">{t(f.hint)}</span>
                </label>
              ))}
              <label className="export-colours">
                {t('export.colours')}{' '}
                <select
                  value={colours ?? defaultColours(flavour)}
                  onChange={(e) => setColours(e.target.value as ExportColours)}
                >
                  {EXPORT_COLOURS.map((c) => (
                    <option key={c} value={c}>
                      {t(COLOUR_LABELS[c])}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
          )}
          {format === 'md' && (
            <fieldset>
              <legend>{t('addFiles.files')}</legend>
              <label>
                <input
                  type="radio"
                  name="files"
                  checked={!combined}
                  onChange={() => setCombined(false)}
                />
                {t('export.perArticle')}
              </label>
              <label>
                <input
                  type="radio"
                  name="files"
                  checked={combined}
                  onChange={() => setCombined(true)}
                />
                {t('export.combined')}
              </label>
            </fieldset>
          )}
          <FolderField
            label={t('export.folder')}
            value={folder}
            onChange={setFolder}
            placeholder="/home/me/Notes/Scholion"
            title={t('export.folderHint')}
          />
          <p className="hint">{t('export.again')}</p>
        </div>
        <div className="export-preview">
          {format === 'md' && (
            <label className="template-field">
              {t('export.template')} <span className="hint">Mustache</span>
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
              {t.rich<ReactNode>('export.fields', {
                article: TEMPLATE_FIELDS.article.join(', '),
                annotation: TEMPLATE_FIELDS.annotation.join(', '),
                section: '{{#annotations}}',
                code: (chunks) => <code key="code">{chunks}</code>,
              })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void saveTemplate(template)}
                disabled={template === (mine ?? builtIn)}
              >
                {t('export.keepTemplate')}
              </button>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void saveTemplate(null)}
                disabled={mine === null && template === builtIn}
              >
                {t('export.defaultTemplate')}
              </button>
            </p>
          )}
          <p className="preview-name">
            {preview ? t('export.previewOf', { file: preview.name }) : t('export.nothing')}
          </p>
          <pre className="preview" aria-label={t('export.preview')} tabIndex={0}>
            {preview?.content ?? ''}
          </pre>
        </div>
      </div>
      <Problem message={problem} />
      {result && (
        <p className="export-result" role="status">
          {result.skipped.length
            ? t('export.doneSkipped', {
                folder: result.folder,
                written: result.written.length,
                unchanged: result.unchanged.length,
                skipped: result.skipped.length,
                reason: result.skipped[0]!.reason,
              })
            : t('export.done', {
                folder: result.folder,
                written: result.written.length,
                unchanged: result.unchanged.length,
              })}
          {result.tagsChanged.length > 0 &&
            ` ${t('export.tagsChanged', {
              tags: new Intl.ListFormat(t.lang).format(
                result.tagsChanged.map((c) => `“${c.from}” → #${c.to}`),
              ),
            })}`}
        </p>
      )}
      <DialogActions closeAutoFocus={false}>
        <button type="button" onClick={() => void toDownload()} disabled={busy || !preview}>
          {t('export.download')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void toFolder()}
          disabled={busy || !folder.trim() || !preview}
        >
          {busy ? t('export.exporting') : t('export.toFolder')}
        </button>
      </DialogActions>
    </Dialog>
  )
}
