// Where the user was in each article (reading-positions.json): restored when an article is
// reopened, also after a restart. Small records, one file; written on scroll, debounced by the UI.
import { join } from 'node:path'
import { z } from 'zod'
import type { ReadingPosition } from '../../src-shared/api'
import { openJsonStore, type JsonStore } from '../storage/json-store'
import { safeKey } from '../../src-shared/safe-keys'

const positionSchema = z.object({
  block: z.number().int().min(0),
  progress: z.number().min(0).max(1),
  updated: z.string(),
}) satisfies z.ZodType<ReadingPosition>

const schema = z.object({ positions: z.record(safeKey, positionSchema) })
export type ReadingPositions = z.infer<typeof schema>

export function openReadingPositions(
  dataDir: string,
  now?: () => Date,
): Promise<JsonStore<ReadingPositions>> {
  return openJsonStore({
    file: join(dataDir, 'reading-positions.json'),
    label: 'store.readingPositions',
    schema,
    defaults: () => ({ positions: {} }),
    version: 1,
    now,
  })
}
