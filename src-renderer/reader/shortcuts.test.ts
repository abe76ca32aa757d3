import { describe, expect, it } from 'vitest'
import { commandFor, SHORTCUTS } from './shortcuts'

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('commandFor', () => {
  it('maps plain keys, modified keys and shifted keys', () => {
    expect(commandFor(key('j'))).toBe('next-paragraph')
    expect(commandFor(key('f', { ctrlKey: true }))).toBe('find')
    expect(commandFor(key('f', { metaKey: true }))).toBe('find')
    expect(commandFor(key(' '))).toBe('page-down')
    expect(commandFor(key(' ', { shiftKey: true }))).toBe('page-up')
    expect(commandFor(key('?', { shiftKey: true }))).toBe('help')
    expect(commandFor(key('f'))).toBe('focus')
    expect(commandFor(key('l'))).toBe('library')
  })

  it('leaves other keys and modified letters to the browser', () => {
    expect(commandFor(key('j', { ctrlKey: true }))).toBeNull()
    expect(commandFor(key('f', { altKey: true }))).toBeNull()
    expect(commandFor(key('x'))).toBeNull()
  })

  it('gives every command exactly one entry in the help', () => {
    const commands = SHORTCUTS.map((s) => s.command)
    expect(new Set(commands).size).toBe(commands.length)
  })
})
