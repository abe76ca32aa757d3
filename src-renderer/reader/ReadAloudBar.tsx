// The read-aloud controls under the reader's toolbar: previous and next sentence, play and pause,
// speed and voice, and what is happening. Reading starts at the selection, or at the paragraph
// at the top of the view, in a voice of the article's language; where the system has none, the
// bar says so and offers the voices it has. The sentence being read is marked and kept in view.
import { useEffect, useMemo, useState, type MutableRefObject } from 'react'
import type { EditorView } from 'prosemirror-view'
import { canonicalText, offsetToPos, posToOffset } from '../../src-shared/text'
import { useT } from '../i18n'
import { topBlockIndex } from './block-geometry'
import {
  RATES,
  ReadAloud,
  sentencesOf,
  voicesFor,
  type ReadProgress,
  type Sentence,
} from './read-aloud'
import { markReading } from './read-aloud-mark'
import { webSpeech } from './web-speech'

interface Props {
  view: EditorView
  lang: string
  /** The scrolling reader column and the DOM of each block (to start where the reader is). */
  scroller: HTMLElement | null
  blocks: readonly HTMLElement[]
  onClose: () => void
  /** Set to what the R key does while the bar is open (play or pause). */
  toggleRef: MutableRefObject<(() => void) | null>
}

/** The sentence to start at: the one the selection starts in, else the first of the paragraph
 * at the top of the view. */
function startAt(view: EditorView, sentences: readonly Sentence[], props: Props): number {
  const { blocks } = canonicalText(view.state.doc)
  const selection = window.getSelection()
  if (selection?.rangeCount && !selection.isCollapsed) {
    const range = selection.getRangeAt(0)
    if (view.dom.contains(range.startContainer)) {
      const offset = posToOffset(blocks, view.posAtDOM(range.startContainer, range.startOffset))
      const found = sentences.findIndex((s) => s.end > offset)
      if (found >= 0) return found
    }
  }
  const top = props.scroller ? topBlockIndex(props.scroller, props.blocks) : 0
  return Math.max(
    0,
    sentences.findIndex((s) => s.block >= top),
  )
}

/** Scrolls the reader so that the document position `pos` is in view, if it is not. */
function keepInView(view: EditorView, scroller: HTMLElement | null, pos: number): void {
  if (!scroller) return
  const at = view.coordsAtPos(pos)
  const box = scroller.getBoundingClientRect()
  if (at.top >= box.top + 48 && at.bottom <= box.bottom - 96) return
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  scroller.scrollBy({
    top: at.top - (box.top + box.height / 3),
    behavior: smooth ? 'smooth' : 'auto',
  })
}

/** A step mark (bar and triangle), drawn rather than taken from a font that may lack it;
 * mirrored in right-to-left interfaces, where "next" points left. */
function StepIcon({ back = false }: { back?: boolean }) {
  return (
    <svg
      className={back ? 'step-icon step-back' : 'step-icon'}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M3 2.5 L11 8 L3 13.5 Z M12 2.5 H14 V13.5 H12 Z" fill="currentColor" />
    </svg>
  )
}

export function ReadAloudBar(props: Props) {
  const { view, lang, scroller, onClose, toggleRef } = props
  const t = useT()
  const speech = useMemo(() => webSpeech(), [])
  const sentences = useMemo(() => {
    const { text, blocks } = canonicalText(view.state.doc)
    return sentencesOf(text, blocks, lang)
  }, [view, lang])
  const [progress, setProgress] = useState<ReadProgress>({ state: 'stopped', index: null })
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null)
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null)
  const [rate, setRate] = useState(1)
  const aloud = useMemo(
    () => (speech ? new ReadAloud(speech.engine, sentences, lang, setProgress) : null),
    [speech, sentences, lang],
  )

  // The voices, then reading at once in the article's language (if the system speaks it).
  useEffect(() => {
    if (!speech || !aloud) return
    let live = true
    void speech.voices().then((all) => {
      if (!live) return
      setVoices(all)
      const own = voicesFor(lang, all)[0]
      if (!own) return
      setVoice(own)
      aloud.setVoice(own)
      aloud.play(startAt(view, sentences, props))
    })
    return () => {
      live = false
      aloud.stop()
      markReading(view, null)
    }
    // Once per article and language: the props read at the start are where reading begins.
  }, [speech, aloud])

  useEffect(() => {
    toggleRef.current = () => aloud?.toggle()
    return () => {
      toggleRef.current = null
    }
  }, [aloud, toggleRef])

  // The sentence being read: marked, and kept in view.
  useEffect(() => {
    const sentence = progress.index === null ? null : sentences[progress.index]
    if (!sentence) return markReading(view, null)
    const { blocks } = canonicalText(view.state.doc)
    const from = offsetToPos(blocks, sentence.start)
    markReading(view, { from, to: offsetToPos(blocks, sentence.end) })
    if (progress.state === 'playing') keepInView(view, scroller, from)
  }, [progress, sentences, view, scroller])

  const own = voices ? voicesFor(lang, voices) : []
  const offered = own.length ? own : (voices ?? [])
  const ready = !!aloud && !!voice && sentences.length > 0
  let message: string | null = null
  if (!speech) message = t('readAloud.unavailable')
  else if (voices && !voices.length) message = t('readAloud.noVoices')
  else if (voices && !own.length)
    message = t('readAloud.noVoiceFor', { language: { language: lang } })
  else if (progress.error) message = t('readAloud.failed', { reason: progress.error })
  else if (progress.index !== null)
    message = t('readAloud.position', { index: progress.index + 1, count: sentences.length })

  return (
    <div className="read-aloud-bar" role="toolbar" aria-label={t('readAloud.bar')}>
      <button
        type="button"
        disabled={!ready}
        onClick={() => aloud?.previous()}
        aria-label={t('readAloud.previous')}
        title={t('readAloud.previous')}
      >
        <StepIcon back />
      </button>
      <button
        type="button"
        disabled={!ready}
        aria-pressed={progress.state === 'playing'}
        onClick={() =>
          progress.state === 'stopped' && progress.index === null
            ? aloud?.play(startAt(view, sentences, props))
            : aloud?.toggle()
        }
      >
        {progress.state === 'playing' ? t('readAloud.pause') : t('readAloud.play')}
      </button>
      <button
        type="button"
        disabled={!ready}
        onClick={() => aloud?.next()}
        aria-label={t('readAloud.next')}
        title={t('readAloud.next')}
      >
        <StepIcon />
      </button>
      <label>
        {t('readAloud.speed')}{' '}
        <select
          value={rate}
          onChange={(e) => {
            const next = Number(e.target.value)
            setRate(next)
            aloud?.setRate(next)
          }}
        >
          {RATES.map((r) => (
            <option key={r} value={r}>
              {t('readAloud.rate', { rate: r })}
            </option>
          ))}
        </select>
      </label>
      {offered.length > 0 && (
        <label>
          {t('readAloud.voice')}{' '}
          <select
            value={voice?.voiceURI ?? ''}
            onChange={(e) => {
              const chosen = offered.find((v) => v.voiceURI === e.target.value) ?? null
              setVoice(chosen)
              aloud?.setVoice(chosen)
            }}
          >
            {!voice && <option value="">{t('readAloud.chooseVoice')}</option>}
            {offered.map((v) => (
              <option key={v.voiceURI} value={v.voiceURI}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="read-aloud-status" role="status">
        {message}
      </span>
      <button type="button" className="read-aloud-close" onClick={onClose}>
        {t('readAloud.close')}
      </button>
    </div>
  )
}
