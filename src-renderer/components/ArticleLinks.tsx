// A list of articles just added (by adding files or by a sync), each opening in the reader.
interface Props {
  items: { id: string; title: string; detail?: string }[]
  onOpen: (id: string) => void
  className?: string
}

export function ArticleLinks({ items, onOpen, className }: Props) {
  if (items.length === 0) return null
  return (
    <ul className={className}>
      {items.map((a) => (
        <li key={a.id}>
          <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
            {a.title}
          </button>
          {a.detail && <span className="hint"> {a.detail}</span>}
        </li>
      ))}
    </ul>
  )
}
