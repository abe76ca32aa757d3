// About Scholion: the version, the data folder and the archive, and diagnostics to copy into a
// bug report (nothing personal in them).
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../src-shared/api'
import { diagnostics } from '../../src-shared/diagnostics'
import { formatCount } from '../../src-shared/lang'
import { Dialog, DialogActions } from '../ui/Dialog'
import { useApi } from '../store/app-state'

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const api = useApi()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [count, setCount] = useState<number | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  useEffect(() => {
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
    <Dialog title={<>Scholion {info?.version}</>} titleId="about-title" onClose={onClose}>
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
      <DialogActions>
        <button type="button" onClick={copy} disabled={!info}>
          Copy diagnostics
        </button>
      </DialogActions>
    </Dialog>
  )
}
