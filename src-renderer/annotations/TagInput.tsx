// Tags as removable chips plus a field that suggests the tags already in use. Enter or a comma
// adds the typed tag; Backspace in an empty field removes the last one. A tag half typed is
// added when the field is left, the editor closes, or the page is left.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { registerFlush } from '../api/pending-saves'
import type { TagCount } from '../../src-shared/annotation'
import { useT } from '../i18n'

interface Props {
  tags: string[]
  known: TagCount[]
  onChange: (tags: string[]) => void
}

export function TagInput({ tags, known, onChange }: Props) {
  const t = useT()
  const [draft, setDraft] = useState('')
  const listId = useId()
  const add = (raw: string) => {
    const tag = raw
      .replace(/[,\n\r\t]/g, ' ')
      .trim()
      .slice(0, 64)
    setDraft('')
    if (tag && !tags.includes(tag)) onChange([...tags, tag])
  }
  const pending = useRef({ draft, add })
  pending.current = { draft, add }
  useEffect(() => {
    const flush = () => {
      const { draft: typed, add: take } = pending.current
      if (typed.trim()) take(typed)
    }
    const unregister = registerFlush(flush)
    return () => {
      unregister()
      flush()
    }
  }, [])
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault()
      add(draft)
    } else if (e.key === 'Backspace' && !draft && tags.length) {
      onChange(tags.slice(0, -1))
    }
  }
  return (
    <div className="tag-input">
      <ul className="tags" aria-label={t('tags.label')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              aria-label={t('tags.remove', { tag })}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label={t('tags.add')}
        placeholder={t('tags.addPlaceholder')}
        list={listId}
        value={draft}
        onChange={(e) => {
          const value = e.target.value
          // Choosing a suggestion fills the field with a known tag: take it at once.
          if (known.some((k) => k.tag === value) && !tags.includes(value)) add(value)
          else setDraft(value)
        }}
        onKeyDown={onKey}
        onBlur={() => draft && add(draft)}
      />
      <datalist id={listId}>
        {known
          .filter((k) => !tags.includes(k.tag))
          .map((k) => (
            <option key={k.tag} value={k.tag} />
          ))}
      </datalist>
    </div>
  )
}
