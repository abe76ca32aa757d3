// Reading aloud (#22), driven as a reader drives it. Headless Chromium usually has no voices:
// then the bar says so. With a stand-in synthesiser put in the page (it "says" each sentence in
// a few milliseconds and keeps what it was asked), the controls are driven through: start at the
// selection, pause, next and previous sentence, speed, across paragraphs with the sentence marked
// and kept in view, to the end of the article; and a language with no voice of its own.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { selectPhrase } from './selection'
import { spoken, standInSynth } from './speech-standin'

const SEED = /The class struggle cannot be denigrated/

async function openSeed(page: Page) {
  await page.getByRole('option', { name: SEED }).click()
  await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
}

test('without voices on the system, the bar says so', async ({ openApp, page }) => {
  await openApp()
  await openSeed(page)
  await page.getByRole('button', { name: 'Read aloud' }).click()
  const bar = page.getByRole('toolbar', { name: 'Reading aloud' })
  await expect(bar).toBeVisible()
  // This Chromium may or may not have voices: either it says it has none, or it reads.
  const status = bar.getByRole('status')
  await expect(status).toHaveText(/No voices for reading aloud are installed|Sentence \d+ of \d+/)
  if (/No voices/.test((await status.textContent()) ?? ''))
    await expect(bar.getByRole('button', { name: 'Play' })).toBeDisabled()
  await bar.getByRole('button', { name: 'Stop reading aloud' }).click()
  await expect(bar).toBeHidden()
})

test('reads from the selection, pauses, steps, changes speed, and reads on to the end', async ({
  openApp,
  page,
}) => {
  await standInSynth(page, [{ name: 'Test English', lang: 'en-GB' }], 250)
  await openApp()
  await openSeed(page)
  const text = page.getByLabel('Article text')
  await selectPhrase(page, 'Kazakhstan')
  await page.keyboard.press('r')
  const bar = page.getByRole('toolbar', { name: 'Reading aloud' })
  const mark = text.locator('.reading-aloud')
  // It starts at the sentence of the selection, marks it, and says it.
  await expect(mark.first()).toContainText('Kazakhstan')
  const first = (await spoken(page))[0]!
  expect(first.text).toContain('Kazakhstan')
  expect(first.voice).toBe('Test English')
  expect((await mark.allTextContents()).join('')).toBe(first.text)
  const status = bar.getByRole('status')
  await expect(status).toHaveText(/^Sentence \d+ of \d+$/)

  // Pause: nothing more is said; R goes on.
  await bar.getByRole('button', { name: 'Pause' }).click()
  const paused = (await spoken(page)).length
  const at = await status.textContent()
  await page.waitForTimeout(600)
  expect((await spoken(page)).length).toBe(paused)
  await expect(status).toHaveText(at!)
  await bar.getByRole('button', { name: 'Next sentence' }).click()
  const n = Number(/Sentence (\d+)/.exec(at!)![1])
  await expect(status).toHaveText(new RegExp(`^Sentence ${n + 1} of`))
  await bar.getByRole('button', { name: 'Previous sentence' }).click()
  await expect(status).toHaveText(new RegExp(`^Sentence ${n} of`))
  await bar.getByLabel('Speed').selectOption({ label: '1.5×' })
  await page.keyboard.press('r')
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeVisible()
  await expect.poll(async () => (await spoken(page)).at(-1)!.rate).toBe(1.5)
  // On across paragraphs, the sentence being read marked and kept in view (paused to look, as
  // the mark moves on with each sentence and the view follows it smoothly).
  const sentenceNow = async () =>
    Number(/Sentence (\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? 0)
  await expect.poll(sentenceNow, { timeout: 5_000 }).toBeGreaterThanOrEqual(n + 3)
  await bar.getByRole('button', { name: 'Pause' }).click()
  await expect
    .poll(async () => {
      const [box, view] = await Promise.all([
        mark.first().boundingBox(),
        page.locator('.reader-scroll').boundingBox(),
      ])
      return !!box && !!view && box.y >= view.y && box.y + box.height <= view.y + view.height
    })
    .toBe(true)

  // To the end of the article, where it stops.
  const total = Number(/of (\d+)/.exec((await status.textContent())!)![1])
  for (let i = Number(/Sentence (\d+)/.exec((await status.textContent())!)![1]); i < total - 1; i++)
    await bar.getByRole('button', { name: 'Next sentence' }).click()
  await expect(status).toHaveText(`Sentence ${total - 1} of ${total}`)
  await bar.getByRole('button', { name: 'Play' }).click()
  await expect(bar.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 5_000 })
  await expect(mark).toHaveCount(0)
  await expect(status).toHaveText('')
  const last = (await spoken(page)).at(-1)!.text
  expect((await text.locator('p').last().textContent())!.trim().endsWith(last)).toBe(true)
})

test('with no voice for the article’s language, it says so and reads with one chosen', async ({
  openApp,
  page,
}) => {
  await standInSynth(page, [
    { name: 'Test Deutsch', lang: 'de-DE' },
    { name: 'Test Ελληνικά', lang: 'el-GR' },
  ])
  await openApp()
  await openSeed(page)
  await page.getByRole('button', { name: 'Read aloud' }).click()
  const bar = page.getByRole('toolbar', { name: 'Reading aloud' })
  await expect(bar.getByRole('status')).toHaveText(
    'No voice for English is installed. Choose another voice to read with.',
  )
  await expect(bar.getByRole('button', { name: 'Play' })).toBeDisabled()
  expect(await spoken(page)).toEqual([])
  await bar.getByLabel('Voice').selectOption({ label: 'Test Deutsch (de-DE)' })
  await bar.getByRole('button', { name: 'Play' }).click()
  await expect.poll(async () => (await spoken(page)).at(-1)?.voice).toBe('Test Deutsch')
})
