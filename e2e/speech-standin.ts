// A stand-in for the system's speech synthesiser, put into a page before it loads: it "says"
// each sentence in `ms` milliseconds (or until cancelled), reports its end as Chromium does,
// and keeps what it was asked in window.__spoken. For the read-aloud tests and screenshots.
import type { Page } from '@playwright/test'

export interface Spoken {
  text: string
  rate: number
  voice: string | null
}

/** Puts a stand-in for the system's speech synthesiser into the page, with `voices`. */
export async function standInSynth(page: Page, voices: { name: string; lang: string }[], ms = 60) {
  await page.addInitScript(
    ([voices, ms]) => {
      const spoken: { text: string; rate: number; voice: string | null }[] = []
      let current: { utterance: SpeechSynthesisUtterance; timer: number } | null = null
      const list = voices.map((v, i) => ({
        ...v,
        voiceURI: `voice-${i}`,
        default: i === 0,
        localService: true,
      }))
      const synth = {
        getVoices: () => list,
        speak(utterance: SpeechSynthesisUtterance) {
          spoken.push({
            text: utterance.text,
            rate: utterance.rate,
            voice: utterance.voice?.name ?? null,
          })
          const timer = window.setTimeout(() => {
            current = null
            utterance.onend?.(new Event('end') as SpeechSynthesisEvent)
          }, ms)
          current = { utterance, timer }
        },
        cancel() {
          if (!current) return
          window.clearTimeout(current.timer)
          const { utterance } = current
          current = null
          utterance.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent)
        },
        addEventListener() {},
        removeEventListener() {},
      }
      class Utterance {
        text: string
        lang = ''
        rate = 1
        voice: { name: string } | null = null
        onend: ((e: Event) => void) | null = null
        onerror: ((e: unknown) => void) | null = null
        constructor(text: string) {
          this.text = text
        }
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: Utterance,
        configurable: true,
      })
      Object.defineProperty(window, '__spoken', { value: spoken })
    },
    [voices, ms] as const,
  )
}

/** What the stand-in was asked to say, in order. */
export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)
