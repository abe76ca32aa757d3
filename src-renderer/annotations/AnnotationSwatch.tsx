// The swatch before a note in a list: for another member's note, the member's colour, named by
// its author for screen readers; for one's own, the highlight's colour, named by the colour.
import type { Color } from '../../src-shared/annotation'
import { useT } from '../i18n'

interface Props {
  color: Color
  /** Another member's note: their colour and name. */
  member?: { colour: string; name: string } | undefined
}

export function AnnotationSwatch({ color, member }: Props) {
  const t = useT()
  if (member)
    return (
      <span
        className="swatch member-swatch"
        style={{ background: member.colour }}
        aria-label={member.name ? t('notes.by', { name: member.name }) : t('notes.byAnotherMember')}
      />
    )
  return (
    <span className={`swatch swatch-${color}`} aria-label={t('colour.name', { colour: color })} />
  )
}
