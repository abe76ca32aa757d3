// @vitest-environment jsdom
// A note being typed is kept in the page's storage until it is saved.
import { describe, expect, it } from 'vitest'
import { clearDraft, draftFor, saveDraft } from './note-drafts'

describe('note drafts', () => {
  it('keeps what was typed until the note is saved, and offers only a draft that differs', () => {
    saveDraft('a1', 'half a sentence', '')
    expect(draftFor('a1', '')).toMatchObject({ note: 'half a sentence', base: '' })
    // Saved meanwhile: the draft is no draft and goes.
    expect(draftFor('a1', 'half a sentence')).toBeNull()
    expect(draftFor('a1', '')).toBeNull()
    saveDraft('a2', 'x', '')
    clearDraft('a2')
    expect(draftFor('a2', '')).toBeNull()
  })
})
