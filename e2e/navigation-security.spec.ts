// Hostile content cannot move the app away from itself or run code: every kind of link in an
// article is clicked, and the page must stay where it is with no script run. The documents are
// written straight into an archive, past the importers' own filtering, to test the reader alone.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeArchive } from '../src-main/archive/archive-write'
import { test, expect } from './fixtures'

const ARCHIVE = mkdtempSync(join(tmpdir(), 'scholion-hostile-'))

const HOSTILE_LINKS: [string, string][] = [
  ['javascript link', 'javascript:window.__pwned=1'],
  ['data link', 'data:text/html,<script>window.__pwned=1</script>'],
  ['file link', 'file:///etc/passwd'],
  ['relative link', '/api/app.info'],
  ['protocol-relative link', '//evil.example/'],
  ['vbscript link', 'vbscript:msgbox(1)'],
  ['fragment link', '#token=stolen'],
  ['spaced javascript link', '  JaVaScRiPt:window.__pwned=1'],
]
const EXTERNAL = 'https://example.org/article'

const link = (label: string, href: string) => ({
  type: 'text',
  text: label,
  marks: [{ type: 'link', attrs: { href } }],
})

test.use({ archive: ARCHIVE })

test.beforeAll(async () => {
  await writeArchive(ARCHIVE, [
    {
      id: 'en-hostile',
      title: 'Hostile links',
      lang: 'en',
      date: '2024-01-01',
      author: null,
      publication: null,
      section: null,
      sourceUrl: null,
      wordCount: 10,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'heading',
            attrs: { level: 1 },
            content: [{ type: 'text', text: 'Hostile links' }],
          },
          ...HOSTILE_LINKS.map(([label, href]) => ({
            type: 'paragraph',
            content: [link(label, href)],
          })),
          { type: 'paragraph', content: [link('external link', EXTERNAL)] },
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">',
              },
            ],
          },
        ],
      },
    },
    {
      id: 'en-smuggled',
      title: 'Smuggled node',
      lang: 'en',
      date: '2024-01-02',
      author: null,
      publication: null,
      section: null,
      sourceUrl: null,
      wordCount: 1,
      doc: {
        type: 'doc',
        content: [{ type: 'script', content: [{ type: 'text', text: 'window.__pwned=1' }] }],
      },
    },
  ])
})

test('no link in an article navigates the app or runs code', async ({ openApp, context }) => {
  const page = await openApp()
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const popups: string[] = []
  context.on('page', (p) => popups.push(p.url()))
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ body: 'outside', contentType: 'text/plain' }),
  )

  await page.getByRole('option', { name: /Hostile links/ }).click()
  const body = page.getByLabel('Article text')
  await expect(body.getByRole('heading', { level: 1 })).toHaveText('Hostile links')
  const appUrl = page.url()

  // Only the http(s) link is rendered as a link at all.
  const hrefs = await body.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect(hrefs).toEqual([EXTERNAL])

  for (const [label] of HOSTILE_LINKS) {
    const target = body.getByText(label, { exact: true })
    await target.click()
    await target.click({ button: 'middle' })
    await target.click({ modifiers: ['ControlOrMeta'] })
  }
  await page.waitForTimeout(300)
  expect(page.url()).toBe(appUrl)
  expect(popups).toEqual([])

  // The external link says where it goes and opens only when the reader agrees: outside the
  // app (a new tab here; the system browser in Electron).
  await body.getByText('external link').click()
  const confirm = page.getByRole('alertdialog', { name: 'Open link in your browser' })
  await expect(confirm).toContainText(EXTERNAL)
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  expect(popups).toEqual([])
  await body.getByText('external link').click()
  const popup = context.waitForEvent('page')
  await confirm.getByRole('button', { name: 'Open in browser' }).click()
  await expect.poll(async () => (await popup).url()).toBe(EXTERNAL)
  expect(page.url()).toBe(appUrl)
  expect(await (await popup).evaluate(() => window.opener)).toBeNull()

  await expect(body).toContainText('<script>window.__pwned=1</script>')
  await expect(body.locator('img, script, iframe')).toHaveCount(0)
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
  expect(dialogs).toEqual([])
})

test('a document with a node outside the schema is refused with a message, not rendered', async ({
  openApp,
}) => {
  const page = await openApp()
  await page.getByRole('option', { name: /Smuggled node/ }).click()
  await expect(page.getByRole('alert')).toContainText('cannot be shown')
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
})
