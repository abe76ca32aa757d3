// Find in article: the query box, "3 of 12", next / previous, close (Esc).
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useT } from '../i18n'

interface Props {
  query: string
  count: number
  current: number
  onQuery: (query: string) => void
  onStep: (step: 1 | -1) => void
  onClose: () => void
}

export function FindBar({ query, count, current, onQuery, onStep, onClose }: Props) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      onStep(e.shiftKey ? -1 : 1)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
  }
  const status =
    query.trim() === ''
      ? ''
      : count === 0
        ? t('find.none')
        : t('find.position', { current: current + 1, count })
  return (
    <div className="find-bar" role="search">
      <input
        ref={input}
        type="search"
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKey}
      />
      <span className="find-status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        onClick={() => onStep(-1)}
        disabled={count === 0}
        aria-label={t('find.previous')}
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => onStep(1)}
        disabled={count === 0}
        aria-label={t('find.next')}
      >
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('find.close')}>
        ✕
      </button>
    </div>
  )
}
