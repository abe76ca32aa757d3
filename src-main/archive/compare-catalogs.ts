// What changed between two versions of an archive's catalog, by article id and content hash:
// used when a pack is made and when one is previewed or applied.

export interface CatalogChange {
  added: string[]
  changed: string[]
  removed: string[]
}

/** What changed from `before` to `after` (id → content hash). */
export function compareCatalogs(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): CatalogChange {
  const added: string[] = []
  const changed: string[] = []
  for (const [id, hash] of after) {
    const was = before.get(id)
    if (was === undefined) added.push(id)
    else if (was !== hash) changed.push(id)
  }
  const removed = [...before.keys()].filter((id) => !after.has(id))
  return { added, changed, removed }
}
