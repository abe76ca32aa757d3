import { describe, expect, it } from 'vitest'
import { isAppNavigation, isExternalLink, isPermissionGranted } from './links'
import { secureWebPreferences } from './web-preferences'
import { fitBoundsToDisplays } from './window-bounds'

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    })
  })
})

describe('links', () => {
  it('hands only http(s) to the system browser', () => {
    expect(isExternalLink('https://inter.kke.gr/en/articles/x/')).toBe(true)
    expect(isExternalLink('http://example.org')).toBe(true)
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'app://scholion/',
      'smb://host/share',
      'nonsense',
    ]) {
      expect(isExternalLink(url)).toBe(false)
    }
  })

  it('lets navigation stay only on the app origin (and the dev server when configured)', () => {
    expect(isAppNavigation('app://scholion/index.html')).toBe(true)
    expect(isAppNavigation('app://evil/index.html')).toBe(false)
    expect(isAppNavigation('https://example.org/')).toBe(false)
    expect(isAppNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppNavigation('http://localhost:5173/')).toBe(false)
  })
})

describe('fitBoundsToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 }
  const external = { x: 1440, y: 0, width: 2560, height: 1440 }

  it('keeps bounds that are on a display', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700 }
    expect(fitBoundsToDisplays(saved, [laptop])).toEqual(saved)
    const onExternal = { x: 2000, y: 100, width: 1200, height: 900 }
    expect(fitBoundsToDisplays(onExternal, [laptop, external])).toEqual(onExternal)
  })

  it('falls back to the default when the display it was on is gone', () => {
    expect(fitBoundsToDisplays({ x: 2000, y: 100, width: 1200, height: 900 }, [laptop])).toBeNull()
  })

  it('pulls a window whose title bar is off-screen back, and shrinks it to fit', () => {
    expect(fitBoundsToDisplays({ x: 100, y: -50, width: 2000, height: 700 }, [laptop])).toBeNull()
    expect(fitBoundsToDisplays({ x: 800, y: 100, width: 1000, height: 1200 }, [laptop])).toEqual({
      x: 440,
      y: 0,
      width: 1000,
      height: 900,
    })
  })

  it('ignores missing or empty bounds', () => {
    expect(fitBoundsToDisplays(undefined, [laptop])).toBeNull()
    expect(fitBoundsToDisplays({ x: 0, y: 0, width: 0, height: 10 }, [laptop])).toBeNull()
  })
})

describe('isPermissionGranted', () => {
  it('lets the app’s own page write to the clipboard, and grants nothing else', () => {
    const page = { requestingUrl: 'app://scholion/index.html', isMainFrame: true }
    expect(isPermissionGranted('clipboard-sanitized-write', page)).toBe(true)
    for (const other of ['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal'])
      expect(isPermissionGranted(other, page), other).toBe(false)
    // Not from a frame inside the page, not from another origin, not without an address.
    expect(isPermissionGranted('clipboard-sanitized-write', { ...page, isMainFrame: false })).toBe(
      false,
    )
    expect(
      isPermissionGranted('clipboard-sanitized-write', {
        requestingUrl: 'https://example.org/',
        isMainFrame: true,
      }),
    ).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', { isMainFrame: true })).toBe(false)
    // The dev server counts as the app's page only when it is the one in use.
    const dev = { requestingUrl: 'http://localhost:5173/', isMainFrame: true }
    expect(isPermissionGranted('clipboard-sanitized-write', dev)).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', dev, 'http://localhost:5173')).toBe(
      true,
    )
  })
})
