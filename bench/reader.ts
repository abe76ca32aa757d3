// `npm run bench:reader`: how fast the reading view opens and scrolls, in Chromium through the
// HTTP host. Prints p50 / p95 / max from click to painted text for a 5,000-word and a
// 100,000-word article, the long tasks (> 50 ms) seen while scrolling the long one, and how long
// switching the interface's language takes with the 5,000-word article open (to Greek, to Arabic
// with its mirrored layout, back to English), from the choice to the painted frame.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { articleSchema } from '../src-shared/schema'
import { writeArchive, type ArchiveEntry } from '../src-main/archive/archive-write'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium'
import { startServer } from '../e2e/server'
import { percentiles } from './stats'
import { syntheticArticle } from './synthetic-text'
import { storePicture } from '../src-main/library/pictures/media-store'
import { png } from '../test-support/pictures'

const RUNS = Number(process.env.BENCH_RUNS ?? 30)

/** An article of `words` words; with `pictures` (stored media names), one after every
 * n-th block, spread through the text. */
function entry(
  id: string,
  title: string,
  words: number,
  seed: number,
  pictures: string[] = [],
): ArchiveEntry {
  const s = articleSchema
  const blocks = syntheticArticle(words, seed)
  const every = Math.max(1, Math.floor(blocks.length / (pictures.length + 1)))
  const doc = s.node('doc', null, [
    s.node('heading', { level: 1 }, [s.text(title)]),
    ...blocks.flatMap((b, i) => {
      const block =
        b.kind === 'heading'
          ? s.node('heading', { level: 2 }, [s.text(b.text)])
          : s.node('paragraph', null, [s.text(b.text)])
      const picture = (i + 1) % every === 0 ? pictures[(i + 1) / every - 1] : undefined
      if (!picture) return [block]
      const attrs = {
        alt: `Picture ${picture.slice(0, 6)}`,
        image: picture,
        width: 1600,
        height: 1000,
      }
      return [
        block,
        s.node('figure', attrs, [s.text(`A caption under picture ${picture.slice(0, 6)}`)]),
      ]
    }),
  ])
  return {
    id,
    title,
    lang: 'en',
    date: '2024-01-01',
    author: 'Bench',
    publication: null,
    section: null,
    sourceUrl: null,
    wordCount: words,
    doc: doc.toJSON(),
  }
}

/** Clicks the article's library entry and resolves with ms until its last block is painted. */
async function timeOpen(page: Page, title: string): Promise<number> {
  return page.evaluate(async (title) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.article-item')].find((b) =>
      b.textContent?.includes(title),
    )!
    const start = performance.now()
    button.click()
    await new Promise<void>((resolve) => {
      const done = () => {
        const body = document.querySelector('.article-body')
        return !!body && body.querySelector('h1')?.textContent === title && !!body.lastElementChild
      }
      if (done()) return resolve()
      const observer = new MutationObserver(() => {
        if (!done()) return
        observer.disconnect()
        resolve()
      })
      observer.observe(document.body, { childList: true, subtree: true })
    })
    // The frame after the DOM is there is the one that paints it.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    return performance.now() - start
  }, title)
}

/** Chooses an interface language in the open settings panel; resolves with ms until the frame
 * that shows the library under its name in that language is painted. */
async function timeLanguage(page: Page, lang: string, library: string): Promise<number> {
  return page.evaluate(
    async ([lang, library]) => {
      const select = document.querySelector<HTMLSelectElement>('.settings-language select')!
      const start = performance.now()
      select.value = lang!
      select.dispatchEvent(new Event('change', { bubbles: true }))
      await new Promise<void>((resolve) => {
        const done = () => !!document.querySelector(`nav[aria-label="${library}"]`)
        if (done()) return resolve()
        const observer = new MutationObserver(() => {
          if (!done()) return
          observer.disconnect()
          resolve()
        })
        observer.observe(document.body, { attributes: true, childList: true, subtree: true })
      })
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      return performance.now() - start
    },
    [lang, library],
  )
}

const PICTURES_TITLE = 'Bench pictures: 5,000 words and ten of them'

/** Scrolls the open article to its first picture; ms until it is loaded and decoded. */
async function timeFirstPicture(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.article-body img.figure-picture')!
    const start = performance.now()
    img.scrollIntoView()
    if (!img.complete || !img.naturalWidth)
      await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }))
    await img.decode()
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    return performance.now() - start
  })
}

function stats(samples: number[]): string {
  return `${percentiles(samples)}  (n=${samples.length})`
}

