// Why a note is not placed, told from the versions: its passage with the words around it as
// they were, the version it was made on, what became of that passage in the current text
// (deleted, rewritten into…, moved to ¶ n; src-shared/version-diff.ts), and the closest passage
// now with how close it is, to attach the note there in one click. For a note placed on a
// passage that changed, the passage as it was and as it is now.
import { useMemo } from 'react'
import type { AnchoredAnnotation } from '../../src-shared/annotation'
import type { ArticleVersion } from '../../src-shared/api'
import { formatDate } from '../../src-shared/lang'
import { compareVersions, fateOf } from '../../src-shared/version-diff'
import { useApi } from '../store/app-state'
import { useT } from '../i18n'
import { isVersionText, useVersionTexts } from '../api/version-texts'

interface Props {
  annotation: AnchoredAnnotation
  articleId: string
  versions: readonly ArticleVersion[]
  currentHash: string
  onAttach: (range: { start: number; end: number }) => void
}

export function OrphanStory({ annotation: a, articleId, versions, currentHash, onAttach }: Props) {
  const t = useT()
  const api = useApi()
  const madeOn = versions.find((v) => v.contentHash === a.contentHash) ?? null
  const refs = useMemo(
    () => [
      { hash: currentHash, current: true },
      ...(madeOn ? [{ hash: madeOn.contentHash, current: false }] : []),
    ],
    [currentHash, madeOn],
  )
  const [current, older] = useVersionTexts(api, articleId, refs)
  const fate = useMemo(() => {
    if (!isVersionText(current) || !isVersionText(older)) return null
    const i = older.blocks.findLastIndex((b) => b.start <= a.position.start)
    const block = older.blocks[i]
    if (!block) return null
    const rows = compareVersions(
      older.blocks.map((b) => b.text),
      current.blocks.map((b) => b.text),
    )
    const fate = fateOf(rows, i, a.position.start - block.start, a.position.end - block.start)
    const number = (to: number) => current.blocks[to]?.number ?? to + 1
    switch (fate.kind) {
      case 'deleted':
        return t('orphan.deleted')
      case 'kept':
        return t('orphan.kept', { n: number(fate.to) })
      case 'moved':
        return t('orphan.moved', { n: number(fate.to) })
      case 'rewritten':
        return t('orphan.rewritten', { n: number(fate.to), into: clip(fate.into) })
    }
  }, [current, older, a.position, t])
  const nearest = a.nearest && isVersionText(current) ? a.nearest : null

  if (a.anchor) {
    const now = isVersionText(current) ? current.text.slice(a.anchor.start, a.anchor.end) : null
    return (
      <div className="orphan-story">
        <p className="orphan-context" dir="auto">
          {t('orphan.wasQuote', { quote: clip(a.quote.exact) })}
        </p>
        {now !== null && (
          <p className="orphan-context" dir="auto">
            {t('orphan.nowQuote', {
              quote: clip(now),
              confidence: a.anchor.confidence,
            })}
          </p>
        )}
      </div>
    )
  }

  return (
    <div className="orphan-story">
      <p className="orphan-context" dir="auto" aria-label={t('orphan.asItWas')}>
        …{a.quote.prefix}
        <mark>{a.quote.exact}</mark>
        {a.quote.suffix}…
      </p>
      <p className="hint">
        {madeOn
          ? t('orphan.madeOn', { date: formatDate(madeOn.until.slice(0, 10), t.lang) ?? '' })
          : t('orphan.madeOnUnknown')}
        {fate && ` ${fate}`}
      </p>
      {nearest && isVersionText(current) && (
        <p className="orphan-nearest">
          {t('orphan.nearest', {
            quote: clip(current.text.slice(nearest.start, nearest.end)),
            confidence: nearest.confidence,
          })}{' '}
          <button type="button" onClick={() => onAttach(nearest)}>
            {t('orphan.attachThere')}
          </button>
        </p>
      )}
    </div>
  )
}

/** A passage short enough for a line. */
function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > 160 ? `${one.slice(0, 157)}…` : one
}
