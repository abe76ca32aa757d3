import { describe, expect, it } from 'vitest'
import { resolveDataDir } from './data-dir'

describe('resolveDataDir', () => {
  const home = '/home/ada'
  it('prefers SCHOLION_DATA_DIR, then Electron userData', () => {
    expect(
      resolveDataDir({
        env: { SCHOLION_DATA_DIR: '/tmp/x' },
        electronUserData: '/u',
        platform: 'linux',
        home,
      }),
    ).toBe('/tmp/x')
    expect(resolveDataDir({ env: {}, electronUserData: '/u', platform: 'linux', home })).toBe('/u')
  })
  it('uses the XDG data folder on Linux', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home })).toBe(
      '/home/ada/.local/share/scholion',
    )
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/xdg' }, platform: 'linux', home })).toBe(
      '/xdg/scholion',
    )
  })
  it('uses the usual folders on macOS and Windows', () => {
    expect(resolveDataDir({ env: {}, platform: 'darwin', home })).toBe(
      '/home/ada/Library/Application Support/Scholion',
    )
    expect(resolveDataDir({ env: { APPDATA: 'C:/AppData' }, platform: 'win32', home })).toMatch(
      /AppData[\\/]Scholion$/,
    )
  })
})
