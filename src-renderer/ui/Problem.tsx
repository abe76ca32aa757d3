// A problem to show where it happened (a dialog, a pane): one sentence, announced to screen
// readers as it appears; nothing when there is none. `className=""` leaves it unstyled.
export function Problem({
  message,
  className = 'export-problem',
}: {
  message: string | null | undefined
  className?: string
}) {
  if (!message) return null
  return (
    <p className={className || undefined} role="alert">
      {message}
    </p>
  )
}
