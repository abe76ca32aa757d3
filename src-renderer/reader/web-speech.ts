// The system's voices, through the Web Speech API (speechSynthesis, in Chromium and Electron), as
// a speech engine for read-aloud.ts; null where the page has no speech synthesis.
import type { SpeechEngine } from './read-aloud'

export interface WebSpeech {
  engine: SpeechEngine<SpeechSynthesisVoice>
  /** The voices installed, once the browser has listed them (it may take a moment). */
  voices(): Promise<SpeechSynthesisVoice[]>
}

/** How long to wait for the browser to list its voices before taking it that there are none. */
const VOICES_WAIT_MS = 1500

export function webSpeech(): WebSpeech | null {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null
  // Chromium lets an utterance be garbage-collected while it is spoken, and its end never comes:
  // the one being said is kept here.
  let speaking: SpeechSynthesisUtterance | null = null
  return {
    engine: {
      speak(u) {
        const utterance = new SpeechSynthesisUtterance(u.text)
        utterance.lang = u.lang
        if (u.voice) utterance.voice = u.voice
        utterance.rate = u.rate
        utterance.onend = () => {
          if (speaking === utterance) speaking = null
          u.onEnd()
        }
        utterance.onerror = (event) => {
          if (speaking === utterance) speaking = null
          u.onError(event.error)
        }
        speaking = utterance
        synth.speak(utterance)
      },
      cancel() {
        synth.cancel()
      },
    },
    voices() {
      const now = synth.getVoices()
      if (now.length) return Promise.resolve(now)
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer)
          synth.removeEventListener('voiceschanged', done)
          resolve(synth.getVoices())
        }
        const timer = setTimeout(done, VOICES_WAIT_MS)
        synth.addEventListener('voiceschanged', done)
      })
    },
  }
}
