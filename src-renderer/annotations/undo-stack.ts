// Undo and redo of annotation actions. Each entry knows how to undo and redo itself (calls to
// the core); an entry that fails stays where it was, so nothing is lost and it can be retried.
import type { MessageKey } from '../../src-shared/i18n/translate'

export interface UndoEntry {
  /** What the action was, for messages ("Undo highlight"). */
  label: MessageKey
  undo: () => Promise<boolean>
  redo: () => Promise<boolean>
  /** Entries with the same key made within `mergeMs` merge (typing a note is one step). */
  mergeKey?: string
}

export class UndoStack {
  private done: (UndoEntry & { at: number })[] = []
  private undone: UndoEntry[] = []
  private busy = false

  constructor(
    private readonly limit = 200,
    private readonly mergeMs = 2000,
    private readonly now: () => number = Date.now,
  ) {}

  push(entry: UndoEntry): void {
    const last = this.done.at(-1)
    const at = this.now()
    if (last && entry.mergeKey && last.mergeKey === entry.mergeKey && at - last.at < this.mergeMs) {
      // Keep the first undo (back to before the burst) and the latest redo.
      this.done[this.done.length - 1] = { ...last, redo: entry.redo, at }
    } else {
      this.done.push({ ...entry, at })
      if (this.done.length > this.limit) this.done.shift()
    }
    this.undone = []
  }

  get canUndo(): boolean {
    return this.done.length > 0
  }

  get canRedo(): boolean {
    return this.undone.length > 0
  }

  /** Undoes the last action; resolves with its label, or null if there was nothing or it failed. */
  async undo(): Promise<MessageKey | null> {
    if (this.busy) return null
    const entry = this.done.at(-1)
    if (!entry) return null
    this.busy = true
    try {
      if (!(await entry.undo())) return null
      this.done.pop()
      this.undone.push(entry)
      return entry.label
    } finally {
      this.busy = false
    }
  }

  async redo(): Promise<MessageKey | null> {
    if (this.busy) return null
    const entry = this.undone.at(-1)
    if (!entry) return null
    this.busy = true
    try {
      if (!(await entry.redo())) return null
      this.undone.pop()
      this.done.push({ ...entry, at: 0 })
      return entry.label
    } finally {
      this.busy = false
    }
  }
}
