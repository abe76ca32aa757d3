// Sync through the UI, against a small site served by the test: add a source, turn the built-in
// one off (this machine has no internet), sync, see what came and what failed, open an article.
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, keepScreenshot, test } from './fixtures'

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
  <div><h4>Links to the old web pages of KKE</h4><p>The international sites of KKE gradually move to a new page format:</p></div>
  <article><h1>${title}</h1><p>${body}</p><p>07.07.2025</p></article></body></html>`

const SITE: Record<string, string> = {
  '/en/': `<html><body><a href="/en/articles/Dockers-strike/">1</a> <a href="/en/articles/Rally-in-Athens/">2</a> <a href="/en/articles/Missing/">3</a></body></html>`,
  '/en/articles/Dockers-strike/': page(
    'Dockers strike at the port',
    'The dockers went on strike for their contracts.',
  ),
  '/en/articles/Rally-in-Athens/': page('Rally in Athens', 'Thousands marched against the war.'),
}

test('sync adds the new articles of a source, and says what failed', async ({
  openApp,
  page: ui,
}) => {
  const site = createServer((req, res) => {
    const body = SITE[req.url!]
    if (!body) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
  })
  site.listen(0, '127.0.0.1')
  await once(site, 'listening')
  const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  try {
    await openApp()
    await ui.getByRole('button', { name: 'Sync…' }).click()
    const dialog = ui.getByRole('dialog', { name: 'Sync new articles' })
    const sources = dialog.getByRole('list', { name: 'Sources' })
    await sources.getByRole('checkbox', { name: 'inter.kke.gr (en)' }).uncheck()
    await dialog.getByLabel('Source name').fill('Test site')
    await dialog.getByLabel('Feed, sitemap or page address').fill(`${base}/en/`)
    await dialog.getByLabel('Article address pattern').fill('/en/articles/[^/]+/$')
    await dialog.getByRole('button', { name: 'Add source' }).click()
    await expect(sources.getByRole('checkbox', { name: 'Test site' })).toBeChecked()

    await dialog.getByRole('button', { name: 'Sync now' }).click()
    const report = dialog.locator('.sync-report')
    await expect(report).toContainText('Test site: 2 new, 0 already here, 1 failed', {
      timeout: 20_000,
    })
    await expect(report).toContainText('Missing/: the site answered 404')
    // The source's last result stays beside it.
    await expect(
      sources.getByRole('listitem').filter({ hasText: 'Test site' }).locator('.sync-last'),
    ).toContainText('2 new, 1 failed')
    await keepScreenshot(ui, 'sync-report')

    await report.getByRole('button', { name: 'Dockers strike at the port' }).click()
    const text = ui.getByLabel('Article text')
    await expect(text.getByRole('heading', { level: 1 })).toHaveText('Dockers strike at the port')
    await expect(text).not.toContainText('old web pages')
    await expect(
      ui
        .getByRole('listbox', { name: 'Articles' })
        .getByRole('option', { name: /Rally in Athens/ }),
    ).toContainText('Your file')
  } finally {
    site.closeAllConnections()
    site.close()
  }
})
