// The article's headings as a list to jump to, with the section being read marked.
import { useT } from '../i18n'

export interface TocEntry {
  /** Index of the heading among the article's textblocks. */
  block: number
  level: number
  text: string
}

interface Props {
  /** null while the article is being laid out: the column is there already, so nothing reflows. */
  entries: TocEntry[] | null
  current: number
  onJump: (block: number) => void
}

export function TableOfContents({ entries, current, onJump }: Props) {
  const t = useT()
  return (
    <nav className="toc" aria-label={t('toc.label')}>
      <h2 className="toc-title">{t('toc.label')}</h2>
      {entries === null ? null : entries.length === 0 ? (
        <p className="toc-empty">{t('toc.empty')}</p>
      ) : (
        <ol>
          {entries.map((e) => (
            <li key={e.block} className={`toc-level-${e.level}`}>
              <button
                type="button"
                aria-current={e.block === current ? 'location' : undefined}
                onClick={() => onJump(e.block)}
                dir="auto"
              >
                {e.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  )
}
