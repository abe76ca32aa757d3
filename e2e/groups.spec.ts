// Study groups as two readers use them: two app instances (two data folders, two HTTP hosts)
// share one folder. One creates the group and the other joins; a shared highlight shows in the
// other's open reader in the member's colour; a reply comes back; a deletion reaches the other.
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { expect, keepScreenshot, test } from './fixtures'
import { becomeMember, selectPhrase } from './group-steps'
import { startServer, type RunningServer } from './server'

const SEED = /The class struggle cannot be denigrated/

async function openInstance(browser: Browser, server: RunningServer): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await page.goto(server.url)
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
  return page
}

test('two instances sharing a folder read and discuss the same text', async ({ browser }) => {
  test.setTimeout(90_000)
  const root = await mkdtemp(join(tmpdir(), 'scholion-e2e-group-'))
  const folder = join(root, 'Sync', 'study-group')
  await mkdir(folder, { recursive: true })
  const servers = await Promise.all(
    ['ana', 'ben'].map((who) => startServer({ dataDir: join(root, who) })),
  )
  try {
    const [ana, ben] = await Promise.all(servers.map((s) => openInstance(browser, s)))
    const anaDialog = await becomeMember(ana!, 'Ana', '#be185d', folder, 'Imperialism reading')
    await expect(anaDialog).toContainText('Imperialism reading')
    await keepScreenshot(ana!, 'groups-dialog')
    await anaDialog.getByRole('button', { name: 'Close' }).click()
    const benDialog = await becomeMember(ben!, 'Ben', '#0e7490', folder)
    await expect(
      benDialog.getByRole('list', { name: 'Members of Imperialism reading' }),
    ).toContainText('Ana')
    await benDialog.getByRole('button', { name: 'Close' }).click()

    // Both read the article.
    for (const page of [ana!, ben!]) {
      await page.getByRole('option', { name: SEED }).click()
      await expect(page.getByLabel('Article text')).toContainText('Kazakhstan')
    }

    // Ana shares a highlight with the group.
    await ana!.getByRole('button', { name: /Notes/ }).click()
    await ana!
      .getByLabel('New highlights')
      .selectOption({ label: 'shared with Imperialism reading' })
    await selectPhrase(ana!, 'multi-dimensional policy')
    await ana!.keyboard.press('h')
    await expect(ana!.getByRole('status').filter({ hasText: 'Highlight shared' })).toBeVisible()

    // Ben sees it in his open reader, in Ana's colour, without doing anything.
    const mark = ben!.locator('mark.hl-member', { hasText: 'multi-dimensional policy' })
    await expect(mark).toBeVisible({ timeout: 5_000 })
    await expect(mark).toHaveAttribute('style', /--member: #be185d/)

    // He opens it: Ana's, read-only, and replies.
    await mark.click()
    const card = ben!.locator('.annotation-item.open')
    await expect(card).toContainText('Ana')
    await expect(card).toContainText('only its author can change it')
    await expect(card.getByRole('textbox', { name: /Note/ })).toHaveCount(0)
    await card.getByRole('textbox', { name: 'Reply' }).fill('Lenin calls this **the last stage**.')
    await card.getByRole('button', { name: 'Reply' }).click()
    await expect(card.locator('.reply')).toContainText('Lenin calls this the last stage.')
    await keepScreenshot(ben!, 'group-reader')

    // Ana sees the reply under her highlight.
    const own = ana!.locator('.annotation-item', { hasText: 'multi-dimensional policy' })
    await expect(own).toContainText('1 reply', { timeout: 5_000 })
    await own.locator('.annotation-summary').click()
    await expect(ana!.locator('.annotation-item.open .reply')).toContainText('Ben')

    // Ana attaches her highlight to another passage: Ben sees it move, its reply with it.
    await ana!
      .locator('.annotation-item.open')
      .getByRole('button', { name: 'Attach to a passage…' })
      .click()
    await selectPhrase(ana!, 'Kazakhstan')
    await ana!
      .getByRole('toolbar', { name: 'Selected text' })
      .getByRole('button', { name: 'Attach here' })
      .click()
    const moved = ben!.locator('mark.hl-member', { hasText: 'Kazakhstan' })
    await expect(moved).toBeVisible({ timeout: 5_000 })
    await expect(mark).toHaveCount(0)
    await moved.first().click()
    await expect(ben!.locator('.annotation-item.open .reply')).toContainText('the last stage')
    // And back, by undo.
    await ana!.getByLabel('Article', { exact: true }).focus()
    await ana!.keyboard.press('ControlOrMeta+z')
    await expect(mark).toBeVisible({ timeout: 5_000 })
    await expect(ana!.locator('.annotation-item.open')).toContainText('multi-dimensional policy')

    // Only mine: Ben hides the others.
    await ben!.getByRole('button', { name: 'Only mine' }).click()
    await expect(mark).toHaveCount(0)
    await ben!.getByRole('button', { name: 'Everyone' }).click()
    await expect(mark).toBeVisible()

    // Ana deletes it; it leaves Ben's reader.
    await ana!
      .locator('.annotation-item.open')
      .getByRole('button', { name: 'Delete' })
      .first()
      .click()
    await expect(mark).toHaveCount(0, { timeout: 5_000 })

    // A member file cut short (a sync still running): Ben is told, and keeps what he had.
    const anaFiles = join(folder, 'members')
    const anaDir = (await readdir(anaFiles)).find((id) =>
      readFileSync(join(anaFiles, id, 'member.json'), 'utf8').includes('"Ana"'),
    )!
    const articles = join(anaFiles, anaDir, 'articles')
    const [file] = await readdir(articles)
    const good = await readFile(join(articles, file!), 'utf8')
    await writeFile(join(articles, file!), good.slice(0, 40))
    await ben!.getByRole('button', { name: 'Groups…' }).click()
    const warning = ben!.getByRole('dialog', { name: 'Study groups' }).locator('.group-warnings')
    await expect(warning).toContainText('could not be read', { timeout: 10_000 })
    await expect(warning).toContainText('incomplete or damaged')
    await keepScreenshot(ben!, 'group-warning')

    // A file from a newer Scholion: skipped, and said so.
    await writeFile(
      join(articles, file!),
      good.replace('"scholion:format":1', '"scholion:format":9'),
    )
    await expect(warning).toContainText('newer version of Scholion (format 9)', {
      timeout: 10_000,
    })
    await writeFile(join(articles, file!), good)
    await expect(warning).toHaveCount(0, { timeout: 10_000 })
    await ben!
      .getByRole('dialog', { name: 'Study groups' })
      .getByRole('button', { name: 'Close' })
      .click()

    // The folder goes away (a disk unmounted): Ana's new highlight waits, then arrives.
    const away = `${folder}-unmounted`
    await rename(folder, away)
    await selectPhrase(ana!, 'Shanghai Cooperation Organization')
    await ana!.keyboard.press('h')
    await expect(ana!.getByRole('status').filter({ hasText: 'Highlight shared' })).toBeVisible()
    await ana!.getByRole('button', { name: 'Groups…' }).click()
    const anaGroups = ana!.getByRole('dialog', { name: 'Study groups' })
    await expect(anaGroups).toContainText('Folder not found', { timeout: 10_000 })
    await expect(anaGroups).toContainText('1 article waiting')
    await rename(away, folder)
    await expect(anaGroups).toContainText('Connected', { timeout: 10_000 })
    await expect(
      ben!.locator('mark.hl-member', { hasText: 'Shanghai Cooperation Organization' }),
    ).toBeVisible({ timeout: 10_000 })
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
    await rm(root, { recursive: true, force: true, maxRetries: 5 })
  }
})