async function scrollLongTasks(
  page: Page,
): Promise<{ count: number; max: number; frames: number }> {
  return page.evaluate(async () => {
    const longTasks: number[] = []
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    )
    observer.observe({ type: 'longtask', buffered: false })
    const scroller = document.querySelector<HTMLElement>('.reader-scroll')!
    let frames = 0
    await new Promise<void>((resolve) => {
      const step = () => {
        scroller.scrollTop += 900
        frames++
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 || frames > 600)
          resolve()
        else requestAnimationFrame(step)
      }
      requestAnimationFrame(step)
    })
    await new Promise((r) => setTimeout(r, 200))
    observer.disconnect()
    return { count: longTasks.filter((d) => d > 50).length, max: Math.max(0, ...longTasks), frames }
  })
}

const work = await mkdtemp(join(tmpdir(), 'scholion-bench-reader-'))
const archive = join(work, 'archive')
// Ten pictures of 1600 × 1000, each different, stored as sync stores them.
const pictures = await Promise.all(
  Array.from({ length: 10 }, (_, i) =>
    storePicture(
      archive,
      png(1600, 1000, [20 * i, 40, 90], [250, 200 - 10 * i, 120]),
      'png',
      false,
    ),
  ),
)
await writeArchive(archive, [
  entry('en-bench-pictures', PICTURES_TITLE, 5_000, 1, pictures),
  entry('en-bench-small', 'Bench article of 5,000 words', 5_000, 1),
  entry('en-bench-large', 'Bench document of 100,000 words', 100_000, 2),
  entry('en-bench-other', 'Bench other article', 300, 3),
])
const server = await startServer({ dataDir: join(work, 'data'), archive })
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
  // tsx keeps function names with a `__name` helper that functions sent to the page also call.
  await page.addInitScript('window.__name = (f) => f')
  page.on('crash', () => console.error('the page crashed'))
  page.on('pageerror', (e) => console.error('page error', e))
  await page.goto(server.url)
  await page.locator('.article-item').first().waitFor()
  const results: Record<string, number[]> = { small: [], large: [], pictures: [], shown: [] }
  // Warm-up: first open of each pays for fonts and code loading.
  for (const title of [
    'Bench other article',
    'Bench article of 5,000 words',
    'Bench document of 100,000 words',
    PICTURES_TITLE,
  ])
    await timeOpen(page, title)
  // Between opens the app settles (its deferred saves finish), as it does while someone reads.
  const settle = () => page.waitForTimeout(700)
  for (let i = 0; i < RUNS; i++) {
    await timeOpen(page, 'Bench other article')
    await settle()
    results.small!.push(await timeOpen(page, 'Bench article of 5,000 words'))
    await settle()
    await timeOpen(page, 'Bench other article')
    await settle()
    results.large!.push(await timeOpen(page, 'Bench document of 100,000 words'))
    await settle()
    await timeOpen(page, 'Bench other article')
    await settle()
    results.pictures!.push(await timeOpen(page, PICTURES_TITLE))
    results.shown!.push(await timeFirstPicture(page))
    await settle()
  }
  await page.locator('.reader-scroll').evaluate((el) => (el.scrollTop = 0))
  const scroll = await scrollLongTasks(page)
  // Switching the interface's language with the 5,000-word article open.
  await timeOpen(page, 'Bench article of 5,000 words')
  await page.locator('[data-settings-toggle]').click()
  const switches: Record<string, number[]> = { el: [], ar: [], en: [] }
  const names = { el: 'Βιβλιοθήκη', ar: 'المكتبة', en: 'Library' } as const
  // Warm-up: the first choice of a language loads its catalog.
  for (const lang of ['el', 'ar', 'en'] as const) await timeLanguage(page, lang, names[lang])
  for (let i = 0; i < RUNS; i++)
    for (const lang of ['el', 'ar', 'en'] as const) {
      switches[lang]!.push(await timeLanguage(page, lang, names[lang]))
      await page.waitForTimeout(100)
    }
  console.log('bench:reader (Chromium, HTTP host, this machine)')
  console.log(`  open 5,000-word article    ${stats(results.small!)}   goal p95 ≤ 50 ms`)
  console.log(`  open 100,000-word document ${stats(results.large!)}   goal p95 ≤ 400 ms`)
  console.log(
    `  open 5,000 words + 10 pictures (1600×1000 PNG, lazy) ${stats(results.pictures!)}   goal p95 ≤ 50 ms`,
  )
  console.log(
    `    then the first picture scrolled to, decoded and shown ${stats(results.shown!)}   (after the text)`,
  )
  console.log(
    `  scroll 100,000-word document to the end: ${scroll.frames} frames, ${scroll.count} long tasks > 50 ms (longest ${scroll.max.toFixed(0)} ms)   goal 0`,
  )
  console.log(`  interface language → Greek   ${stats(switches.el!)}   goal ≤ 100 ms`)
  console.log(`  interface language → Arabic  ${stats(switches.ar!)}   goal ≤ 100 ms`)
  console.log(`  interface language → English ${stats(switches.en!)}   goal ≤ 100 ms`)
} finally {
  await browser.close()
  await server.stop()
  await rm(work, { recursive: true, force: true })
}
