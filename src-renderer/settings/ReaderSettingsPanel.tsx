// Theme and type: applied the moment they change, saved for next time.
import { useEffect, useRef } from 'react'
import { FONTS, READER_LIMITS, THEMES, type ReaderSettings } from '../../src-shared/api'

interface Props {
  settings: ReaderSettings
  onChange: (patch: Partial<ReaderSettings>) => void
  onClose: () => void
}

const THEME_NAMES: Record<ReaderSettings['theme'], string> = {
  system: 'System',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
}
const FONT_NAMES: Record<ReaderSettings['font'], string> = { serif: 'Serif', sans: 'Sans' }

function Stepper(props: {
  label: string
  value: number
  limits: { min: number; max: number; step: number }
  format: (n: number) => string
  onChange: (n: number) => void
}) {
  const { label, value, limits, format, onChange } = props
  const set = (n: number) =>
    onChange(Math.round(Math.min(limits.max, Math.max(limits.min, n)) * 100) / 100)
  return (
    <div className="stepper" role="group" aria-label={label}>
      <span className="stepper-label">{label}</span>
      <button
        type="button"
        onClick={() => set(value - limits.step)}
        disabled={value <= limits.min}
        aria-label={`Decrease ${label.toLowerCase()}`}
      >
        −
      </button>
      <output aria-live="polite">{format(value)}</output>
      <button
        type="button"
        onClick={() => set(value + limits.step)}
        disabled={value >= limits.max}
        aria-label={`Increase ${label.toLowerCase()}`}
      >
        +
      </button>
    </div>
  )
}

export function ReaderSettingsPanel({ settings, onChange, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  // Closes on Escape and on a click outside (the toolbar button toggles it itself).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
    }
    const onDown = (e: MouseEvent) => {
      const target = e.target as Element
      if (!ref.current?.contains(target) && !target.closest('[aria-label="Reading settings"]'))
        onClose()
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onDown)
    }
  }, [onClose])
  return (
    <div className="settings-panel" role="dialog" aria-label="Reading settings" ref={ref}>
      <fieldset>
        <legend>Theme</legend>
        <div className="segmented">
          {THEMES.map((t) => (
            <label key={t}>
              <input
                type="radio"
                name="theme"
                checked={settings.theme === t}
                onChange={() => onChange({ theme: t })}
              />
              {THEME_NAMES[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Font</legend>
        <div className="segmented">
          {FONTS.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="font"
                checked={settings.font === f}
                onChange={() => onChange({ font: f })}
              />
              {FONT_NAMES[f]}
            </label>
          ))}
        </div>
      </fieldset>
      <Stepper
        label="Text size"
        value={settings.fontSize}
        limits={READER_LIMITS.fontSize}
        format={(n) => `${n}px`}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <Stepper
        label="Line spacing"
        value={settings.lineHeight}
        limits={READER_LIMITS.lineHeight}
        format={(n) => n.toFixed(2)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <Stepper
        label="Line width"
        value={settings.width}
        limits={READER_LIMITS.width}
        format={(n) => `${n} ch`}
        onChange={(width) => onChange({ width })}
      />
    </div>
  )
}
