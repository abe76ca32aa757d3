// `npm run archive:synth`: a deterministic, realistic multilingual source folder for scale
// tests and benchmarks. Articles in nine languages and scripts, Zipf word frequencies, 200–2,500
// words (plus a few of 100,000), the site's old-pages box, sections, byline and publication
// line, and translation groups (one slug in several languages), as text, Markdown and saved
// pages of the site (formats.ts). Same seed, same bytes.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { render, SECTION_COUNT, type SynthArticle } from './formats'
import { LANGUAGE_WEIGHTS, LANGUAGES, VOCABULARY, type SynthLang } from './vocabulary'
import { rng } from './rng'
import { wordTail } from './word-tail'

export { rng }

/** Words of the long tail per language; with it, about half of all words are rare ones. */
export const TAIL_WORDS = 20_000
const vocabularies = new Map<SynthLang, string[]>()

/** A language's words, most frequent first: the common words, then the made-up long tail. */
export function vocabularyOf(lang: SynthLang): string[] {
  let words = vocabularies.get(lang)
  if (!words) {
    const common = VOCABULARY[lang]
    vocabularies.set(lang, (words = [...common, ...wordTail(lang, TAIL_WORDS, common)]))
  }
  return words
}

/** Cumulative Zipf weights for a vocabulary of n words (word i has weight 1 / (i + 1)). */
function zipfTable(n: number): number[] {
  const table: number[] = []
  let total = 0
  for (let i = 0; i < n; i++) table.push((total += 1 / (i + 1)))
  return table.map((x) => x / total)
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export interface SynthOptions {
  count: number
  seed: number
  out: string
  /** How many of the articles are 100,000-word documents (default: 1 per 10,000, at least 1). */
  huge?: number
  onProgress?: (done: number, total: number) => void
}

export class Writer {
  private readonly random: () => number
  private readonly tables = new Map<SynthLang, number[]>()
  constructor(seed: number) {
    this.random = rng(seed)
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!
  }

  word(lang: SynthLang): string {
    const vocabulary = vocabularyOf(lang)
    let table = this.tables.get(lang)
    if (!table) this.tables.set(lang, (table = zipfTable(vocabulary.length)))
    const r = this.random()
    let lo = 0
    let hi = table.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (table[mid]! < r) lo = mid + 1
      else hi = mid
    }
    return vocabulary[lo]!
  }

  sentence(lang: SynthLang, min: number, max: number): string {
    const n = min + Math.floor(this.random() * (max - min + 1))
    const words = Array.from({ length: n }, () => this.word(lang))
    const first = words[0]!
    words[0] = first[0]!.toLocaleUpperCase(lang) + first.slice(1)
    return words.join(' ')
  }

  /** One article's parts, in the order a page shows them. */
  article(lang: SynthLang, words: number, date: Date): SynthArticle {
    const title = this.sentence(lang, 5, 12)
    const blocks: SynthArticle['blocks'] = []
    let written = 0
    let sinceHeading = 0
    while (written < words) {
      if (sinceHeading >= 4 + Math.floor(this.random() * 6)) {
        blocks.push({ heading: true, text: this.sentence(lang, 3, 8) })
        sinceHeading = 0
      }
      const sentences: string[] = []
      const length = 40 + Math.floor(this.random() * 160)
      let n = 0
      while (n < length) {
        const s = this.sentence(lang, 6, 24)
        n += s.split(' ').length
        sentences.push(`${s}.`)
      }
      blocks.push({ heading: false, text: sentences.join(' ') })
      written += n
      sinceHeading++
    }
    const author = this.sentence('en', 2, 3)
    const dateline = `Published in Rizospastis, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
    return { lang, title, blocks, author, dateline, date }
  }

  weightedLang(): SynthLang {
    const total = Object.values(LANGUAGE_WEIGHTS).reduce((a, b) => a + b, 0)
    let r = this.random() * total
    for (const lang of LANGUAGES) {
      r -= LANGUAGE_WEIGHTS[lang]
      if (r <= 0) return lang
    }
    return 'en'
  }

  between(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.random() < p
  }
}

/** Writes `count` articles as `<lang>/<slug>.<lang>.<txt|md|html>`; translations share a slug. */
export async function synthesise({
  count,
  seed,
  out,
  huge,
  onProgress,
}: SynthOptions): Promise<void> {
  const w = new Writer(seed)
  const hugeCount = huge ?? Math.max(1, Math.floor(count / 10_000))
  for (const lang of LANGUAGES) await mkdir(join(out, lang), { recursive: true })
  let written = 0
  let group = 0
  const start = Date.UTC(2000, 0, 1)
  const span = Date.UTC(2026, 10, 1) - start
  while (written < count) {
    group++
    const slug = `article-${seed}-${group}`
    const date = new Date(start + Math.floor((w.between(0, 1000) / 1000) * span))
    const words = written < hugeCount ? 100_000 : w.between(200, 2_500)
    // About one story in five also appears in one to three other languages.
    const langs = new Set<SynthLang>([w.weightedLang()])
    if (w.chance(0.2)) for (let i = w.between(1, 3); i > 0; i--) langs.add(w.weightedLang())
    // Most sources are saved as text (the seed's form); some are Markdown with front matter,
    // and a few are pages saved from the site, linking their other languages.
    const form = w.chance(0.03) ? 'html' : w.chance(0.12) ? 'md' : 'txt'
    const section = w.between(0, SECTION_COUNT - 1)
    for (const lang of langs) {
      if (written >= count) break
      const article = w.article(lang, words, date)
      const others = [...langs].filter((l) => l !== lang)
      await writeFile(
        join(out, lang, `${slug}.${lang}.${form}`),
        render(form, article, { slug, section, others }),
      )
      written++
      onProgress?.(written, count)
    }
  }
}
