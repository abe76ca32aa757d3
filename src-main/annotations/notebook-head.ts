// What the notebook shows first, kept so it can be shown before every article's file is read:
// the newest annotations (by creation, the notebook's default order) and how many there are in
// all. It is kept up to date with every save, written (durably) at each checkpoint and after a
// full read, and read when the store opens; the notebook's first page comes from it while the
// rest loads in the background. Pure but for `readHead` and `writeHead`.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isPlainAnnotation, type Annotation } from '../../src-shared/annotation'
import { writeFileAtomic } from '../storage/atomic-write'

export const HEAD_FILE = '.notebook-head.json'
/** As many as the notebook asks for at once (its page limit is 500). */
export const HEAD_SIZE = 500

export interface NotebookHead {
  /** Every annotation in the store. */
  total: number
  /** The newest HEAD_SIZE (or all, if fewer), newest first. */
  newest: Annotation[]
}

const newestFirst = (a: Annotation, b: Annotation) => b.created.localeCompare(a.created)

export function headOf(all: readonly Annotation[]): NotebookHead {
  return { total: all.length, newest: [...all].sort(newestFirst).slice(0, HEAD_SIZE) }
}

/** The head after one change: `put` of an annotation (new unless `existed`), or a delete. */
export function noteChange(
  head: NotebookHead,
  change: { put: Annotation; existed: boolean } | { deleted: string },
): NotebookHead {
  if ('deleted' in change) {
    return {
      total: Math.max(0, head.total - 1),
      newest: head.newest.filter((a) => a.id !== change.deleted),
    }
  }
  const { put, existed } = change
  const rest = head.newest.filter((a) => a.id !== put.id)
  const full = head.total > head.newest.length
  const oldest = head.newest.at(-1)
  // Older than every annotation kept, while others are left out: it is not among the newest.
  const fits = !full || !oldest || put.created >= oldest.created || rest.length < head.newest.length
  const newest = fits ? [...rest, put].sort(newestFirst).slice(0, HEAD_SIZE) : rest
  return { total: head.total + (existed ? 0 : 1), newest }
}

export async function readHead(dir: string): Promise<NotebookHead | null> {
  try {
    const json = JSON.parse(await readFile(join(dir, HEAD_FILE), 'utf8')) as unknown
    const h = json as Partial<NotebookHead>
    if (
      typeof h?.total !== 'number' ||
      !Number.isInteger(h.total) ||
      !Array.isArray(h.newest) ||
      !h.newest.every(isPlainAnnotation) ||
      h.newest.length > h.total
    ) {
      return null
    }
    return { total: h.total, newest: h.newest }
  } catch {
    return null
  }
}

export function writeHead(dir: string, head: NotebookHead): Promise<void> {
  return writeFileAtomic(join(dir, HEAD_FILE), JSON.stringify(head))
}
