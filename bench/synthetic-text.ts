// Deterministic article text for benchmarks: words with a Zipf-like frequency, sentences,
// paragraphs and section headings, the same for the same seed.
import { rng } from '../test-support/synth/synth'

const WORDS = (
  'the of and to in class workers struggle party people labour capital state power working movement ' +
  'political social economic government strike union communist rights wages production imperialist ' +
  'bourgeois popular countries conditions development revolutionary organisation crisis monopolies ' +
  'policy interests system socialism history society democracy solidarity international congress'
).split(' ')

/** Picks word i with probability ∝ 1/(i+1): a few common words, a long tail. */
function zipfWord(random: () => number): string {
  const weights = WORDS.map((_, i) => 1 / (i + 1))
  const total = weights.reduce((a, b) => a + b, 0)
  let r = random() * total
  for (let i = 0; i < WORDS.length; i++) {
    r -= weights[i]!
    if (r <= 0) return WORDS[i]!
  }
  return WORDS[0]!
}

export interface SyntheticBlock {
  kind: 'heading' | 'paragraph'
  text: string
}

/** About `words` words: a heading every ~8 paragraphs, paragraphs of 60–180 words. */
export function syntheticArticle(words: number, seed: number): SyntheticBlock[] {
  const random = rng(seed)
  const blocks: SyntheticBlock[] = []
  let count = 0
  let sinceHeading = 0
  while (count < words) {
    if (sinceHeading >= 8) {
      blocks.push({
        kind: 'heading',
        text: `Section ${blocks.length}: ${zipfWord(random)} and ${zipfWord(random)}`,
      })
      sinceHeading = 0
    }
    const length = 60 + Math.floor(random() * 120)
    const sentences: string[] = []
    let sentence: string[] = []
    for (let i = 0; i < length; i++) {
      sentence.push(zipfWord(random))
      if (sentence.length > 8 && random() < 0.12) {
        const s = sentence.join(' ')
        sentences.push(s[0]!.toUpperCase() + s.slice(1) + '.')
        sentence = []
      }
    }
    if (sentence.length) sentences.push(sentence.join(' ') + '.')
    blocks.push({ kind: 'paragraph', text: sentences.join(' ') })
    count += length
    sinceHeading++
  }
  return blocks
}
