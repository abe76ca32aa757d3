// Messages the user must see: recovered files, a missing archive, a failed save.
import type { Notice } from '../../src-shared/article'

export function Notices({
  notices,
  problems: reported,
}: {
  notices: readonly Notice[]
  problems: readonly string[]
}) {
  // The same message can come both as a notice of the app and from a call that met it: once.
  const shown = new Set(notices.map((n) => n.message))
  const problems = reported.filter((m) => !shown.has(m) && shown.add(m))
  if (notices.length === 0 && problems.length === 0) return null
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <p key={`n${i}`} className={`notice notice-${n.level}`} data-code={n.code}>
          {n.message}
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
