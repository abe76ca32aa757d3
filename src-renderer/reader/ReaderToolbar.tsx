// The reader's toolbar: contents, language versions, side by side, notes, find, settings,
// shortcuts, and the reading progress along its bottom edge.
import type { ArticleVersion } from '../../src-shared/api'
import type { ArticleSummary, Translation } from '../../src-shared/article'
import { formatDate, languageName } from '../../src-shared/lang'

interface Props {
  meta: ArticleSummary | null
  translations: Translation[]
  /** Earlier versions of the text (it changed on the site): shown beside as `version:<hash>`. */
  versions: ArticleVersion[]
  showContents: boolean
  onToggleContents: () => void
  onOpen: (id: string) => void
  parallelId: string | null
  onParallel: (id: string | null) => void
  onFind: () => void
  settingsOpen: boolean
  onToggleSettings: () => void
  onHelp: () => void
  notesOpen: boolean
  notesCount: number
  onToggleNotes: () => void
  /** 0–1 */
  progress: number
}

export function ReaderToolbar({
  meta,
  translations,
  versions,
  showContents,
  onToggleContents,
  onOpen,
  parallelId,
  onParallel,
  onFind,
  settingsOpen,
  onToggleSettings,
  onHelp,
  notesOpen,
  notesCount,
  onToggleNotes,
  progress,
}: Props) {
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader">
      <button type="button" aria-pressed={showContents} onClick={onToggleContents}>
        Contents
      </button>
      {(translations.length > 0 || versions.length > 0) && meta && (
        <>
          {translations.length > 0 && (
            <select
              aria-label="Read in"
              value={meta.id}
              onChange={(e) => onOpen(e.target.value)}
              title="Read this article in another language"
            >
              <option value={meta.id}>{languageName(meta.lang)}</option>
              {translations.map((t) => (
                <option key={t.id} value={t.id}>
                  {languageName(t.lang)}
                </option>
              ))}
            </select>
          )}
          <select
            aria-label="Side by side"
            value={parallelId ?? ''}
            onChange={(e) => onParallel(e.target.value || null)}
            title="Read a translation, or the text as it was before it changed, side by side"
          >
            <option value="">Side by side…</option>
            {translations.map((t) => (
              <option key={t.id} value={t.id}>
                Beside: {languageName(t.lang)}
              </option>
            ))}
            {[...versions].reverse().map((v) => (
              <option key={v.contentHash} value={`version:${v.contentHash}`}>
                Beside: the text until {formatDate(v.until.slice(0, 10))}
              </option>
            ))}
          </select>
        </>
      )}
      <span className="toolbar-spacer" />
      <button
        type="button"
        aria-pressed={notesOpen}
        onClick={onToggleNotes}
        title="Notes on this article"
      >
        Notes{notesCount > 0 && <span className="badge"> {notesCount}</span>}
      </button>
      <button type="button" onClick={onFind} aria-label="Find in article" title="Find (Ctrl/⌘ F)">
        Find
      </button>
      <button
        type="button"
        aria-expanded={settingsOpen}
        onClick={onToggleSettings}
        aria-label="Reading settings"
        title="Reading settings"
      >
        Aa
      </button>
      <button
        type="button"
        onClick={onHelp}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
      <div
        className="reading-progress"
        role="progressbar"
        aria-label="Reading progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div style={{ transform: `scaleX(${progress})` }} />
      </div>
    </div>
  )
}
