// Adding the user's own files to the library (saved web pages, Markdown, plain text): chosen
// here, by the File menu, or dropped on the window. Shows progress, then what was added (each
// can be opened) and what was skipped, with the reason.
import { useEffect, useRef, useState } from 'react'
import type { AddFilesReport } from '../../src-shared/api'
import type { Translate } from '../../src-shared/i18n/translate'
import { formatDate, languageName } from '../../src-shared/lang'
import { ACCEPTED_FILES, addFilesToLibrary, type FileLike } from './add-files'
import { ArticleLinks } from '../ui/ArticleLinks'
import { Dialog, DialogActions } from '../ui/Dialog'
import { libraryChanged, useApi } from '../store/app-state'
import { useT } from '../i18n'

interface Props {
  /** Files dropped on the window, to add at once. */
  dropped: readonly FileLike[] | null
  onClose: () => void
  onOpen: (id: string) => void
}

/** What the import found in a file: its name, language, date, author and section. */
function addedDetail(a: AddFilesReport['added'][number], t: Translate): string {
  const language = languageName(a.lang, t.lang)
  return [
    a.file,
    a.langGuessed ? t('addFiles.guessed', { language }) : language,
    formatDate(a.date, t.lang) ?? t('addFiles.noDate'),
    a.author,
    a.section,
  ]
    .filter(Boolean)
    .join(' · ')
}

export function AddFilesDialog({ dropped, onClose, onOpen }: Props) {
  const t = useT()
  const api = useApi()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [report, setReport] = useState<AddFilesReport | null>(null)

  const add = async (files: readonly FileLike[]) => {
    if (files.length === 0) return
    setReport(null)
    setProgress({ done: 0, total: files.length })
    const result = await addFilesToLibrary(api, files, (done, total) =>
      setProgress({ done, total }),
    )
    setProgress(null)
    setReport(result)
    if (result.added.length) libraryChanged()
  }

  const started = useRef(false)
  useEffect(() => {
    if (!dropped || started.current) return
    started.current = true
    void add(dropped)
  })

  return (
    <Dialog title={t('addFiles.title')} titleId="add-files-title" onClose={onClose}>
      <p className="hint">{t('addFiles.intro')}</p>
      <label className="file-field">
        {t('addFiles.files')}
        <input
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          disabled={progress !== null}
          onChange={(e) => void add([...(e.target.files ?? [])])}
        />
      </label>
      {progress && (
        <p role="status">
          {t('addFiles.adding', { done: progress.done, total: progress.total })}
          <progress value={progress.done} max={progress.total} />
        </p>
      )}
      {report && (
        <div className="add-files-report" role="status">
          <p>
            {report.skipped.length > 0
              ? t('addFiles.addedSkipped', {
                  added: report.added.length,
                  skipped: report.skipped.length,
                })
              : t('addFiles.added', { added: report.added.length })}
          </p>
          <ArticleLinks
            className="added-files"
            items={report.added.map((a) => ({
              id: a.id,
              title: a.title,
              detail: addedDetail(a, t),
              warnings: a.warnings.map((w) => t.message(w)),
            }))}
            onOpen={onOpen}
            closesDialog
          />
          {report.skipped.length > 0 && (
            <ul className="skipped-files">
              {report.skipped.map((s, i) => (
                <li key={i}>
                  <strong>{s.file}</strong>: {t.message(s.reason)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <DialogActions closeLabel={report ? t('editor.done') : t('ui.close')} />
    </Dialog>
  )
}
