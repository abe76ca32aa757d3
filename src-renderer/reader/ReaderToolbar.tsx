// The reader's toolbar: contents, language versions, side by side, notes, read aloud, find, settings,
// shortcuts, and the reading progress along its bottom edge.
import type { ArticleVersion } from '../../src-shared/api'
import type { ArticleSummary, Translation } from '../../src-shared/article'
import { formatDate, languageName } from '../../src-shared/lang'
import { useT } from '../i18n'
import { toggleLibrary, useLayout } from '../store/layout'

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
  readingAloud: boolean
  onReadAloud: () => void
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
  readingAloud,
  onReadAloud,
  settingsOpen,
  onToggleSettings,
  onHelp,
  notesOpen,
  notesCount,
  onToggleNotes,
  progress,
}: Props) {
  const t = useT()
  const { libraryHidden } = useLayout()
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('reader.toolbar')}>
      {libraryHidden && (
        <button type="button" onClick={toggleLibrary} title={`${t('layout.showLibrary')} (L)`}>
          {t('layout.showLibrary')}
        </button>
      )}
      <button type="button" aria-pressed={showContents} onClick={onToggleContents}>
        {t('reader.contents')}
      </button>
      {(translations.length > 0 || versions.length > 0) && meta && (
        <>
          {translations.length > 0 && (
            <select
              aria-label={t('reader.readIn')}
              value={meta.id}
              onChange={(e) => onOpen(e.target.value)}
              title={t('reader.readInHint')}
            >
              <option value={meta.id}>{languageName(meta.lang, t.lang)}</option>
              {translations.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {languageName(tr.lang, t.lang)}
                </option>
              ))}
            </select>
          )}
          <select
            aria-label={t('reader.sideBySide')}
            value={parallelId ?? ''}
            onChange={(e) => onParallel(e.target.value || null)}
            title={t('reader.sideBySideHint')}
          >
            <option value="">{t('reader.sideBySideChoose')}</option>
            {translations.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {t('reader.besideLanguage', { language: languageName(tr.lang, t.lang) })}
              </option>
            ))}
            {[...versions].reverse().map((v) => (
              <option key={v.contentHash} value={`version:${v.contentHash}`}>
                {t('reader.besideVersion', {
                  date: formatDate(v.until.slice(0, 10), t.lang) ?? '',
                })}
              </option>
            ))}
            {[...versions].reverse().map((v) => (
              <option key={`changes:${v.contentHash}`} value={`changes:${v.contentHash}`}>
                {t('reader.changesSince', {
                  date: formatDate(v.until.slice(0, 10), t.lang) ?? '',
                })}
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
        title={t('reader.notesHint')}
      >
        {t('reader.notes')}
        {notesCount > 0 && <span className="badge"> {notesCount}</span>}
      </button>
      <button
        type="button"
        aria-pressed={readingAloud}
        onClick={onReadAloud}
        title={`${t('readAloud.start')} (R)`}
      >
        {t('readAloud.start')}
      </button>
      <button
        type="button"
        onClick={onFind}
        aria-label={t('reader.findLabel')}
        title={t('reader.findHint')}
      >
        {t('reader.find')}
      </button>
      <button
        type="button"
        aria-expanded={settingsOpen}
        onClick={onToggleSettings}
        aria-label={t('reader.settings')}
        title={t('reader.settings')}
        data-settings-toggle
      >
        Aa
      </button>
      <button
        type="button"
        onClick={onHelp}
        aria-label={t('reader.shortcuts')}
        title={t('reader.shortcutsHint')}
      >
        ?
      </button>
      <div
        className="reading-progress"
        role="progressbar"
        aria-label={t('reader.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div style={{ transform: `scaleX(${progress})` }} />
      </div>
    </div>
  )
}
