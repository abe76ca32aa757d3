// Updating the archive from a signed update pack (File → Update archive from file…, a pack
// dropped on the window, or a newer one found online): what the archive in use is and whether its
// signature was verified, then the pack checked and previewed (what it adds, changes and removes,
// and which key signed it), then applied. Nothing changes until Apply; a refused pack says why.
import { useEffect, useRef, useState } from 'react'
import type { ArchiveStatus, PackPreview, ReceivedPack } from '../../src-shared/api'
import type { OpenedFile } from '../../src-shared/bridge'
import { formatDate } from '../../src-shared/lang'
import { Dialog, DialogActions } from '../ui/Dialog'
import { Problem } from '../ui/Problem'
import { libraryChanged, useApi } from '../store/app-state'
import { useT } from '../i18n'
import { PACK_EXTENSION, sendPack } from './send-pack'

interface Props {
  /** A pack dropped on the window, to check at once. */
  dropped: File | null
  /** A pack opened with the desktop app: received and checked by then (or why not). */
  opened?: OpenedFile | null
  onClose: () => void
  onOpen: (id: string) => void
}

function Preview({
  p,
  done,
  onOpen,
}: {
  p: PackPreview
  done: boolean
  onOpen: (id: string) => void
}) {
  const t = useT()
  const counts = { added: p.added, changed: p.changed, removed: p.removed }
  return (
    <div className="pack-preview" role="status">
      <p>
        {t(done ? 'updateArchive.done' : 'updateArchive.preview', {
          release: formatDate(p.release.slice(0, 10), t.lang) ?? p.release,
          ...counts,
        })}
      </p>
      <p className="hint">{t('updateArchive.signedBy', { keyId: p.keyId })}</p>
      {p.titles.length > 0 && (
        <ul className="pack-titles">
          {p.titles.map((x) => (
            <li key={x.id}>
              <span className={`change-${x.change}`}>
                {t('updateArchive.change', { change: x.change })}
              </span>{' '}
              {done ? (
                <button type="button" className="link-button" onClick={() => onOpen(x.id)}>
                  {x.title}
                </button>
              ) : (
                x.title
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function UpdateArchiveDialog({ dropped, opened = null, onClose, onOpen }: Props) {
  const t = useT()
  const api = useApi()
  const [status, setStatus] = useState<ArchiveStatus | null>(null)
  const [received, setReceived] = useState<ReceivedPack | null>(null)
  const [done, setDone] = useState<PackPreview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [address, setAddress] = useState('')
  const [nothingNewer, setNothingNewer] = useState(false)

  const refresh = () =>
    void api['archive.status']({}).then((r) => {
      if (!r.ok) return
      setStatus(r.value)
      setAddress((a) => a || (r.value.updateUrl ?? ''))
      // A newer pack found online at start is offered as if it had been chosen.
      const offered = r.value.offered
      if (offered) setReceived((now) => now ?? offered)
    })
  useEffect(refresh, [api])

  const forget = () => {
    if (received && !done) void api['archive.discardPack']({ upload: received.upload })
  }

  const choose = async (file: File | undefined) => {
    forget()
    setReceived(null)
    setDone(null)
    setProblem(null)
    setNothingNewer(false)
    if (!file) return
    setBusy(t('updateArchive.checking'))
    setProgress(0)
    const r = await sendPack(api, file, (sent, total) => setProgress(total ? sent / total : 1))
    setBusy(null)
    setProgress(null)
    if (r.ok) setReceived(r.value)
    else setProblem(r.error.message)
  }

  const started = useRef<File | null>(null)
  useEffect(() => {
    if (!dropped || started.current === dropped) return
    started.current = dropped
    void choose(dropped)
  })

  const shown = useRef<OpenedFile | null>(null)
  useEffect(() => {
    if (!opened || shown.current === opened) return
    shown.current = opened
    if (opened.archivePack) setReceived(opened.archivePack)
    else if (opened.problem) setProblem(opened.problem)
  })

  const apply = async () => {
    if (!received) return
    setBusy(t('updateArchive.applying'))
    const r = await api['archive.applyPack']({ upload: received.upload })
    setBusy(null)
    if (!r.ok) {
      setReceived(null)
      return setProblem(r.error.message)
    }
    setDone(r.value)
    libraryChanged()
    refresh()
  }

  const checkOnline = async () => {
    setProblem(null)
    setNothingNewer(false)
    const wanted = address.trim() || null
    if (wanted !== (status?.updateUrl ?? null)) {
      const saved = await api['settings.update']({ archiveUpdateUrl: wanted })
      if (!saved.ok) return setProblem(saved.error.message)
      refresh()
    }
    if (!wanted) return
    setBusy(t('updateArchive.lookingOnline'))
    const r = await api['archive.checkOnline']({})
    setBusy(null)
    if (!r.ok) return setProblem(r.error.message)
    if (r.value) setReceived(r.value)
    else setNothingNewer(true)
  }

  const signature =
    status && t('updateArchive.signature', { state: status.signature, keyId: status.keyId ?? '' })
  return (
    <Dialog
      title={t('updateArchive.title')}
      titleId="update-archive-title"
      onClose={() => {
        forget()
        onClose()
      }}
    >
      {status && (
        <dl className="about-facts">
          <dt>{t('updateArchive.inUse')}</dt>
          <dd>
            {t('updateArchive.release', {
              name: status.archive ?? '—',
              release: status.release
                ? (formatDate(status.release.slice(0, 10), t.lang) ?? status.release)
                : '—',
              applied: String(status.applied),
            })}
          </dd>
          <dt>{t('updateArchive.signatureLabel')}</dt>
          <dd className={`signature-${status.signature}`}>{signature}</dd>
        </dl>
      )}
      <p className="hint">{t('updateArchive.intro')}</p>
      <label className="file-field">
        {t('updateArchive.file')}
        <input
          type="file"
          accept={PACK_EXTENSION}
          disabled={busy !== null}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      <details className="online-updates" open={!!status?.updateUrl}>
        <summary>{t('updateArchive.online')}</summary>
        <p className="hint">{t('updateArchive.onlineHint')}</p>
        <label className="text-field">
          {t('updateArchive.address')}
          <input
            type="url"
            value={address}
            placeholder="https://"
            onChange={(e) => setAddress(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => void checkOnline()} disabled={busy !== null}>
          {address.trim() ? t('updateArchive.checkNow') : t('updateArchive.stopChecking')}
        </button>
      </details>
      {busy && (
        <p role="status">
          {busy}
          {progress !== null && <progress value={progress} max={1} />}
        </p>
      )}
      {nothingNewer && <p role="status">{t('updateArchive.nothingNewer')}</p>}
      <Problem message={problem} />
      {received?.preview && !done && <Preview p={received.preview} done={false} onOpen={onOpen} />}
      {done && <Preview p={done} done onOpen={onOpen} />}
      <DialogActions
        closeLabel={done ? t('editor.done') : t('linkConfirm.cancel')}
        closeAutoFocus={false}
      >
        <button
          type="button"
          className="primary"
          onClick={() => void apply()}
          disabled={busy !== null || !received?.preview || done !== null}
        >
          {t('updateArchive.apply')}
        </button>
      </DialogActions>
    </Dialog>
  )
}
