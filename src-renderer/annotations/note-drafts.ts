// A note being typed is also kept as a draft in the page's local storage, at every keystroke, so
// that if the whole app dies mid-sentence (a crash, the power), the words come back: the next
// time that annotation is opened, its draft is offered. A draft is dropped once its note is
// saved, or when the reader discards it.

const PREFIX = 'scholion.draft.'
/** Drafts older than this are forgotten (the reader has moved on). */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000

export interface NoteDraft {
  note: string
  /** The note the draft started from: a draft equal to what is saved is no draft. */
  base: string
  at: number
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function saveDraft(annotationId: string, note: string, base: string): void {
  try {
    storage()?.setItem(PREFIX + annotationId, JSON.stringify({ note, base, at: Date.now() }))
  } catch {
    // Storage full or refused: the draft is a safety net, the save itself still runs.
  }
}

export function clearDraft(annotationId: string): void {
  try {
    storage()?.removeItem(PREFIX + annotationId)
  } catch {
    // As above.
  }
}

/** The draft of an annotation whose saved note is `saved`, if one differs from it. */
export function draftFor(annotationId: string, saved: string): NoteDraft | null {
  let draft: NoteDraft
  try {
    const raw = storage()?.getItem(PREFIX + annotationId)
    if (!raw) return null
    draft = JSON.parse(raw) as NoteDraft
  } catch {
    return null
  }
  if (typeof draft?.note !== 'string' || typeof draft.at !== 'number') return null
  if (draft.note === saved || Date.now() - draft.at > MAX_AGE_MS) {
    clearDraft(annotationId)
    return null
  }
  return draft
}
