// Adding the user's own files to the library (saved web pages, Markdown, plain text): chosen
// here, by the File menu, or dropped on the window. Shows progress, then what was added (each
// can be opened) and what was skipped, with the reason.
import { useEffect, useRef, useState } from 'react'
import type { AddFilesReport } from '../../src-shared/api'
import { formatCount, formatDate, languageName } from '../../src-shared/lang'
import { ACCEPTED_FILES, addFilesToLibrary, type FileLike } from './add-files'
import { ArticleLinks } from '../ui/ArticleLinks'
import { Dialog, DialogActions } from '../ui/Dialog'
import { libraryChanged, useApi } from '../store/app-state'

interface Props {
  /** Files dropped on the window, to add at once. */
  dropped: readonly FileLike[] | null
  onClose: () => void
  onOpen: (id: string) => void
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

/** What the import found in a file: its name, language, date, author and section. */
function addedDetail(a: AddFilesReport['added'][number]): string {
  return [
    a.file,
    `${languageName(a.lang)}${a.langGuessed ? ' (guessed)' : ''}`,
    formatDate(a.date) ?? 'no date',
    a.author,
    a.section,
  ]
    .filter(Boolean)
    .join(' · ')
}

export function AddFilesDialog({ dropped, onClose, onOpen }: Props) {
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
    <Dialog title="Add files to your library" titleId="add-files-title" onClose={onClose}>
      <p className="hint">
        Saved web pages (.html), Markdown (.md), plain text (.txt) and EPUB books. They go into your
        own library, beside the archive, and can be read, searched and annotated like its articles.
        You can also drop files on the window.
      </p>
      <label className="file-field">
        Files
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
          Adding… {formatCount(progress.done)} of {plural(progress.total, 'file', 'files')}
          <progress value={progress.done} max={progress.total} />
        </p>
      )}
      {report && (
        <div className="add-files-report" role="status">
          <p>
            {plural(report.added.length, 'article', 'articles')} added
            {report.skipped.length > 0 &&
              `, ${plural(report.skipped.length, 'file', 'files')} skipped`}
            .
          </p>
          <ArticleLinks
            className="added-files"
            items={report.added.map((a) => ({
              id: a.id,
              title: a.title,
              detail: addedDetail(a),
              warnings: a.warnings,
            }))}
            onOpen={onOpen}
            closesDialog
          />
          {report.skipped.length > 0 && (
            <ul className="skipped-files">
              {report.skipped.map((s, i) => (
                <li key={i}>
                  <strong>{s.file}</strong>: {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <DialogActions closeLabel={report ? 'Done' : 'Close'} />
    </Dialog>
  )
}
