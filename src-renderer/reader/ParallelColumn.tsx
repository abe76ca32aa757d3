// A translation beside the article being read, kept at the same passage: the main column
// drives, this one follows paragraph by paragraph (¶ n here for ¶ n there, scaled when the two
// versions have different numbers of paragraphs).
import type { OpenedPicture } from './figure-view'
import { useEffect, useRef, useState } from 'react'
import type { Article } from '../../src-shared/api'
import { formatDate, languageName, textDirection } from '../../src-shared/lang'
import { scrollBlockToTop } from './block-geometry'
import { alignedParagraph } from './parallel-align'
import { useReadingView } from './use-reading-view'
import { useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'
import { useT } from '../i18n'

interface Props {
  id: string
  /** An earlier version of the article (its content hash) instead of a translation. */
  version?: string | undefined
  /** Where the main column is: its top paragraph's number and its number of paragraphs. */
  anchor: { paragraph: number; of: number } | null
  onClose: () => void
  /** A click on one of its pictures (shown larger by the reader). */
  onPicture: (picture: OpenedPicture) => void
}

const noop = () => undefined

export function ParallelColumn({ id, version, anchor, onClose, onPicture }: Props) {
  const t = useT()
  const api = useApi()
  const [article, setArticle] = useState<Article | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const mounted = useReadingView(article, body, {
    onExternalLink: noop,
    onCite: noop,
    onHighlightClick: noop,
    onPicture,
  })

  useEffect(() => {
    let live = true
    void api['articles.get']({ id, ...(version ? { version } : {}) }).then((r) => {
      if (!live) return
      if (r.ok) setArticle(r.value)
      else setProblem(r.error.message)
    })
    return () => {
      live = false
    }
  }, [api, id, version])

  useEffect(() => {
    const el = scroller.current
    if (!el || !mounted || !anchor) return
    const numbered = mounted.numbers.flatMap((n, i) => (n === null ? [] : [i]))
    if (numbered.length === 0) return
    const target = alignedParagraph(anchor.paragraph, anchor.of, numbered.length)
    const block = mounted.blocks[numbered[target - 1]!]
    if (block) scrollBlockToTop(el, block)
  }, [anchor, mounted])

  const lang = article?.meta.lang
  const until = version && article?.versions?.find((v) => v.contentHash === version)?.until
  const label = version
    ? until
      ? t('parallel.earlierUntil', { date: formatDate(until.slice(0, 10), t.lang) ?? '' })
      : t('parallel.earlier')
    : lang
      ? languageName(lang, t.lang)
      : '…'
  return (
    <section
      className="parallel"
      aria-label={
        version
          ? label
          : lang
            ? t('parallel.translationIn', { language: languageName(lang, t.lang) })
            : t('parallel.translation')
      }
    >
      <header className="parallel-header">
        <span>{label}</span>
        <button
          type="button"
          onClick={onClose}
          aria-label={version ? t('parallel.closeEarlier') : t('parallel.closeTranslation')}
        >
          ✕
        </button>
      </header>
      <div className="reader-scroll parallel-scroll" ref={scroller}>
        <Problem message={problem} className="" />
        {article && (
          <article
            className="article"
            lang={article.meta.lang}
            dir={textDirection(article.meta.lang)}
          >
            <div ref={body} />
          </article>
        )}
      </div>
    </section>
  )
}
