// Theme and type, and the interface's language: applied the moment they change, saved for next
// time.
import { useEffect, useRef } from 'react'
import { FONTS, READER_LIMITS, THEMES, type ReaderSettings } from '../../src-shared/api'
import {
  UI_LANGUAGES,
  UI_LANGUAGE_NAMES,
  interfaceLanguage,
  type UiLanguage,
} from '../../src-shared/i18n/languages'
import type { MessageKey } from '../../src-shared/i18n/translate'
import { useChosenLanguage, useT } from '../i18n'

interface Props {
  settings: ReaderSettings
  onChange: (patch: Partial<ReaderSettings>) => void
  /** The interface's language chosen (null: the system's). */
  onLanguage: (language: UiLanguage | null) => void
  onClose: () => void
}

const THEME_NAMES: Record<ReaderSettings['theme'], MessageKey> = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  sepia: 'settings.themeSepia',
  dark: 'settings.themeDark',
}
const FONT_NAMES: Record<ReaderSettings['font'], MessageKey> = {
  serif: 'settings.fontSerif',
  sans: 'settings.fontSans',
}

function Stepper(props: {
  label: string
  decrease: string
  increase: string
  value: number
  limits: { min: number; max: number; step: number }
  format: (n: number) => string
  onChange: (n: number) => void
}) {
  const { label, decrease, increase, value, limits, format, onChange } = props
  const set = (n: number) =>
    onChange(Math.round(Math.min(limits.max, Math.max(limits.min, n)) * 100) / 100)
  return (
    <div className="stepper" role="group" aria-label={label}>
      <span className="stepper-label">{label}</span>
      <button
        type="button"
        onClick={() => set(value - limits.step)}
        disabled={value <= limits.min}
        aria-label={decrease}
      >
        −
      </button>
      <output aria-live="polite">{format(value)}</output>
      <button
        type="button"
        onClick={() => set(value + limits.step)}
        disabled={value >= limits.max}
        aria-label={increase}
      >
        +
      </button>
    </div>
  )
}

export function ReaderSettingsPanel({ settings, onChange, onLanguage, onClose }: Props) {
  const t = useT()
  const chosen = useChosenLanguage()
  const ref = useRef<HTMLDivElement>(null)
  // Closes on Escape and on a click outside (the toolbar button toggles it itself).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
    }
    const onDown = (e: MouseEvent) => {
      const target = e.target as Element
      if (!ref.current?.contains(target) && !target.closest('[data-settings-toggle]')) onClose()
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onDown)
    }
  }, [onClose])
  return (
    <div className="settings-panel" role="dialog" aria-label={t('reader.settings')} ref={ref}>
      <label className="settings-language">
        {t('settings.language')}
        <select
          value={chosen ?? ''}
          onChange={(e) => onLanguage((e.target.value || null) as UiLanguage | null)}
        >
          <option value="">
            {t('settings.languageSystem', {
              language: UI_LANGUAGE_NAMES[interfaceLanguage(null, navigator.languages)],
            })}
          </option>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {UI_LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('settings.theme')}</legend>
        <div className="segmented">
          {THEMES.map((theme) => (
            <label key={theme}>
              <input
                type="radio"
                name="theme"
                checked={settings.theme === theme}
                onChange={() => onChange({ theme })}
              />
              {t(THEME_NAMES[theme])}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.font')}</legend>
        <div className="segmented">
          {FONTS.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="font"
                checked={settings.font === f}
                onChange={() => onChange({ font: f })}
              />
              {t(FONT_NAMES[f])}
            </label>
          ))}
        </div>
      </fieldset>
      <Stepper
        label={t('settings.textSize')}
        decrease={t('settings.textSizeDecrease')}
        increase={t('settings.textSizeIncrease')}
        value={settings.fontSize}
        limits={READER_LIMITS.fontSize}
        format={(n) => t('settings.pixels', { n })}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <Stepper
        label={t('settings.lineSpacing')}
        decrease={t('settings.lineSpacingDecrease')}
        increase={t('settings.lineSpacingIncrease')}
        value={settings.lineHeight}
        limits={READER_LIMITS.lineHeight}
        format={(n) =>
          new Intl.NumberFormat(t.lang, {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          }).format(n)
        }
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <Stepper
        label={t('settings.lineWidth')}
        decrease={t('settings.lineWidthDecrease')}
        increase={t('settings.lineWidthIncrease')}
        value={settings.width}
        limits={READER_LIMITS.width}
        format={(n) => t('settings.characters', { n })}
        onChange={(width) => onChange({ width })}
      />
    </div>
  )
}
