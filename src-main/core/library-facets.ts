// What the library list shows of the user's own use of the articles, from the stores that hold
// it: which were read (reading positions), which are annotated (the annotation store), which
// are new since the last visit (visits), and where each was left.
import type { ReadingPosition } from '../../src-shared/api'
import { lookup } from '../../src-shared/safe-keys'
import type { AnnotationStore } from '../annotations/annotation-store'
import type { Library } from '../library/library'
import type { JsonStore } from '../storage/json-store'
import type { ReadingPositions } from './reading-positions'
import type { Visits } from './visits'

export function libraryFacets(o: {
  library: Library | null
  reading: JsonStore<ReadingPositions>
  annotationStore: AnnotationStore
  visits: Visits
}) {
  const { reading, annotationStore, visits } = o
  return {
    readIds: () => new Set(Object.keys(reading.data.positions)),
    /** The annotated facet needs every annotation file read; the first listing starts that in
     * the background and counts none until it is done, unless that filter is asked for. */
    async annotatedIds(wait: boolean): Promise<ReadonlySet<string>> {
      const known = annotationStore.annotatedArticles()
      if (known) return known
      const loading = annotationStore.all()
      if (!wait) {
        void loading.catch(() => undefined)
        return new Set()
      }
      await loading
      return annotationStore.annotatedArticles() ?? new Set()
    },
    freshIds: () => {
      visits.touch()
      return visits.fresh(o.library)
    },
    position: (id: string): ReadingPosition | null => lookup(reading.data.positions, id) ?? null,
  }
}
