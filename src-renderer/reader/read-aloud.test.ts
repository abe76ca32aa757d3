import { describe, expect, it } from 'vitest'
import {
  ReadAloud,
  sentencesOf,
  voicesFor,
  type ReadProgress,
  type SpeechEngine,
  type Utterance,
} from './read-aloud'

/** A synthesiser that says nothing: it keeps what it was asked, and the test ends utterances. */
class FakeEngine implements SpeechEngine<string> {
  spoken: Utterance<string>[] = []
  current: Utterance<string> | null = null
  cancels = 0
  speak(u: Utterance<string>) {
    this.spoken.push(u)
    this.current = u
  }
  cancel() {
    this.cancels++
    // As Chromium does: the utterance being said reports that it was interrupted.
    const was = this.current
    this.current = null
    was?.onError('interrupted')
  }
  /** The current utterance is said to its end. */
  finish() {
    const was = this.current
    this.current = null
    was?.onEnd()
  }
  texts() {
    return this.spoken.map((u) => u.text)
  }
}

const text = 'First one. Second one!\n\nThird one? Fourth.'
const blocks = [
  { start: 0, end: 22 },
  { start: 24, end: text.length },
]

function reader() {
  const engine = new FakeEngine()
  const seen: ReadProgress[] = []
  const sentences = sentencesOf(text, blocks, 'en')
  const aloud = new ReadAloud(engine, sentences, 'en', (p) => seen.push(p))
  return { engine, seen, aloud, sentences }
}

describe('sentencesOf', () => {
  it('splits each block into its sentences, with their places in the text', () => {
    const sentences = sentencesOf(text, blocks, 'en')
    expect(sentences).toEqual([
      { block: 0, start: 0, end: 10, text: 'First one.' },
      { block: 0, start: 11, end: 22, text: 'Second one!' },
      { block: 1, start: 24, end: 34, text: 'Third one?' },
      { block: 1, start: 35, end: 42, text: 'Fourth.' },
    ])
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('splits Greek at its question mark (;), Arabic at ؟, and leaves out what has no words', () => {
    const greek = 'Τι να κάνουμε; Να οργανωθούμε.'
    expect(sentencesOf(greek, [{ start: 0, end: greek.length }], 'el').map((s) => s.text)).toEqual([
      'Τι να κάνουμε;',
      'Να οργανωθούμε.',
    ])
    const arabic = 'ما العمل؟ التنظيم.'
    expect(sentencesOf(arabic, [{ start: 0, end: arabic.length }], 'ar')).toHaveLength(2)
    expect(sentencesOf(' … — ', [{ start: 0, end: 5 }], 'en')).toEqual([])
  })
})

describe('ReadAloud stepping', () => {
  it('reads sentence after sentence, across paragraphs, and stops at the end', () => {
    const { engine, seen, aloud } = reader()
    aloud.play()
    engine.finish()
    engine.finish()
    engine.finish()
    expect(aloud.progress).toEqual({ state: 'playing', index: 3 })
    engine.finish()
    expect(engine.texts()).toEqual(['First one.', 'Second one!', 'Third one?', 'Fourth.'])
    expect(aloud.progress).toEqual({ state: 'stopped', index: null })
    expect(seen.map((p) => p.index)).toEqual([0, 1, 2, 3, null])
    expect(engine.current).toBeNull()
  })

  it('starts where asked, pauses, and says the paused sentence again on resuming', () => {
    const { engine, aloud } = reader()
    aloud.play(2)
    aloud.pause()
    expect(aloud.progress).toEqual({ state: 'paused', index: 2 })
    // The engine's end of the dropped utterance changes nothing.
    engine.finish()
    expect(aloud.progress.index).toBe(2)
    aloud.toggle()
    expect(aloud.progress).toEqual({ state: 'playing', index: 2 })
    expect(engine.texts()).toEqual(['Third one?', 'Third one?'])
  })

  it('goes to the next and previous sentence, playing or not, within the text', () => {
    const { engine, aloud } = reader()
    aloud.next()
    expect(aloud.progress).toEqual({ state: 'stopped', index: 0 })
    aloud.play()
    aloud.next()
    aloud.next()
    aloud.previous()
    expect(engine.texts()).toEqual(['First one.', 'Second one!', 'Third one?', 'Second one!'])
    // Only the last is live: an end from an earlier one does not move on twice.
    engine.spoken[1]!.onEnd()
    expect(aloud.progress.index).toBe(1)
    aloud.previous()
    aloud.previous()
    expect(aloud.progress.index).toBe(0)
    aloud.stop()
    expect(aloud.progress).toEqual({ state: 'stopped', index: null })
  })

  it('says the current sentence again at a new speed or in a new voice', () => {
    const { engine, aloud } = reader()
    aloud.play()
    aloud.setRate(1.5)
    aloud.setVoice('Greek voice')
    const last = engine.spoken.at(-1)!
    expect(last).toMatchObject({ text: 'First one.', rate: 1.5, voice: 'Greek voice', lang: 'en' })
    expect(engine.spoken).toHaveLength(3)
    aloud.pause()
    aloud.setRate(2)
    expect(engine.spoken).toHaveLength(3)
  })

  it('stops and says why when the engine fails, and not for utterances it was told to drop', () => {
    const { engine, seen, aloud } = reader()
    aloud.play()
    engine.spoken[0]!.onError('canceled')
    expect(aloud.progress.state).toBe('playing')
    engine.current!.onError('synthesis-failed')
    expect(seen.at(-1)).toEqual({ state: 'stopped', index: 0, error: 'synthesis-failed' })
  })

  it('does nothing with no sentences', () => {
    const engine = new FakeEngine()
    const aloud = new ReadAloud(engine, [], 'en', () => undefined)
    aloud.play()
    aloud.next()
    expect(engine.spoken).toEqual([])
    expect(aloud.progress.state).toBe('stopped')
  })
})

describe('voicesFor', () => {
  it('finds the voices of a language whatever their region, the default first', () => {
    const voices = [
      { name: 'English (US)', lang: 'en-US' },
      { name: 'Ελληνικά', lang: 'el-GR' },
      { name: 'English (UK)', lang: 'en_GB', default: true },
    ]
    expect(voicesFor('en', voices).map((v) => v.name)).toEqual(['English (UK)', 'English (US)'])
    expect(voicesFor('el', voices).map((v) => v.name)).toEqual(['Ελληνικά'])
    expect(voicesFor('ar', voices)).toEqual([])
  })
})
