// About Scholion: the version, the data folder and the archive, and diagnostics to copy into a
// bug report (nothing personal in them).
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../src-shared/api'
import { diagnostics } from '../../src-shared/diagnostics'
import { formatCount } from '../../src-shared/lang'
import { Dialog, DialogActions } from '../ui/Dialog'
import { useApi } from '../store/app-state'
import { useT } from '../i18n'

export function AboutDialog({
  onClose,
  onUpdateArchive,
  onSettingsFile,
}: {
  onClose: () => void
  /** Opens the archive update dialog. */
  onUpdateArchive?: () => void
  /** Opens the settings file dialog (export or import settings and saved searches). */
  onSettingsFile?: () => void
}) {
  const t = useT()
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
      () => setCopied(t('about.copied')),
      () => setCopied(text),
    )
  }
  return (
    <Dialog
      title={t('about.title', { version: info?.version ?? '' })}
      titleId="about-title"
      onClose={onClose}
    >
      <p>{t('about.what')}</p>
      {info && (
        <dl className="about-facts">
          <dt>{t('about.dataFolder')}</dt>
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
                {t('about.open')}
              </button>
            )}
          </dd>
          <dt>{t('about.archive')}</dt>
          <dd>
            {info.archive
              ? t('about.archiveFacts', {
                  count: info.archive.articleCount,
                  format: info.archive.formatVersion,
                })
              : t('about.archiveNone')}{' '}
            {onUpdateArchive && (
              <button type="button" className="link-button" onClick={onUpdateArchive}>
                {t('about.updateArchive')}
              </button>
            )}
          </dd>
          {onSettingsFile && (
            <>
              <dt>{t('about.settings')}</dt>
              <dd>
                <button type="button" className="link-button" onClick={onSettingsFile}>
                  {t('about.settingsFile')}
                </button>
              </dd>
            </>
          )}
          <dt>{t('about.annotations')}</dt>
          <dd>{count === null ? '…' : formatCount(count, t.lang)}</dd>
        </dl>
      )}
      {copied && <p role="status">{copied}</p>}
      <DialogActions>
        <button type="button" onClick={copy} disabled={!info}>
          {t('about.copy')}
        </button>
      </DialogActions>
    </Dialog>
  )
}
