// Which articles are translations of one another, from what the sources say: the same slug in
// several languages (`<slug>.<lang>.<ext>` files), and pages that link their other-language
// versions. Linked articles form one group (links are followed both ways and through chains);
// a group is named by its shared slug when it has one, else by its first id.

interface Linkable {
  id: string
  lang: string
  sourceUrl: string | null
  translationGroup?: string | null
}

/** A URL as a key: no fragment, no trailing slash, host in lower case. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url.trim())
    u.hash = ''
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`
  } catch {
    return url.trim()
  }
}

/** Sets `translationGroup` on every entry: a group id, or null for an article on its own. */
export function linkTranslations(
  entries: Map<string, Linkable>,
  links: ReadonlyMap<string, readonly string[]>,
): void {
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(id, root)
    return root
  }
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)].sort()
    if (x !== y) parent.set(y!, x!)
  }
  const slugOf = (id: string, lang: string) => id.slice(lang.length + 1)
  for (const id of entries.keys()) parent.set(id, id)
  const bySlug = new Map<string, string>()
  const byUrl = new Map<string, string>()
  for (const e of entries.values()) {
    const slug = slugOf(e.id, e.lang)
    const other = bySlug.get(slug)
    if (other) union(other, e.id)
    else bySlug.set(slug, e.id)
    if (e.sourceUrl) byUrl.set(urlKey(e.sourceUrl), e.id)
  }
  for (const [id, urls] of links) {
    for (const url of urls) {
      const target = byUrl.get(urlKey(url))
      if (target && target !== id) union(id, target)
    }
  }
  const members = new Map<string, Linkable[]>()
  for (const e of entries.values()) {
    const root = find(e.id)
    members.set(root, [...(members.get(root) ?? []), e])
  }
  for (const [root, group] of members) {
    const slugs = new Set(group.map((e) => slugOf(e.id, e.lang)))
    const name = group.length < 2 ? null : slugs.size === 1 ? [...slugs][0]! : root
    for (const e of group) e.translationGroup = name
  }
}
