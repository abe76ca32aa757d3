// Applies the reader settings to the page: the theme as `data-theme` on <html> (so dark mode
// covers the article too) and the type settings as CSS custom properties.
import type { ReaderSettings } from '../../src-shared/api'

export type ResolvedTheme = 'light' | 'sepia' | 'dark'

export function resolveTheme(theme: ReaderSettings['theme'], systemDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemDark ? 'dark' : 'light'
  return theme
}

export function applyReaderStyle(
  root: HTMLElement,
  settings: ReaderSettings,
  systemDark: boolean,
): void {
  const theme = resolveTheme(settings.theme, systemDark)
  root.dataset.theme = theme
  root.dataset.readingFont = settings.font
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light'
  root.style.setProperty('--reading-size', `${settings.fontSize}px`)
  root.style.setProperty('--reading-leading', String(settings.lineHeight))
  root.style.setProperty('--measure', `${settings.width}ch`)
}
