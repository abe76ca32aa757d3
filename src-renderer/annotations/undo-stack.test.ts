import { describe, expect, it } from 'vitest'
import { UndoStack } from './undo-stack'
import type { MessageKey } from '../../src-shared/i18n/translate'

function counter() {
  const log: string[] = []
  const entry = (label: string, ok = true) => ({
    label: label as MessageKey,
    undo: async () => (log.push(`undo ${label}`), ok),
    redo: async () => (log.push(`redo ${label}`), ok),
  })
  return { log, entry }
}

describe('UndoStack', () => {
  it('undoes and redoes in order, and a new action clears redo', async () => {
    const { log, entry } = counter()
    const stack = new UndoStack()
    stack.push(entry('a'))
    stack.push(entry('b'))
    expect(await stack.undo()).toBe('b')
    expect(await stack.undo()).toBe('a')
    expect(await stack.undo()).toBeNull()
    expect(await stack.redo()).toBe('a')
    stack.push(entry('c'))
    expect(stack.canRedo).toBe(false)
    expect(log).toEqual(['undo b', 'undo a', 'redo a'])
  })

  it('keeps an entry whose undo failed, to try again', async () => {
    const { entry } = counter()
    const stack = new UndoStack()
    stack.push(entry('x', false))
    expect(await stack.undo()).toBeNull()
    expect(stack.canUndo).toBe(true)
  })

  it('merges quick edits of the same note into one step', async () => {
    let now = 0
    const stack = new UndoStack(10, 2000, () => now)
    const seen: string[] = []
    const edit = (value: string, before: string) => ({
      label: 'undo.note' as const,
      mergeKey: 'note:1',
      undo: async () => (seen.push(`set ${before}`), true),
      redo: async () => (seen.push(`set ${value}`), true),
    })
    stack.push(edit('a', ''))
    now = 500
    stack.push(edit('ab', 'a'))
    now = 5000
    stack.push(edit('abc', 'ab'))
    await stack.undo()
    await stack.undo()
    await stack.redo()
    expect(seen).toEqual(['set ab', 'set ', 'set ab'])
  })
})
