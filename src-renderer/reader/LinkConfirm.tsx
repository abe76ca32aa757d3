// Before leaving the app for a link, show where it goes and let the reader decide.
import type { ReactNode } from 'react'
import { useT } from '../i18n'

interface Props {
  href: string
  onOpen: () => void
  onCancel: () => void
}

export function LinkConfirm({ href, onOpen, onCancel }: Props) {
  const t = useT()
  return (
    <div className="link-confirm" role="alertdialog" aria-label={t('linkConfirm.label')}>
      <p>
        {t.rich<ReactNode>('linkConfirm.question', {
          href,
          target: (chunks) => (
            <span key="target" className="link-target">
              {chunks}
            </span>
          ),
        })}
      </p>
      <div className="link-confirm-actions">
        <button type="button" onClick={onCancel}>
          {t('linkConfirm.cancel')}
        </button>
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          {t('linkConfirm.open')}
        </button>
      </div>
    </div>
  )
}
