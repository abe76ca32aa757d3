import { describe, expect, it } from 'vitest'
import { APP_COMMANDS, isAppCommand } from '../../src-shared/commands'
import { contextMenuTemplate, menuTemplate, type MenuEntry } from './menu-template'

const entries = (items: MenuEntry[]) =>
  items.filter((i): i is Extract<MenuEntry, { command: string }> => 'command' in i)

describe('menus', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`binds every item to a command the app carries out (${platform})`, () => {
      const sections = menuTemplate(platform)
      expect(sections.map((s) => s.label)).toEqual(
        expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Help']),
      )
      const commands = sections.flatMap((s) => entries(s.items))
      for (const c of commands) expect(isAppCommand(c.command), c.command).toBe(true)
      // Every command is reachable from the menus, once.
      expect(new Set(commands.map((c) => c.command))).toEqual(new Set(Object.keys(APP_COMMANDS)))
      // No two items share a key, commands and Electron's roles (page zoom) alike.
      const accelerators = sections
        .flatMap((s) => s.items)
        .flatMap((i) => ('accelerator' in i && i.accelerator ? [i.accelerator] : []))
      expect(new Set(accelerators).size).toBe(accelerators.length)
      expect(accelerators).toEqual(expect.arrayContaining(['CmdOrCtrl+Shift+=', 'CmdOrCtrl+0']))
    })
  }

  it('gives the Edit menu the roles text fields need: cut, copy, paste, select all', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const edit = menuTemplate(platform).find((s) => s.label === 'Edit')!
      const roles = edit.items.flatMap((i) => ('role' in i && i.role ? [i.role] : []))
      expect(roles).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
      )
    }
  })

  it('offers highlight, note, quote and search on a selection, and link actions on web links only', () => {
    expect(
      entries(contextMenuTemplate({ hasSelection: true, linkUrl: null })).map((c) => c.command),
    ).toEqual(['highlight', 'note', 'copy-quote', 'search-selection'])
    expect(contextMenuTemplate({ hasSelection: false, linkUrl: 'https://kke.gr/' })).toEqual([
      { role: 'copyLink', label: 'Copy link' },
      { role: 'openLink', label: 'Open in browser' },
    ])
    expect(contextMenuTemplate({ hasSelection: true, linkUrl: null })).toContainEqual({
      role: 'copy',
      label: 'Copy',
    })
    expect(contextMenuTemplate({ hasSelection: false, linkUrl: 'javascript:alert(1)' })).toEqual([])
  })
})
