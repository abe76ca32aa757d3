// The paragraphs of an article's versions, for comparing them: each version's text asked for
// once, by its content hash (a version never changes), and kept while the app is open.
import { useEffect, useState } from 'react'
import type { ApiClient } from '../../src-shared/api'
import { articleSchema } from '../../src-shared/schema'
import { canonicalText, paragraphNumbers } from '../../src-shared/text'

export interface VersionText {
  /** The whole canonical text (what annotations' offsets count in). */
  text: string
  /** Each textblock's text, its start in `text`, and its ¶ number (null for headings). */
  blocks: { text: string; start: number; number: number | null }[]
}

/** Whether a version's text has arrived (not loading, not a problem). */
export function isVersionText(x: VersionText | string | null | undefined): x is VersionText {
  return typeof x === 'object' && x !== null
}

const kept = new Map<string, Promise<VersionText | string>>()

/** One version of an article: its content hash, and whether it is the current text. */
export interface VersionRef {
  hash: string
  current: boolean
}

/** A version's paragraphs, or why it could not be read (a message, shown as it is). */
export function versionText(
  api: ApiClient,
  id: string,
  { hash, current }: VersionRef,
): Promise<VersionText | string> {
  const key = `${id}\n${hash}`
  let got = kept.get(key)
  if (!got) {
    got = api['articles.get']({ id, ...(current ? {} : { version: hash }) }).then((r) => {
      if (!r.ok) {
        kept.delete(key)
        return r.error.message
      }
      const { text, blocks } = canonicalText(articleSchema.nodeFromJSON(r.value.doc))
      const numbers = paragraphNumbers(blocks)
      return {
        text,
        blocks: blocks.map((b, i) => ({
          text: text.slice(b.start, b.end),
          start: b.start,
          number: numbers[i] ?? null,
        })),
      }
    })
    kept.set(key, got)
  }
  return got
}

/** The versions' texts as they arrive (null while loading, a string if one failed). */
export function useVersionTexts(
  api: ApiClient,
  id: string,
  versions: readonly VersionRef[],
): (VersionText | string | null)[] {
  const key = JSON.stringify(versions)
  const [texts, setTexts] = useState<(VersionText | string | null)[]>(() =>
    versions.map(() => null),
  )
  useEffect(() => {
    let live = true
    const wanted = JSON.parse(key) as VersionRef[]
    setTexts(wanted.map(() => null))
    void Promise.all(wanted.map((v) => versionText(api, id, v))).then((all) => {
      if (live) setTexts(all)
    })
    return () => {
      live = false
    }
  }, [api, id, key])
  return texts
}
