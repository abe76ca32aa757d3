// Typesetting plain text the way each language prints it: straight quotes become the
// language's quotation marks, apostrophes become ’, a spaced hyphen becomes a dash and a
// double hyphen an em dash. Done once, at import, so the canonical text (what annotations
// anchor to) is the text the reader sees; anchoring treats old and new marks alike anyway.
import { Fragment, type Node as PMNode } from 'prosemirror-model'

interface Marks {
  open: string
  close: string
  /** Quotes inside quotes. */
  innerOpen: string
  innerClose: string
  /** What a spaced hyphen between words becomes. */
  dash: string
}

const ENGLISH: Marks = { open: '“', close: '”', innerOpen: '‘', innerClose: '’', dash: '–' }
const GUILLEMETS: Marks = { open: '«', close: '»', innerOpen: '“', innerClose: '”', dash: '—' }

const MARKS: Record<string, Marks> = {
  en: ENGLISH,
  tr: { ...ENGLISH },
  de: { open: '„', close: '“', innerOpen: '‚', innerClose: '‘', dash: '–' },
  el: GUILLEMETS,
  ru: { ...GUILLEMETS, innerOpen: '„', innerClose: '“' },
  fr: GUILLEMETS,
  it: { ...GUILLEMETS, dash: '–' },
  es: { ...GUILLEMETS, dash: '—' },
  pt: GUILLEMETS,
  ar: { ...GUILLEMETS, dash: '–' },
}

/** A quote mark opens when nothing but space or an opening bracket is before it. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u

export function typeset(text: string, lang: string): string {
  const marks = MARKS[lang.toLowerCase().split('-')[0]!] ?? ENGLISH
  let out = text
    .replace(/(\S) ?--- ?(\S)/g, '$1—$2')
    .replace(/(\S) ?-- ?(\S)/g, '$1—$2')
    .replace(/(\S) - (\S)/g, `$1 ${marks.dash} $2`)
  let chars = ''
  let depth = 0
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!
    const before = i === 0 ? ' ' : out[i - 1]!
    const after = out[i + 1] ?? ' '
    if (ch === '"') {
      const opening = OPENS_AFTER.test(before)
      if (opening) depth++
      else depth = Math.max(0, depth - 1)
      chars += opening
        ? depth > 1
          ? marks.innerOpen
          : marks.open
        : depth > 0
          ? marks.innerClose
          : marks.close
    } else if (ch === "'") {
      // Between letters it is an apostrophe; after space it opens; otherwise it closes.
      if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) chars += '’'
      else if (OPENS_AFTER.test(before)) chars += '‘'
      else chars += '’'
    } else chars += ch
  }
  out = chars
  return out
}

/** Typesets each textblock of a document, its text as one run so quotes pair across marks. */
export function typesetDoc(doc: PMNode, lang: string): PMNode {
  const mapBlock = (node: PMNode): PMNode => {
    if (node.isTextblock) {
      const parts: { node: PMNode; text: string }[] = []
      node.forEach((child) => parts.push({ node: child, text: child.isText ? child.text! : '' }))
      const joined = parts.map((p) => p.text || '\uFFFC').join('')
      const set = typeset(joined, lang)
      let at = 0
      const children = parts.map(({ node: child, text: t }) => {
        if (!child.isText) {
          at += 1
          return child
        }
        // Same length: quotes map one to one; otherwise set each run on its own.
        const piece = set.length === joined.length ? set.slice(at, at + t.length) : typeset(t, lang)
        at += t.length
        return child.type.schema.text(piece, child.marks)
      })
      return node.copy(Fragment.fromArray(children))
    }
    if (node.isLeaf) return node
    const children: PMNode[] = []
    node.forEach((child) => children.push(mapBlock(child)))
    return node.copy(Fragment.fromArray(children))
  }
  return mapBlock(doc)
}
