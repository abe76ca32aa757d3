// A minimal valid annotation for store tests: `id` in `articleId`, made `minute` minutes into 2026.
import type { Annotation } from '../src-shared/annotation'

export function plainAnnotation(id: string, articleId: string, minute = 0): Annotation {
  const stamp = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
  return {
    id,
    articleId,
    contentHash: 'h',
    quote: { exact: 'words', prefix: '', suffix: '' },
    position: { start: 0, end: 5 },
    color: 'yellow',
    note: '',
    tags: [],
    creator: { id: 'me', name: '' },
    created: stamp,
    modified: stamp,
  }
}
