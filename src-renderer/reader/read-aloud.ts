// Reading an article aloud, one sentence at a time: the sentences of each block (split the way
// the article's language splits them, Intl.Segmenter), spoken in turn by a speech engine (the
// system's voices through the Web Speech API in the app, a fake in tests), from any sentence,
// on across paragraphs to the end. Pausing stops the engine and resuming says the sentence
// again from its start (engines pause unreliably, and a sentence heard whole is easier to
// follow). Pure logic: what is marked on the page and how is the bar's business.

export interface Sentence {
  /** The block it is in (canonical order) and its place in the canonical text. */
  block: number
  start: number
  end: number
  text: string
}

/** The sentences of the text's blocks, in the language `lang`; blank ones left out. */
export function sentencesOf(
  text: string,
  blocks: readonly { start: number; end: number }[],
  lang: string,
): Sentence[] {
  let segmenter: Intl.Segmenter
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })
  }
  const out: Sentence[] = []
  blocks.forEach((b, block) => {
    for (const part of segmenter.segment(text.slice(b.start, b.end))) {
      const lead = part.segment.length - part.segment.trimStart().length
      const said = part.segment.trim()
      if (!/[\p{L}\p{N}]/u.test(said)) continue
      const start = b.start + part.index + lead
      out.push({ block, start, end: start + said.length, text: said })
    }
  })
  return out
}

/** What an engine is asked to say. */
export interface Utterance<V> {
  text: string
  lang: string
  voice: V | null
  rate: number
  onEnd: () => void
  onError: (error: string) => void
}

export interface SpeechEngine<V> {
  speak(utterance: Utterance<V>): void
  /** Stops what is being said, and forgets what was waiting. */
  cancel(): void
}

export type ReadState = 'stopped' | 'playing' | 'paused'

export interface ReadProgress {
  state: ReadState
  /** The sentence being read (or where reading paused); null when stopped. */
  index: number | null
  /** Why reading stopped, when an engine failed (its own words). */
  error?: string
}

/** Errors an engine reports for an utterance it was told to drop: not failures. */
const DROPPED = new Set(['interrupted', 'canceled'])

export const RATES = [0.75, 1, 1.25, 1.5, 2] as const

export class ReadAloud<V> {
  private index: number | null = null
  private state: ReadState = 'stopped'
  /** Each utterance carries the turn it was spoken in; what an older one says is ignored. */
  private turn = 0
  voice: V | null = null
  rate = 1

  constructor(
    private readonly engine: SpeechEngine<V>,
    private readonly sentences: readonly Sentence[],
    private readonly lang: string,
    private readonly onChange: (progress: ReadProgress) => void,
  ) {}

  get progress(): ReadProgress {
    return { state: this.state, index: this.index }
  }

  /** Reads from sentence `from` (the current one, or the first, when not given). */
  play(from?: number): void {
    if (!this.sentences.length) return
    const at = from ?? this.index ?? 0
    this.index = Math.min(Math.max(0, at), this.sentences.length - 1)
    this.state = 'playing'
    this.say()
  }

  pause(): void {
    if (this.state !== 'playing') return
    this.turn++
    this.engine.cancel()
    this.state = 'paused'
    this.tell()
  }

  /** Play when paused or stopped, pause when playing. */
  toggle(): void {
    if (this.state === 'playing') this.pause()
    else this.play()
  }

  next(): void {
    this.step(1)
  }

  previous(): void {
    this.step(-1)
  }

  setRate(rate: number): void {
    this.rate = rate
    if (this.state === 'playing') this.say()
  }

  setVoice(voice: V | null): void {
    this.voice = voice
    if (this.state === 'playing') this.say()
  }

  stop(): void {
    this.turn++
    this.engine.cancel()
    this.state = 'stopped'
    this.index = null
    this.tell()
  }

  private step(by: number): void {
    const at = (this.index ?? (by > 0 ? -1 : 0)) + by
    if (at < 0 || at >= this.sentences.length) return
    this.index = at
    if (this.state === 'playing') this.say()
    else this.tell()
  }

  private tell(error?: string): void {
    this.onChange({ ...this.progress, ...(error ? { error } : {}) })
  }

  private say(): void {
    const turn = ++this.turn
    this.engine.cancel()
    const sentence = this.sentences[this.index!]!
    this.tell()
    this.engine.speak({
      text: sentence.text,
      lang: this.lang,
      voice: this.voice,
      rate: this.rate,
      onEnd: () => {
        if (turn !== this.turn) return
        if (this.index! + 1 < this.sentences.length) {
          this.index!++
          this.say()
        } else {
          // The end of the article: reading stops there.
          this.turn++
          this.state = 'stopped'
          this.index = null
          this.tell()
        }
      },
      onError: (error) => {
        if (turn !== this.turn || DROPPED.has(error)) return
        this.turn++
        this.state = 'stopped'
        this.tell(error)
      },
    })
  }
}

/** The voices that speak `lang` (by its language, whatever the region), the default first. */
export function voicesFor<V extends { lang: string; default?: boolean }>(
  lang: string,
  voices: readonly V[],
): V[] {
  const primary = lang.toLowerCase().split(/[-_]/)[0]
  return voices
    .filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === primary)
    .sort((a, b) => Number(!!b.default) - Number(!!a.default))
}
