// Find in article: the query box, "3 of 12", next / previous, close (Esc).
import { useEffect, useRef, type KeyboardEvent } from 'react'

interface Props {
  query: string
  count: number
  current: number
  onQuery: (query: string) => void
  onStep: (step: 1 | -1) => void
  onClose: () => void
}

export function FindBar({ query, count, current, onQuery, onStep, onClose }: Props) {
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
    query.trim() === '' ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`
  return (
    <div className="find-bar" role="search">
      <input
        ref={input}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
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
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => onStep(1)}
        disabled={count === 0}
        aria-label="Next match"
      >
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close find">
        ✕
      </button>
    </div>
  )
}
