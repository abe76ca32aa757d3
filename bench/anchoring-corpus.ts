// The edits `npm run bench:anchoring` puts annotated texts through, with the truth kept: after
// every edit each annotation knows where its passage now is, or that it is gone. A text is a list
// of paragraphs; an annotation lives in one paragraph, so local edits touch only its paragraph
// and global ones (paragraphs inserted, moved, sentences deleted) move whole paragraphs.
import type { Writer } from '../test-support/synth/synth'

export interface Passage {
  para: number
  start: number
  end: number
}

export interface Doc {
  paras: string[]
}

/** Where a passage is after an edit; null when it was deleted or rewritten. */
export type Truth = Passage | null

export function join(doc: Doc): { text: string; starts: number[] } {
  const starts: number[] = []
  let at = 0
  for (const p of doc.paras) {
    starts.push(at)
    at += p.length + 2
  }
  return { text: doc.paras.join('\n\n'), starts }
}

/** Sprinkles straight quotes and spaced hyphens through synthetic text, as real articles have. */
export function withPunctuation(paragraph: string, w: Writer): string {
  return paragraph
    .split(' ')
    .map((word, i) => {
      if (i > 0 && w.chance(0.03) && /^\p{L}+$/u.test(word)) return `"${word}"`
      if (i > 0 && w.chance(0.015)) return `- ${word}`
      return word
    })
    .join(' ')
}

/** A passage of 1–40 words starting and ending on word boundaries. */
export function pickPassage(doc: Doc, para: number, w: Writer): Passage | null {
  const text = doc.paras[para]!
  const bounds = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  if (bounds.length < 6) return null
  const words = w.chance(0.15) ? w.between(1, 3) : w.between(4, 40)
  const first = w.between(0, Math.max(0, bounds.length - words - 1))
  const last = Math.min(bounds.length - 1, first + words - 1)
  return { para, start: bounds[first]![0], end: bounds[last]![1] }
}

type Local = (text: string, p: Passage, w: Writer) => { text: string; truth: Truth }

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove)
}

