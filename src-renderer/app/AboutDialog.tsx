// About Scholion: the version, the data folder and the archive, and diagnostics to copy into a
// bug report (nothing personal in them).
import { useEffect, useRef, useState } from 'react'
import type { ApiClient, AppInfo } from '../../src-shared/api'
import { diagnostics } from '../../src-shared/diagnostics'
import { formatCount } from '../../src-shared/lang'

export function AboutDialog({ api, onClose }: { api: ApiClient; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [count, setCount] = useState<number | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    void api['app.info']({}).then((r) => r.ok && setInfo(r.value))
    void api['annotations.query']({ limit: 0 }).then((r) => r.ok && setCount(r.value.total))
  }, [api])
  const copy = () => {
    if (!info) return
    const text = diagnostics({ info, userAgent: navigator.userAgent, annotationCount: count })
    navigator.clipboard.writeText(text).then(
      () => setCopied('Diagnostics copied.'),
      () => setCopied(text),
    )
  }
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">Scholion {info?.version}</h2>
      <p>An offline reader and annotator for an archive of articles.</p>
      {info && (
        <dl className="about-facts">
          <dt>Data folder</dt>
          <dd>
            <code>{info.dataDir}</code>{' '}
            {info.host === 'electron' && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void api['app.openDataFolder']({}).then(
                    (r) => !r.ok && setCopied(r.error.message),
                  )
                }
              >
                Open
              </button>
            )}
          </dd>
          <dt>Archive</dt>
          <dd>
            {info.archive
              ? `${formatCount(info.archive.articleCount)} ${info.archive.articleCount === 1 ? 'article' : 'articles'}, format ${info.archive.formatVersion}`
              : 'not opened'}
          </dd>
          <dt>Annotations</dt>
          <dd>{count === null ? '…' : formatCount(count)}</dd>
        </dl>
      )}
      {copied && <p role="status">{copied}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={copy} disabled={!info}>
          Copy diagnostics
        </button>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </div>
    </dialog>
  )
}
