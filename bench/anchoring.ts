// `npm run bench:anchoring`: how well and how fast annotations find their passages again after
// realistic edits, in texts of about 300 KB in five scripts plus the seed article. Prints, per
// kind of edit, the share anchored correctly, anchored in a wrong place, and orphaned; then the
// time per anchor (p50 / p95 / max). Goals: ≥ 97 % correct, ≤ 1 % wrong, p95 ≤ 5 ms, max ≤ 50 ms.
// DEBUG="<edit>" prints the failures of one kind of edit; SLOW=<ms> prints anchors slower than that.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { anchor, describeRange } from '../src-main/annotations/anchoring'
import { Writer } from '../test-support/synth/synth'
import {
  GLOBAL_EDITS,
  LOCAL_EDITS,
  join,
  pickPassage,
  withPunctuation,
  type Doc,
  type Passage,
} from './anchoring-corpus'
import { percentiles } from './stats'

const PER_TEXT = Number(process.env.BENCH_ANNOTATIONS ?? 25)
const TARGET_BYTES = 300_000

function synthDoc(lang: 'en' | 'el' | 'ru' | 'ar' | 'de', seed: number): Doc {
  const w = new Writer(seed)
  const paras: string[] = []
  let bytes = 0
  while (bytes < TARGET_BYTES) {
    const p = withPunctuation(
      Array.from({ length: w.between(3, 9) }, () => `${w.sentence(lang, 6, 24)}.`).join(' '),
      w,
    )
    paras.push(p)
    bytes += Buffer.byteLength(p) + 2
  }
  return { paras }
}

function seedDoc(): Doc {
  const raw = readFileSync(
    new URL(
      '../../shared/archive-seed/the-class-struggle-cannot-be-denigrated.en.txt',
      import.meta.url,
    ),
    'utf8',
  )
  return {
    paras: raw
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  }
}

type Outcome = 'correct' | 'wrong' | 'orphan' | 'imprecise'

function judge(
  found: { start: number; end: number } | null,
  truth: { start: number; end: number } | null,
): Outcome {
  if (!truth) return found ? 'wrong' : 'correct'
  if (!found) return 'orphan'
  const overlap = Math.max(0, Math.min(found.end, truth.end) - Math.max(found.start, truth.start))
  const union = Math.max(found.end, truth.end) - Math.min(found.start, truth.start)
  const iou = overlap / union
  if (iou >= 0.9) return 'correct'
  return iou > 0 ? 'imprecise' : 'wrong'
}

const texts: [string, Doc][] = [
  ['en seed', seedDoc()],
  ['en', synthDoc('en', 11)],
  ['el', synthDoc('el', 12)],
  ['ru', synthDoc('ru', 13)],
  ['ar', synthDoc('ar', 14)],
  ['de', synthDoc('de', 15)],
]

const tally = new Map<string, Record<Outcome, number>>()
const times: number[] = []
const count = (edit: string, o: Outcome) => {
  const t = tally.get(edit) ?? { correct: 0, wrong: 0, orphan: 0, imprecise: 0 }
  t[o]++
  tally.set(edit, t)
}

let seed = 100
for (const [name, doc] of texts) {
  const bytes = Buffer.byteLength(join(doc).text)
  const editLang = name.startsWith('el')
    ? 'el'
    : name.startsWith('ru')
      ? 'ru'
      : name.startsWith('de')
        ? 'de'
        : 'en'
  const edits = [
    ...Object.keys(LOCAL_EDITS).map((k) => ['local', k] as const),
    ...Object.keys(GLOBAL_EDITS).map((k) => ['global', k] as const),
  ]
  for (const [kind, edit] of edits) {
    const w = new Writer(seed++)
    const { text, starts } = join(doc)
    // Passages in distinct paragraphs, so local edits do not touch each other.
    const passages: Passage[] = []
    const used = new Set<number>()
    for (let tries = 0; passages.length < PER_TEXT && tries < PER_TEXT * 20; tries++) {
      const para = w.between(0, doc.paras.length - 1)
      if (used.has(para)) continue
      const p = pickPassage(doc, para, w)
      if (p) {
        passages.push(p)
        used.add(para)
      }
    }
    const selectors = passages.map((p) =>
      describeRange(text, starts[p.para]! + p.start, starts[p.para]! + p.end),
    )
    let edited: Doc
    let truths: (Passage | null)[]
    if (kind === 'local') {
      const paras = [...doc.paras]
      truths = passages.map((p) => {
        const r = LOCAL_EDITS[edit]!(paras[p.para]!, p, w)
        paras[p.para] = r.text
        return r.truth
      })
      edited = { paras }
    } else {
      truths = passages.map((p) => ({ ...p }))
      edited = GLOBAL_EDITS[edit]!(doc, truths as Passage[], w, editLang)
    }
    const after = join(edited)
    selectors.forEach((selector, i) => {
      const t0 = performance.now()
      const found = anchor(after.text, selector)
      const took = performance.now() - t0
      times.push(took)
      if (process.env.SLOW && took > Number(process.env.SLOW)) {
        console.log(`slow ${took.toFixed(1)} ms`, edit, name, i, selector.quote.exact.length)
      }
      const truth = truths[i] ?? null
      const at = truth && {
        start: after.starts[truth.para]! + truth.start,
        end: after.starts[truth.para]! + truth.end,
      }
      const outcome = judge(found, at)
      count(edit, outcome)
      if (process.env.DEBUG === edit && outcome !== 'correct') {
        console.log(
          outcome,
          JSON.stringify(selector.quote),
          found,
          at,
          found && JSON.stringify(after.text.slice(found.start, found.end)),
          at && JSON.stringify(after.text.slice(at.start, at.end)),
        )
      }
    })
  }
  console.log(`${name}: ${(bytes / 1000).toFixed(0)} KB, ${doc.paras.length} paragraphs`)
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1).padStart(5)} %`
let all = { correct: 0, wrong: 0, orphan: 0, imprecise: 0 }
console.log('\nedit                          correct   wrong  orphan  imprecise')
for (const [edit, t] of tally) {
  const n = t.correct + t.wrong + t.orphan + t.imprecise
  console.log(
    `${edit.padEnd(28)} ${pct(t.correct, n)} ${pct(t.wrong, n)} ${pct(t.orphan, n)} ${pct(t.imprecise, n)}`,
  )
  all = {
    correct: all.correct + t.correct,
    wrong: all.wrong + t.wrong,
    orphan: all.orphan + t.orphan,
    imprecise: all.imprecise + t.imprecise,
  }
}
const n = all.correct + all.wrong + all.orphan + all.imprecise
console.log(
  `${'all'.padEnd(28)} ${pct(all.correct, n)} ${pct(all.wrong, n)} ${pct(all.orphan, n)} ${pct(all.imprecise, n)}   (${n} anchors)`,
)
console.log(`time per anchor: ${percentiles(times, 2)}`)