/** Applies `f` to the paragraph's text before, inside and after the passage separately. */
function bySegment(f: (s: string, w: Writer) => string): Local {
  return (text, p, w) => {
    const a = f(text.slice(0, p.start), w)
    const b = f(text.slice(p.start, p.end), w)
    const c = f(text.slice(p.end), w)
    return { text: a + b + c, truth: { ...p, start: a.length, end: a.length + b.length } }
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzαβγδεζηθικλμνξοπρστυφχψωабвгдежзиклмнопрст'

export const LOCAL_EDITS: Record<string, Local> = {
  'typo in quote': (text, p, w) => {
    const len = p.end - p.start
    const typos = Math.max(1, Math.min(3, Math.floor(len / 12)))
    let t = text
    let end = p.end
    for (let i = 0; i < typos; i++) {
      const at = p.start + 1 + w.between(0, Math.max(0, end - p.start - 3))
      const kind = w.between(0, 2)
      if (kind === 0) t = splice(t, at, 1, w.pick([...LETTERS]))
      else if (kind === 1) {
        t = splice(t, at, 0, w.pick([...LETTERS]))
        end++
      } else if (end - p.start > 4) {
        t = splice(t, at, 1, '')
        end--
      }
    }
    return { text: t, truth: { ...p, end } }
  },
  'word inserted in quote': (text, p, w) => {
    const spaces = [...text.slice(p.start, p.end).matchAll(/ /g)].map((m) => p.start + m.index)
    if (!spaces.length) return { text, truth: p }
    const word = ` ${w.pick(['indeed', 'also', 'ακόμα', 'также', 'auch', 'aussi', 'أيضا'])}`
    return {
      text: splice(text, w.pick(spaces), 0, word),
      truth: { ...p, end: p.end + word.length },
    }
  },
  'word deleted in quote': (text, p, w) => {
    const inner = [...text.slice(p.start, p.end).matchAll(/ \S+(?= )/g)]
    if (inner.length < 2) return { text, truth: p }
    const m = w.pick(inner)
    return {
      text: splice(text, p.start + m.index, m[0].length, ''),
      truth: { ...p, end: p.end - m[0].length },
    }
  },
  'whitespace reflowed': bySegment((s, w) =>
    s.replace(/ /g, (m) => (w.chance(0.3) ? '\n' : w.chance(0.1) ? '  ' : m)),
  ),
  'quotes and dashes typeset': bySegment((s) =>
    s
      .replace(/"(\p{L}+)"/gu, '“$1”')
      .replace(/ - /g, ' — ')
      .replace(/'/g, '’'),
  ),
  'NFC to NFD': bySegment((s) => s.normalize('NFD')),
  'passage deleted': (text, p) => {
    // The sentence around the passage goes too, as an editor would cut it.
    const from = Math.max(0, text.lastIndexOf('. ', p.start) + 1)
    const dot = text.indexOf('. ', p.end)
    const to = dot < 0 ? text.length : dot + 1
    return { text: text.slice(0, from) + text.slice(to), truth: null }
  },
  'sentence inserted in quote': (text, p, w) => {
    const spaces = [...text.slice(p.start, p.end).matchAll(/ /g)].map((m) => p.start + m.index)
    if (!spaces.length) return { text, truth: p }
    const lang = w.pick(['en', 'el', 'ru', 'de'] as const)
    const sentence = ` ${w.sentence(lang, 5, 12)}.`
    return {
      text: splice(text, w.pick(spaces), 0, sentence),
      truth: { ...p, end: p.end + sentence.length },
    }
  },
  'passage rewritten': (text, p, w) => {
    const lang = w.pick(['en', 'el', 'ru', 'de'] as const)
    const words: string[] = []
    while (words.join(' ').length < p.end - p.start) words.push(w.word(lang))
    return { text: splice(text, p.start, p.end - p.start, words.join(' ')), truth: null }
  },
}

type Global = (doc: Doc, passages: Passage[], w: Writer, lang: 'en' | 'el' | 'ru' | 'de') => Doc

function newParagraph(w: Writer, lang: Parameters<Writer['sentence']>[0]): string {
  return Array.from({ length: w.between(2, 6) }, () => `${w.sentence(lang, 6, 20)}.`).join(' ')
}

/** Global edits move passages in place: `passages` is updated to the truth. */
export const GLOBAL_EDITS: Record<string, Global> = {
  'paragraphs inserted before': (doc, passages, w, lang) => {
    const paras = [...doc.paras]
    for (let i = 0; i < 5; i++) {
      const at = w.between(0, paras.length)
      paras.splice(at, 0, newParagraph(w, lang))
      for (const p of passages) if (p.para >= at) p.para++
    }
    return { paras }
  },
  'paragraphs moved': (doc, passages, w) => {
    const order = doc.paras.map((_, i) => i)
    for (let i = 0; i < 5; i++) {
      const from = w.between(0, order.length - 1)
      const [moved] = order.splice(from, 1)
      order.splice(w.between(0, order.length), 0, moved!)
    }
    for (const p of passages) p.para = order.indexOf(p.para)
    return { paras: order.map((i) => doc.paras[i]!) }
  },
  'annotated ¶ moved far': (doc, passages, w) => {
    // Each annotated paragraph goes somewhere else in the whole text, far from where it was.
    const order = doc.paras.map((_, i) => i)
    for (const p of passages) {
      const from = order.indexOf(p.para)
      order.splice(from, 1)
      const far = (from + Math.floor(order.length / 2) + w.between(0, 20)) % (order.length + 1)
      order.splice(far, 0, p.para)
    }
    for (const p of passages) p.para = order.indexOf(p.para)
    return { paras: order.map((i) => doc.paras[i]!) }
  },
  'paragraphs split or merged': (doc, passages, w) => {
    // Each annotated paragraph is split at a sentence outside the passage, or merged with the
    // paragraph before it.
    const byPara = new Map(passages.map((p) => [p.para, p]))
    const paras: string[] = []
    doc.paras.forEach((text, i) => {
      const p = byPara.get(i)
      if (!p) return void paras.push(text)
      const cuts = [...text.matchAll(/\. /g)]
        .map((m) => m.index + 2)
        .filter((c) => c <= p.start || c > p.end)
      const previous = paras.length - 1
      const mergeable = previous >= 0 && !passages.some((q) => q !== p && q.para === previous)
      if (w.chance(0.5) && mergeable) {
        const before = paras[previous]!
        paras[previous] = `${before} ${text}`
        Object.assign(p, {
          para: previous,
          start: p.start + before.length + 1,
          end: p.end + before.length + 1,
        })
      } else if (cuts.length) {
        const cut = w.pick(cuts)
        paras.push(text.slice(0, cut - 1), text.slice(cut))
        if (p.start >= cut)
          Object.assign(p, { para: paras.length - 1, start: p.start - cut, end: p.end - cut })
        else p.para = paras.length - 2
      } else {
        paras.push(text)
        p.para = paras.length - 1
      }
    })
    return { paras }
  },
  'sentences deleted elsewhere': (doc, passages, w) => {
    const used = new Set(passages.map((p) => p.para))
    const paras = doc.paras.map((text, i) => {
      if (used.has(i) || !w.chance(0.3)) return text
      const sentences = text.split(/(?<=\.) /)
      if (sentences.length < 2) return text
      sentences.splice(w.between(0, sentences.length - 1), 1)
      return sentences.join(' ')
    })
    return { paras }
  },
  'repeated phrase elsewhere': (doc, passages, w, lang) => {
    const paras = [...doc.paras]
    const quotes = passages.map((p) => doc.paras[p.para]!.slice(p.start, p.end))
    for (const quote of quotes) {
      const at = w.between(0, paras.length)
      paras.splice(at, 0, `${w.sentence(lang, 4, 8)} ${quote} ${w.sentence(lang, 4, 8)}.`)
      for (const q of passages) if (q.para >= at) q.para++
    }
    return { paras }
  },
}
