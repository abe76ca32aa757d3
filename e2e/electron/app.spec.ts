// The desktop app itself: boots on the bundled archive, with the window locked down as the
// architecture requires. Runs wherever an Electron binary exists; skipped, saying why, elsewhere.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { methods } from '../../src-shared/api'
import { findElectron } from './electron-binary'

const binary = findElectron()
test.skip(binary.path === null, `Electron specs skipped: ${binary.path === null ? binary.why : ''}`)

let dataDir: string
let app: ElectronApplication

async function launch(): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary.path!,
    args: ['.', '--no-sandbox'],
    env: { ...process.env, SCHOLION_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
  })
}

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-electron-'))
  app = await launch()
})
test.afterEach(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})

test('opens on the bundled archive and shows the seed article', async () => {
  const win = await app.firstWindow()
  await expect(win.getByRole('navigation', { name: 'Library' })).toBeVisible()
  await win.getByRole('option', { name: /The class struggle/ }).click()
  await expect(win.getByLabel('Article text').getByRole('heading', { level: 2 })).toHaveCount(4)
  expect(win.url()).toBe('app://scholion/index.html')
})

test('the page sees only the contract bridge: no require, no process', async () => {
  const win = await app.firstWindow()
  const surface = await win.evaluate(() => ({
    bridge: Object.keys((window as unknown as { scholion: object }).scholion).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }))
  expect(surface).toEqual({
    bridge: [...methods].sort(),
    require: 'undefined',
    process: 'undefined',
  })
})

test('navigation away from the app and new windows are refused', async () => {
  const win = await app.firstWindow()
  await win.evaluate(() => {
    window.location.href = 'https://example.org/'
  })
  await win.waitForTimeout(500)
  expect(win.url()).toBe('app://scholion/index.html')
  await win.evaluate(() => window.open('file:///etc/passwd'))
  await win.waitForTimeout(500)
  expect(app.windows()).toHaveLength(1)
})

test('the window size is remembered across restarts', async () => {
  await app.firstWindow()
  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]!.setBounds({ width: 900, height: 700 }),
  )
  await app.close()
  const saved = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'))
  expect(saved.data.bounds).toMatchObject({ width: 900, height: 700 })
  app = await launch()
  await app.firstWindow()
  const size = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]!.getBounds(),
  )
  expect(size).toMatchObject({ width: 900, height: 700 })
})

test('a scholion:// link given at launch opens the article at its paragraph', async () => {
  await app.close()
  app = await electron.launch({
    executablePath: binary.path!,
    args: [
      '.',
      '--no-sandbox',
      'scholion://article/en-the-class-struggle-cannot-be-denigrated#para-14',
    ],
    env: { ...process.env, SCHOLION_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
  })
  const win = await app.firstWindow()
  await expect(win.locator('[data-para="14"]')).toBeInViewport()
  // The page also has the event source for links, and nothing more.
  const events = await win.evaluate(() =>
    Object.keys((window as unknown as { scholionEvents: object }).scholionEvents),
  )
  expect(events.sort()).toEqual(['onCommand', 'onDeepLink', 'onOpenFile'])
})

test('the application menu has File, Edit, View, Go and Help, and its commands reach the page', async () => {
  const win = await app.firstWindow()
  const labels = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label),
  )
  expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Help']))
  // Go → Notebook opens the notebook, as its shortcut would.
  await app.evaluate(({ Menu, BrowserWindow }) => {
    const go = Menu.getApplicationMenu()!.items.find((item) => item.label === 'Go')!
    const notebook = go.submenu!.items.find((item) => item.label === 'Notebook')!
    notebook.click(undefined, BrowserWindow.getAllWindows()[0], undefined)
  })
  await expect(win.getByRole('region', { name: 'Notebook' })).toBeVisible()
})

test('File → Add files… opens the dialog that adds files to the library', async () => {
  const win = await app.firstWindow()
  await app.evaluate(({ Menu, BrowserWindow }) => {
    const file = Menu.getApplicationMenu()!.items.find((item) => item.label === 'File')!
    const add = file.submenu!.items.find((item) => item.label === 'Add files to library…')!
    add.click(undefined, BrowserWindow.getAllWindows()[0], undefined)
  })
  const dialog = win.getByRole('dialog', { name: 'Add files to your library' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Files').setInputFiles({
    name: 'desk-notes.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('---\nlang: en\n---\n# Desk notes\n\nWritten on the desktop.'),
  })
  await expect(dialog.getByRole('status')).toContainText('1 article added')
})
