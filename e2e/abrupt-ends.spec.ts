// Abrupt ends, as readers cause them: a note typed and the page reloaded, closed or left at once,
// an article chosen and the page reloaded at once, a save that never reached the app (a crash),
// and a new version of the open article arriving by sync. Nothing typed may be lost, and the
// highlights must stay on their words.
import type { Page } from '@playwright/test'
import { CHANGING_SLUG, REMOVED_LATER, startFixtureSite } from '../test-support/fixture-site'
import { expect, test } from './fixtures'
import { selectPhrase } from './selection'
import type { RunningServer } from './server'

const SEED = 'en-the-class-struggle-cannot-be-denigrated'
const SEED_TITLE = /The class struggle cannot be denigrated/
const ROUNDS = 20

async function call<T>(server: RunningServer, method: string, input: unknown): Promise<T> {
  const r = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!body.ok) throw new Error(body.error?.message)
  return body.value
}

interface Note {
  id: string
  note: string
  quote: { exact: string }
  anchor: { start: number; end: number } | null
}
const notesOf = (server: RunningServer, articleId = SEED) =>
  call<{ annotations: Note[] }>(server, 'annotations.forArticle', { articleId }).then(
    (r) => r.annotations,
  )

/** A highlight on the seed article, made through the API, and the page open on it. */
async function highlighted(server: RunningServer, openApp: () => Promise<Page>) {
  const made = await call<Note>(server, 'annotations.create', {
    articleId: SEED,
    start: 200,
    end: 240,
    color: 'yellow',
  })
  const page = await openApp()
  await page.getByRole('option', { name: SEED_TITLE }).click()
  return { page, id: made.id }
}

/** Opens the highlight's editor and types `text` into its note (no pause after). */
async function typeNote(page: Page, text: string): Promise<void> {
  await page.locator('mark.hl').first().click()
  const note = page.getByRole('group', { name: 'Edit annotation' }).getByRole('textbox', {
    name: /Note/,
  })
  await note.fill(text)
}

const LEAVE = {
  'reloaded at once': async (page: Page) => {
    await page.reload()
    return page
  },
  'closed at once': async (page: Page, server: RunningServer) => {
    const context = page.context()
    await page.close({ runBeforeUnload: true })
    const next = await context.newPage()
    await next.goto(server.url)
    return next
  },
  'left for another page at once': async (page: Page, server: RunningServer) => {
    await page.goto('about:blank')
    await page.goto(server.url)
    return page
  },
}

for (const [how, leave] of Object.entries(LEAVE)) {
  test(`a note typed and the page ${how} is kept, ${ROUNDS} times out of ${ROUNDS}`, async ({
    openApp,
    server,
  }) => {
    test.setTimeout(150_000)
    const setup = await highlighted(server, openApp)
    let page = setup.page
    const id = setup.id
    for (let i = 0; i < ROUNDS; i++) {
      const text = `Round ${i}: typed and ${how}`
      await typeNote(page, text)
      page = await leave(page, server)
      // Every note reaches the store; none is lost.
      await expect
        .poll(async () => (await notesOf(server)).find((n) => n.id === id)?.note, {
          timeout: 5_000,
        })
        .toBe(text)
      // The last article read opens again, with the note in it.
      await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
      await expect(page.locator('mark.hl')).toHaveCount(1)
    }
  })
}

test(`an article chosen and the page reloaded at once is open again, ${ROUNDS} times`, async ({
  openApp,
  server,
}) => {
  test.setTimeout(120_000)
  const file = (title: string) =>
    Buffer.from(`${title}\n\nA paragraph of the article called ${title}, for the test.\n`).toString(
      'base64',
    )
  await call(server, 'library.addFiles', {
    files: [
      { name: 'first.en.txt', data: file('First of two articles') },
      { name: 'second.en.txt', data: file('Second of two articles') },
    ],
  })
  const page = await openApp()
  const heading = page.getByLabel('Article text').getByRole('heading', { level: 1 })
  for (let i = 0; i < ROUNDS; i++) {
    const title = i % 2 ? 'Second of two articles' : 'First of two articles'
    await page.getByRole('option', { name: title }).click()
    await page.reload()
    await expect(heading).toHaveText(title)
  }
})

