// Messages the user must see: recovered files, a missing archive, a failed save. Notices come
// from the core as messages, shown in the interface's language (and again when it changes).
import type { Notice } from '../../src-shared/article'
import { useT } from '../i18n'

export function Notices({
  notices,
  problems: reported,
}: {
  notices: readonly Notice[]
  problems: readonly string[]
}) {
  const t = useT()
  // The same message can come both as a notice of the app and from a call that met it: once.
  const texts = notices.map((n) => t.message(n.message))
  const shown = new Set(texts)
  const problems = reported.filter((m) => !shown.has(m) && shown.add(m))
  if (notices.length === 0 && problems.length === 0) return null
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <p key={`n${i}`} className={`notice notice-${n.level}`} data-code={n.code}>
          {texts[i]}
        </p>
      ))}
      {problems.map((message, i) => (
        <p key={`p${i}`} className="notice notice-error">
          {message}
        </p>
      ))}
    </div>
  )
}
