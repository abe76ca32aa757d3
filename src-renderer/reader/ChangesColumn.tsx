// Beside the article, what changed between two of its versions (any two: an earlier one and the
// current text by default), paragraph by paragraph and word by word: deleted words struck
// through, inserted ones marked, new and removed paragraphs, and paragraphs that moved shown as
// moves rather than as a deletion and an insertion (src-shared/version-diff.ts).
import { useMemo, useState } from 'react'
import type { ArticleVersion } from '../../src-shared/api'
import { formatDate, textDirection } from '../../src-shared/lang'
import { compareVersions, type Row } from '../../src-shared/version-diff'
import { useApi } from '../store/app-state'
import { Problem } from '../ui/Problem'
import { useT } from '../i18n'
import { isVersionText, useVersionTexts, type VersionText } from '../api/version-texts'

interface Props {
  id: string
  lang: string
  /** The earlier versions, oldest first, and the current text's content hash. */
  versions: readonly ArticleVersion[]
  currentHash: string
  /** The version compared with the current text at first. */
  from: string
  onClose: () => void
}

export function ChangesColumn({ id, lang, versions, currentHash, from: first, onClose }: Props) {
  const t = useT()
  const api = useApi()
  const [from, setFrom] = useState(first)
  const [to, setTo] = useState(currentHash)
  const refs = useMemo(
    () => [from, to].map((hash) => ({ hash, current: hash === currentHash })),
    [from, to, currentHash],
  )
  const [older, newer] = useVersionTexts(api, id, refs)
  const rows = useMemo(
    () =>
      isVersionText(older) && isVersionText(newer)
        ? compareVersions(
            older.blocks.map((b) => b.text),
            newer.blocks.map((b) => b.text),
          )
        : null,
    [older, newer],
  )
  const choices = [
    ...versions.map((v) => ({
      hash: v.contentHash,
      label: t('changes.until', { date: formatDate(v.until.slice(0, 10), t.lang) ?? '' }),
    })),
    { hash: currentHash, label: t('changes.current') },
  ]
  const problem = [older, newer].find((x): x is string => typeof x === 'string') ?? null
  const number = (text: VersionText, i: number) => text.blocks[i]?.number ?? i + 1
  const counts = rows ? summary(rows) : null

  return (
    <section className="parallel changes" aria-label={t('changes.label')}>
      <header className="parallel-header changes-header">
        <VersionChoice
          label={t('changes.from')}
          value={from}
          choices={choices}
          onChange={setFrom}
        />
        <VersionChoice label={t('changes.to')} value={to} choices={choices} onChange={setTo} />
        <button type="button" onClick={onClose} aria-label={t('changes.close')}>
          ✕
        </button>
      </header>
      <div className="reader-scroll parallel-scroll">
        <Problem message={problem} className="" />
        {counts && (
          <p className="changes-summary" role="status">
            {counts.total === 0 ? t('changes.none') : t('changes.summary', counts)}
          </p>
        )}
        {rows && isVersionText(older) && isVersionText(newer) && (
          <article className="article changes-text" lang={lang} dir={textDirection(lang)}>
            {rows.map((row, i) => (
              <ChangeRow
                key={i}
                row={row}
                oldNumber={(n) => number(older, n)}
                newNumber={(n) => number(newer, n)}
              />
            ))}
          </article>
        )}
      </div>
    </section>
  )
}

function VersionChoice(props: {
  label: string
  value: string
  choices: { hash: string; label: string }[]
  onChange: (hash: string) => void
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.choices.map((c) => (
          <option key={c.hash} value={c.hash}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function summary(rows: readonly Row[]) {
  const count = (kind: Row['kind']) => rows.filter((r) => r.kind === kind).length
  const counts = {
    changed: count('changed'),
    added: count('added'),
    deleted: count('deleted'),
    moved: count('moved'),
  }
  return { ...counts, total: counts.changed + counts.added + counts.deleted + counts.moved }
}

function ChangeRow({
  row,
  oldNumber,
  newNumber,
}: {
  row: Row
  oldNumber: (i: number) => number
  newNumber: (i: number) => number
}) {
  const t = useT()
  switch (row.kind) {
    case 'same':
      return <p className="change-same">{row.text}</p>
    case 'changed':
      return (
        <p className="change-changed">
          {row.parts.map((p, i) =>
            p.kind === 'ins' ? (
              <ins key={i}>{p.text}</ins>
            ) : p.kind === 'del' ? (
              <del key={i}>{p.text}</del>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
        </p>
      )
    case 'added':
      return (
        <p className="change-added">
          <ins>{row.text}</ins>
        </p>
      )
    case 'deleted':
      return (
        <p className="change-deleted">
          <del>{row.text}</del>
        </p>
      )
    case 'moved':
      return (
        <div className="change-moved">
          <p className="change-note">{t('changes.movedFrom', { n: oldNumber(row.from) })}</p>
          <p>{row.text}</p>
        </div>
      )
    case 'movedAway':
      return (
        <p className="change-note change-moved-away">
          {t('changes.movedTo', { n: oldNumber(row.from), to: newNumber(row.to) })}
        </p>
      )
  }
}