test('a note whose save never reached the app comes back as a draft, and is restored', async ({
  openApp,
  server,
}) => {
  const { page, id } = await highlighted(server, openApp)
  // The app is gone (it crashed): no save reaches it, not even the one made as the page goes.
  await page.evaluate(() => {
    window.fetch = () => Promise.reject(new TypeError('the app is gone'))
  })
  await typeNote(page, 'Words typed just before the crash')
  await page.reload()
  expect((await notesOf(server)).find((n) => n.id === id)?.note).toBe('')

  await page.locator('mark.hl').first().click()
  const editor = page.getByRole('group', { name: 'Edit annotation' })
  const draft = editor.getByRole('alert')
  await expect(draft).toContainText('Words typed just before the crash')
  await draft.getByRole('button', { name: 'Restore the draft' }).click()
  await expect(draft).toBeHidden()
  await expect(editor.getByRole('textbox', { name: /Note/ })).toHaveValue(
    'Words typed just before the crash',
  )
  await expect
    .poll(async () => (await notesOf(server)).find((n) => n.id === id)?.note)
    .toBe('Words typed just before the crash')
  // Saved: the draft is not offered again.
  await page.reload()
  await page.locator('mark.hl').first().click()
  await expect(page.getByRole('group', { name: 'Edit annotation' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Edit annotation' }).getByRole('alert')).toHaveCount(
    0,
  )
})

test('a new version synced while the article is open: the highlight stays on its words', async ({
  openApp,
  server,
}) => {
  test.setTimeout(60_000)
  const site = await startFixtureSite({ languages: ['en'], perLanguage: 2 })
  try {
    const sources = await call<{ id: string; builtIn: boolean }[]>(server, 'sync.sources', {})
    await call(server, 'sync.saveSources', {
      sources: [
        ...sources.map((s) => {
          const { builtIn: _builtIn, last: _last, ...rest } = s as Record<string, unknown>
          void _builtIn
          void _last
          return { ...rest, enabled: false }
        }),
        {
          id: 'fixture',
          name: 'Fixture site',
          url: `${site.url}/en/feed/`,
          pattern: null,
          enabled: true,
          intervalMinutes: 60,
        },
      ],
    })
    await call(server, 'sync.run', {})
    const list = await call<{ items: { id: string; title: string }[] }>(server, 'articles.list', {
      status: 'own',
      limit: 10,
    })
    const article = list.items.find((a) => a.id.includes(CHANGING_SLUG))!
    const doc = await call<{ doc: unknown }>(server, 'articles.get', { id: article.id })
    const text = JSON.stringify(doc.doc)
    // A phrase after the revised paragraph (it moves when the revision grows) and the one the
    // next revision removes.
    const phrase = /"text":"([^"]{40,})"/
      .exec(text.slice(text.indexOf(REMOVED_LATER) + REMOVED_LATER.length))![1]!
      .slice(0, 30)
    const full = await call<{ annotations: Note[] }>(server, 'annotations.forArticle', {
      articleId: article.id,
    })
    expect(full.annotations).toEqual([])
    // The phrase highlighted on the page, as a reader would.
    const page = await openApp()
    await page.getByRole('option', { name: article.title }).click()
    await selectPhrase(page, phrase)
    await page
      .getByRole('toolbar', { name: 'Selected text' })
      .getByRole('button', { name: 'Highlight green' })
      .click()
    await expect(page.locator('mark.hl')).toHaveText(phrase)

    // The site corrects the article; a sync from the dialog brings the new version while it is open.
    site.revise()
    await page.getByRole('button', { name: 'Sync…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sync new articles' })
    await dialog.getByLabel('Ask for everything again').check()
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    await expect(dialog.locator('.sync-report')).toContainText('1 updated', { timeout: 20_000 })
    await dialog.getByRole('button', { name: 'Close' }).first().click()

    // The open reader shows the new text at once, and the highlight is on the same words.
    await expect(page.getByLabel('Article text')).toContainText('corrected once more')
    await expect(page.locator('mark.hl')).toHaveText(phrase)
    const placed = (await notesOf(server, article.id))[0]!
    expect(placed.quote.exact).toBe(phrase)
  } finally {
    await site.close()
  }
})
