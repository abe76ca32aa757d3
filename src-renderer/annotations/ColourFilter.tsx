// A row of colour swatches that filter by colour: press one to show only that colour, press it
// again to show all. The notes panel and the notebook label them their own way.
import { COLORS, type Color } from '../../src-shared/annotation'

interface Props {
  value: Color | ''
  onChange: (value: Color | '') => void
  /** The group's name for screen readers. */
  label: string
  /** Each swatch's name (and tooltip). */
  labelFor: (color: Color) => string
}

export function ColourFilter({ value, onChange, label, labelFor }: Props) {
  return (
    <div className="colour-filter" role="group" aria-label={label}>
      {COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`swatch swatch-${c}`}
          aria-pressed={value === c}
          aria-label={labelFor(c)}
          title={labelFor(c)}
          onClick={() => onChange(value === c ? '' : c)}
        />
      ))}
    </div>
  )
}
